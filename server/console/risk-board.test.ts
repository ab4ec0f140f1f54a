import { describe, expect, it } from 'vitest';
import type { LiveContact } from './live-contacts.js';
import { promiseStanding } from './live-contacts.js';
import { buildRiskBoard, heldContactsByAgent } from './risk-board.js';

const NOW = new Date('2026-11-20T09:00:00Z');
const secondsAgo = (s: number) => new Date(NOW.getTime() - s * 1000);

function contact(id: string, over: Partial<LiveContact> = {}): LiveContact {
  return {
    contactId: id,
    channel: 'voice',
    state: 'queued',
    queueId: 'claims-voice',
    customerId: `CUS-${id}`,
    customerName: `Customer ${id}`,
    tier: 'gold',
    riskScore: null,
    riskBand: null,
    predictedReason: null,
    overduePromiseIds: [],
    nextPromiseDueAt: null,
    createdAt: secondsAgo(10),
    queuedAt: secondsAgo(10),
    offeredAt: null,
    acceptedAt: null,
    endedAt: null,
    ownerId: null,
    transfer: null,
    ...over,
  };
}

const names: Record<string, string> = { 'AG-1': '林伟', 'AG-2': '陈静' };
const board = (live: LiveContact[]) => buildRiskBoard(live, (id) => names[id] ?? null);

describe('the risk board', () => {
  it('puts the riskiest first: score, then tier, then overdue promises, then the longest wait', () => {
    const order = board([
      contact('unscored-diamond', { tier: 'diamond', riskScore: null }),
      contact('gold-40', { riskScore: 40 }),
      contact('silver-90', { tier: 'silver', riskScore: 90 }),
      contact('diamond-40', { tier: 'diamond', riskScore: 40 }),
      contact('gold-40-overdue', { riskScore: 40, overduePromiseIds: ['PR-1'] }),
      contact('gold-40-older', { riskScore: 40, queuedAt: secondsAgo(300) }),
      contact('unknown', { customerId: null, tier: null, riskScore: null }),
      contact('unscored-gold-older', { riskScore: null, queuedAt: secondsAgo(60) }),
    ]).map((e) => e.contactId);
    expect(order).toEqual([
      'silver-90',
      'diamond-40',
      'gold-40-overdue',
      'gold-40-older',
      'gold-40',
      'unscored-diamond',
      'unscored-gold-older',
      'unknown',
    ]);
  });

  it('shows waiting, ringing and connected contacts with their owner, not those in wrap-up', () => {
    const entries = board([
      contact('q', { riskScore: 10, riskBand: 'low' }),
      contact('o', { state: 'offered', ownerId: 'AG-1', offeredAt: secondsAgo(3) }),
      contact('a', {
        state: 'active',
        ownerId: 'AG-2',
        acceptedAt: secondsAgo(2),
        overduePromiseIds: ['PR-1', 'PR-2'],
      }),
      contact('w', { state: 'wrap_up', ownerId: 'AG-2' }),
    ]);
    expect(
      entries.map((e) => [e.contactId, e.state, e.ownerId, e.ownerName, e.overduePromises]),
    ).toEqual([
      ['q', 'queued', null, null, 0],
      ['a', 'active', 'AG-2', '陈静', 2],
      ['o', 'offered', 'AG-1', '林伟', 0],
    ]);
    expect(entries[0]).toMatchObject({
      customerId: 'CUS-q',
      customerName: 'Customer q',
      tier: 'gold',
      riskBand: 'low',
      queuedAt: secondsAgo(10).toISOString(),
    });
  });
});

describe("the agents' held contacts", () => {
  it('gives each owner their contacts since they entered their state, and a warm transfer to its receiver', () => {
    const held = heldContactsByAgent([
      contact('waiting'),
      contact('ringing', {
        channel: 'chat',
        state: 'offered',
        ownerId: 'AG-2',
        offeredAt: secondsAgo(4),
      }),
      contact('talking', {
        state: 'active',
        ownerId: 'AG-1',
        offeredAt: secondsAgo(70),
        acceptedAt: secondsAgo(60),
        transfer: { toAgentId: 'AG-2', at: secondsAgo(5) },
      }),
      contact('wrapping', {
        channel: 'chat',
        state: 'wrap_up',
        ownerId: 'AG-2',
        acceptedAt: secondsAgo(200),
        endedAt: secondsAgo(30),
      }),
    ]);
    expect(held.get('AG-1')).toEqual([
      {
        contactId: 'talking',
        channel: 'voice',
        state: 'active',
        customerName: 'Customer talking',
        since: secondsAgo(60).toISOString(),
      },
    ]);
    expect(held.get('AG-2')?.map((c) => [c.contactId, c.state, c.since])).toEqual([
      ['wrapping', 'wrap_up', secondsAgo(30).toISOString()],
      ['talking', 'offered', secondsAgo(5).toISOString()],
      ['ringing', 'offered', secondsAgo(4).toISOString()],
    ]);
    expect([...held.keys()].sort()).toEqual(['AG-1', 'AG-2']);
  });
});

describe('promise standing', () => {
  it('counts open promises past due and broken ones as overdue, and finds the next open one to fall due', () => {
    const at = (s: number) => new Date(NOW.getTime() + s * 1000);
    const standing = promiseStanding(
      [
        { customerId: 'C1', id: 'late', status: 'open', dueAt: at(-60) },
        { customerId: 'C1', id: 'broken', status: 'broken', dueAt: at(3600) },
        { customerId: 'C1', id: 'later', status: 'open', dueAt: at(7200) },
        { customerId: 'C1', id: 'next', status: 'open', dueAt: at(600) },
        { customerId: 'C1', id: 'kept', status: 'kept', dueAt: at(-999) },
        { customerId: 'C2', id: 'fine', status: 'open', dueAt: at(60) },
      ],
      NOW,
    );
    expect(standing.get('C1')).toEqual({ overdue: ['late', 'broken'], nextDueAt: at(600) });
    expect(standing.get('C2')).toEqual({ overdue: [], nextDueAt: at(60) });
  });
});
