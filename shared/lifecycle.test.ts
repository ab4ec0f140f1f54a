import { describe, expect, it } from 'vitest';
import { CONTACT_STATES, type ContactState } from './domain.js';
import {
  CONTACT_ACTIONS,
  isFinished,
  isHeld,
  nextContactState,
  type ContactAction,
} from './lifecycle.js';

/** Every legal move, written out once more by hand: the table in lifecycle.ts must match it. */
const LEGAL: [ContactState, ContactAction, ContactState][] = [
  ['queued', 'offer', 'offered'],
  ['queued', 'hangup', 'abandoned'],
  ['queued', 'reassign', 'queued'],
  ['queued', 'prioritise', 'queued'],
  ['offered', 'accept', 'active'],
  ['offered', 'decline', 'queued'],
  ['offered', 'ring_timeout', 'queued'],
  ['offered', 'hangup', 'abandoned'],
  ['active', 'end', 'wrap_up'],
  ['active', 'hangup', 'wrap_up'],
  ['active', 'transfer', 'queued'],
  ['active', 'offer_transfer', 'active'],
  ['active', 'handover', 'active'],
  ['active', 'cancel_transfer', 'active'],
  ['wrap_up', 'wrap', 'closed'],
];

describe('the contact lifecycle', () => {
  it.each(LEGAL)('%s --%s--> %s', (from, action, to) => {
    expect(nextContactState(from, action)).toBe(to);
  });

  const illegal = CONTACT_STATES.flatMap((state) =>
    CONTACT_ACTIONS.filter((action) => !LEGAL.some(([s, a]) => s === state && a === action)).map(
      (action) => [state, action] as const,
    ),
  );

  it('refuses every other move', () => {
    expect(illegal.length).toBe(CONTACT_STATES.length * CONTACT_ACTIONS.length - LEGAL.length);
    for (const [state, action] of illegal)
      expect(nextContactState(state, action), `${state} --${action}-->`).toBeNull();
  });

  it('lets nothing out of closed or abandoned, and cannot accept twice or wrap up before the end', () => {
    for (const action of CONTACT_ACTIONS) {
      expect(nextContactState('closed', action)).toBeNull();
      expect(nextContactState('abandoned', action)).toBeNull();
    }
    expect(nextContactState('active', 'accept')).toBeNull();
    expect(nextContactState('active', 'wrap')).toBeNull();
    expect(nextContactState('queued', 'accept')).toBeNull();
  });

  it('says which states hold an agent and which are finished', () => {
    expect(CONTACT_STATES.filter(isHeld)).toEqual(['offered', 'active', 'wrap_up']);
    expect(CONTACT_STATES.filter(isFinished)).toEqual(['closed', 'abandoned']);
  });
});
