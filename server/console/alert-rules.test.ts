import { describe, expect, it } from 'vitest';
import { alertKey, escalationAlert, evaluateAlerts } from './alert-rules.js';
import type { LiveContact } from './live-contacts.js';

const NOW = new Date('2026-11-20T09:00:00Z');
const secondsAgo = (s: number) => new Date(NOW.getTime() - s * 1000);

function contact(id: string, over: Partial<LiveContact> = {}): LiveContact {
  return {
    contactId: id,
    channel: 'voice',
    state: 'queued',
    queueId: 'claims-voice',
    customerId: `CUS-${id}`,
    customerName: 'A Customer',
    tier: 'gold',
    riskScore: 10,
    riskBand: 'low',
    predictedReason: null,
    overduePromiseIds: [],
    nextPromiseDueAt: null,
    createdAt: secondsAgo(5),
    queuedAt: secondsAgo(5),
    offeredAt: null,
    acceptedAt: null,
    endedAt: null,
    ownerId: null,
    transfer: null,
    ...over,
  };
}

const thresholds = { diamondWaitSeconds: 30 };
const fired = (live: LiveContact[]) =>
  evaluateAlerts(live, thresholds, NOW).fire.map(alertKey).sort();

describe('console alert rules', () => {
  it('raises diamond_waiting once a Diamond customer has waited the threshold, with the seconds waited', () => {
    const { fire } = evaluateAlerts(
      [
        contact('D31', { tier: 'diamond', queuedAt: secondsAgo(31.5) }),
        contact('D30', { tier: 'diamond', queuedAt: secondsAgo(30) }),
        contact('D29', { tier: 'diamond', queuedAt: secondsAgo(29) }),
        contact('P99', { tier: 'platinum', queuedAt: secondsAgo(99) }),
      ],
      thresholds,
      NOW,
    );
    expect(fire).toEqual([
      {
        rule: 'diamond_waiting',
        contactId: 'D31',
        customerId: 'CUS-D31',
        detail: { waitedSeconds: 31 },
      },
      {
        rule: 'diamond_waiting',
        contactId: 'D30',
        customerId: 'CUS-D30',
        detail: { waitedSeconds: 30 },
      },
    ]);
  });

  it('counts a ringing Diamond contact as still waiting, not one that is connected or wrapping up', () => {
    const long = secondsAgo(60);
    expect(
      fired([
        contact('ringing', {
          tier: 'diamond',
          state: 'offered',
          queuedAt: long,
          ownerId: 'AG-1',
          offeredAt: secondsAgo(2),
        }),
        contact('talking', {
          tier: 'diamond',
          state: 'active',
          queuedAt: long,
          ownerId: 'AG-1',
          acceptedAt: secondsAgo(40),
        }),
        contact('wrapping', {
          tier: 'diamond',
          state: 'wrap_up',
          queuedAt: long,
          ownerId: 'AG-1',
          endedAt: secondsAgo(1),
        }),
      ]),
    ).toEqual(['diamond_waiting:ringing']);
  });

  it('wakes up when the next Diamond crosses the threshold, with no event to say so', () => {
    const { fire, nextCheckAt } = evaluateAlerts(
      [
        contact('late', { tier: 'diamond', queuedAt: secondsAgo(10) }),
        contact('soon', { tier: 'diamond', queuedAt: secondsAgo(25) }),
        contact('gold', { queuedAt: secondsAgo(29) }),
      ],
      thresholds,
      NOW,
    );
    expect(fire).toEqual([]);
    expect(nextCheckAt?.toISOString()).toBe('2026-11-20T09:00:05.000Z');
  });

  it('has nothing to wait for when no Diamond waits and no promise is about to fall due', () => {
    expect(
      evaluateAlerts(
        [contact('a'), contact('b', { tier: 'diamond', state: 'active', queuedAt: secondsAgo(5) })],
        thresholds,
        NOW,
      ).nextCheckAt,
    ).toBeNull();
  });

  it('raises high_risk_waiting for a high-band customer waiting, with the score; not for medium or connected', () => {
    const { fire } = evaluateAlerts(
      [
        contact('high', { riskBand: 'high', riskScore: 82 }),
        contact('medium', { riskBand: 'medium', riskScore: 55 }),
        contact('served', {
          riskBand: 'high',
          riskScore: 90,
          state: 'active',
          ownerId: 'AG-2',
          acceptedAt: secondsAgo(3),
        }),
        contact('unknown', { customerId: null, tier: null, riskBand: null, riskScore: null }),
      ],
      thresholds,
      NOW,
    );
    expect(fire).toEqual([
      {
        rule: 'high_risk_waiting',
        contactId: 'high',
        customerId: 'CUS-high',
        detail: { riskScore: 82 },
      },
    ]);
  });

  it('raises promise_overdue for waiting, ringing and connected contacts, not in wrap-up', () => {
    const overdue = { overduePromiseIds: ['PR-1', 'PR-2'] };
    const { fire } = evaluateAlerts(
      [
        contact('q', overdue),
        contact('o', { ...overdue, state: 'offered', ownerId: 'AG-1' }),
        contact('a', { ...overdue, state: 'active', ownerId: 'AG-1' }),
        contact('w', { ...overdue, state: 'wrap_up', ownerId: 'AG-1' }),
      ],
      thresholds,
      NOW,
    );
    expect(fire.map((a) => [a.rule, a.contactId, a.detail])).toEqual([
      ['promise_overdue', 'q', { promiseIds: ['PR-1', 'PR-2'] }],
      ['promise_overdue', 'o', { promiseIds: ['PR-1', 'PR-2'] }],
      ['promise_overdue', 'a', { promiseIds: ['PR-1', 'PR-2'] }],
    ]);
  });

  it("wakes up just after a live customer's open promise falls due", () => {
    const due = new Date(NOW.getTime() + 90_000);
    const { nextCheckAt } = evaluateAlerts(
      [contact('a', { state: 'active', ownerId: 'AG-1', nextPromiseDueAt: due })],
      thresholds,
      NOW,
    );
    expect(nextCheckAt?.getTime()).toBe(due.getTime() + 1);
  });

  it('fires every rule that applies to one contact, each once', () => {
    expect(
      fired([
        contact('x', {
          tier: 'diamond',
          queuedAt: secondsAgo(45),
          riskBand: 'high',
          riskScore: 77,
          overduePromiseIds: ['PR-1'],
        }),
      ]),
    ).toEqual(['diamond_waiting:x', 'high_risk_waiting:x', 'promise_overdue:x']);
  });

  it('makes an escalation_words alert with the words used', () => {
    expect(escalationAlert('CT-1', null, ['投诉', '12378'])).toEqual({
      rule: 'escalation_words',
      contactId: 'CT-1',
      customerId: null,
      detail: { words: ['投诉', '12378'] },
    });
  });
});
