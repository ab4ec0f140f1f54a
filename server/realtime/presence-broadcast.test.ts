import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AgentStatus } from '../../shared/schemas/auth.js';
import { PresenceBroadcast } from './presence-broadcast.js';

const status = (agentId: string, state: AgentStatus['state'], since: string): AgentStatus => ({
  agentId,
  displayName: agentId,
  role: 'csr',
  state,
  reason: null,
  since,
  holding: 0,
  queues: [],
});

afterEach(() => {
  vi.useRealTimers();
});

describe('presence broadcast', () => {
  it('tells the agent at once, and the watchers once per window with the latest of each agent', () => {
    vi.useFakeTimers();
    const now: AgentStatus[] = [];
    const batches: AgentStatus[][] = [];
    const broadcast = new PresenceBroadcast({
      toAgent: (s) => now.push(s),
      toWatchers: (list) => batches.push(list),
      windowMs: 500,
    });
    broadcast.publish(status('a', 'on_contact', '2026-11-22T10:00:00.000Z'));
    broadcast.publish(status('b', 'away', '2026-11-22T10:00:00.100Z'));
    broadcast.publish(status('a', 'wrap_up', '2026-11-22T10:00:00.200Z'));
    expect(now.map((s) => `${s.agentId}:${s.state}`)).toEqual(['a:on_contact', 'b:away', 'a:wrap_up']);
    expect(batches).toEqual([]);

    vi.advanceTimersByTime(500);
    expect(batches.map((b) => b.map((s) => `${s.agentId}:${s.state}`))).toEqual([['a:wrap_up', 'b:away']]);

    // Nothing changed: nothing sent; the next change opens a new window.
    vi.advanceTimersByTime(2000);
    expect(batches).toHaveLength(1);
    broadcast.publish(status('b', 'available', '2026-11-22T10:00:03.000Z'));
    broadcast.flush();
    expect(batches.at(-1)?.map((s) => s.state)).toEqual(['available']);
  });
});
