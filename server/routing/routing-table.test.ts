import { describe, expect, it } from 'vitest';
import { contactPriority, URGENT_BOOST } from './priority.js';
import { canTake, RoutingTable, type AgentSlot, type WaitingContact } from './routing-table.js';

function anAgent(id: string, overrides: Partial<AgentSlot> = {}): AgentSlot {
  return {
    id,
    role: 'csr',
    queues: new Set(['claims-voice', 'service-chat']),
    languages: new Set(['zh-CN', 'en'] as const),
    chatCapacity: 3,
    ready: true,
    away: false,
    voice: 0,
    chats: 0,
    freeSince: 0,
    ...overrides,
  };
}

function aWaiting(id: string, overrides: Partial<WaitingContact> = {}): WaitingContact {
  return {
    id,
    channel: 'voice',
    queueId: 'claims-voice',
    language: null,
    priority: 0,
    urgent: false,
    queuedAt: 0,
    targetAgentId: null,
    skippedBy: [],
    ...overrides,
  };
}

function tableOf(agents: AgentSlot[], waiting: WaitingContact[] = []): RoutingTable {
  const table = new RoutingTable();
  for (const a of agents) table.agents.set(a.id, a);
  for (const w of waiting) table.waiting.set(w.id, w);
  return table;
}

describe('priority', () => {
  it('ranks by tier and risk; Diamond or high risk is urgent and outranks everyone else', () => {
    const calm = contactPriority({ tier: 'gold', risk: { score: 20, band: 'low' } });
    const angry = contactPriority({ tier: 'silver', risk: { score: 85, band: 'high' } });
    const diamond = contactPriority({ tier: 'diamond', risk: null });
    const stranger = contactPriority({ tier: null, risk: null });
    expect(calm).toEqual({ priority: 50, urgent: false });
    expect(angry).toEqual({ priority: 20 + 85 + URGENT_BOOST, urgent: true });
    expect(diamond.urgent).toBe(true);
    expect(stranger).toEqual({ priority: 0, urgent: false });
    expect(contactPriority({ tier: 'potential', risk: { score: 99, band: 'medium' } }).priority).toBeLessThan(diamond.priority);
  });
});

describe('who may take a contact', () => {
  it('needs the queue skill, the language, presence and room on that channel', () => {
    const chat = aWaiting('c', { channel: 'chat', queueId: 'service-chat', language: 'fa' });
    expect(canTake(anAgent('a'), chat)).toBe(false); // no Persian
    const persian = anAgent('p', { languages: new Set(['fa']) });
    expect(canTake(persian, chat)).toBe(true);
    expect(canTake({ ...persian, chats: 3 }, chat)).toBe(false); // full
    expect(canTake({ ...persian, voice: 1 }, chat)).toBe(false); // on a call
    expect(canTake({ ...persian, away: true }, chat)).toBe(false);
    expect(canTake({ ...persian, ready: false }, chat)).toBe(false);
    expect(canTake({ ...persian, queues: new Set(['claims-voice']) }, chat)).toBe(false);
    expect(canTake(anAgent('a', { chats: 1 }), aWaiting('v'))).toBe(false); // a call needs a free agent
  });

  it('lets only the named agent take a contact transferred to them, whatever their queues and languages', () => {
    const transferred = aWaiting('t', { targetAgentId: 'b', queueId: 'renewals-voice', language: 'fa' });
    expect(canTake(anAgent('a'), transferred)).toBe(false);
    expect(canTake(anAgent('b', { queues: new Set() }), transferred)).toBe(true);
    expect(canTake(anAgent('b', { voice: 1 }), transferred)).toBe(false); // still needs room
  });
});

describe('RoutingTable', () => {
  it('offers an urgent contact to a free specialist before a longer-idle CSR', () => {
    const table = tableOf([anAgent('csr', { freeSince: 1 }), anAgent('spec', { role: 'specialist', freeSince: 9 })]);
    expect(table.bestAgentFor(aWaiting('u', { urgent: true }))?.id).toBe('spec');
    expect(table.bestAgentFor(aWaiting('n'))?.id).toBe('csr'); // not urgent: the longest idle
  });

  it('prefers the least loaded chat agent, and anyone over an agent who declined', () => {
    const table = tableOf([anAgent('busy', { chats: 2 }), anAgent('light', { chats: 1, freeSince: 5 })]);
    const chat = aWaiting('c', { channel: 'chat', queueId: 'service-chat' });
    expect(table.bestAgentFor(chat)?.id).toBe('light');
    expect(table.bestAgentFor({ ...chat, skippedBy: ['light'] })?.id).toBe('busy');
  });

  it('gives a freed agent the highest priority first, then the longest waiting', () => {
    const table = tableOf(
      [],
      [
        aWaiting('old-low', { priority: 10, queuedAt: 1 }),
        aWaiting('new-high', { priority: 40, queuedAt: 5 }),
        aWaiting('old-high', { priority: 40, queuedAt: 2 }),
        aWaiting('other-queue', { priority: 999, queueId: 'renewals-voice' }),
      ],
    );
    const agent = anAgent('a');
    expect(table.bestContactFor(agent)?.id).toBe('old-high');
    table.waiting.delete('old-high');
    expect(table.bestContactFor(agent)?.id).toBe('new-high');
    table.waiting.delete('new-high');
    expect(table.bestContactFor({ ...agent, voice: 1 })).toBeUndefined();
    expect(table.bestContactFor(agent)?.id).toBe('old-low');
  });

  it('counts who waits in each queue', () => {
    const table = tableOf([], [aWaiting('1'), aWaiting('2'), aWaiting('3', { queueId: 'service-chat', channel: 'chat' })]);
    expect(Object.fromEntries(table.waitingByQueue())).toEqual({ 'claims-voice': 2, 'service-chat': 1 });
  });
});
