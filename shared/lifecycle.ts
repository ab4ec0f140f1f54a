import type { ContactState } from './domain.js';

/**
 * What can happen to a contact. `hangup`: the customer left (the CTI reports it, or the customer
 * closes the chat). `handover`: a warm transfer's receiving agent took over (the contact stays
 * connected, its owner changes) after `offer_transfer`; `cancel_transfer`: the receiving agent
 * declined or did not answer. `transfer`: a cold transfer put it back in a queue or at one agent.
 */
export const CONTACT_ACTIONS = [
  'offer',
  'accept',
  'decline',
  'ring_timeout',
  'hangup',
  'end',
  'transfer',
  'handover',
  'offer_transfer',
  'cancel_transfer',
  'reassign',
  'prioritise',
  'wrap',
] as const;
export type ContactAction = (typeof CONTACT_ACTIONS)[number];

/** The whole contact lifecycle: every legal move, and nothing else. */
export const CONTACT_TRANSITIONS: Readonly<Record<ContactState, Partial<Record<ContactAction, ContactState>>>> = {
  // A team lead may send a waiting contact to one agent, or pull it to the front of its queue.
  queued: { offer: 'offered', hangup: 'abandoned', reassign: 'queued', prioritise: 'queued' },
  offered: { accept: 'active', decline: 'queued', ring_timeout: 'queued', hangup: 'abandoned' },
  active: {
    end: 'wrap_up',
    hangup: 'wrap_up',
    transfer: 'queued',
    offer_transfer: 'active',
    handover: 'active',
    cancel_transfer: 'active',
  },
  wrap_up: { wrap: 'closed' },
  closed: {},
  abandoned: {},
};

/** The state after `action`, or null when the action is not allowed in `state`. */
export function nextContactState(state: ContactState, action: ContactAction): ContactState | null {
  return CONTACT_TRANSITIONS[state][action] ?? null;
}

/** No action leads out of these. */
export function isFinished(state: ContactState): boolean {
  return state === 'closed' || state === 'abandoned';
}

/** The agent holds the contact: it counts against their capacity. */
export function isHeld(state: ContactState): boolean {
  return state === 'offered' || state === 'active' || state === 'wrap_up';
}
