import { describe, expect, it } from 'vitest';
import type { AgentStatus } from '../../../../shared/schemas/auth';
import { createTestQueryClient } from '../../../../test/setup/renderer-providers';
import { aStatus } from '../../features/workspace/test-lifecycle';
import { agentKeys } from './keys';
import { applyAgentStatus, applyAgentStatuses } from './presence-cache';

describe('presence list cache', () => {
  it('replaces an agent’s presence, adds a newcomer, and ignores an older report', () => {
    const queryClient = createTestQueryClient();
    const list = () => queryClient.getQueryData<AgentStatus[]>(agentKeys.presence());
    queryClient.setQueryData(agentKeys.presence(), [
      aStatus({ agentId: 'agent-2', state: 'available', since: '2025-06-15T02:00:00.000Z' }),
    ]);

    applyAgentStatus(
      queryClient,
      aStatus({ agentId: 'agent-2', state: 'on_contact', since: '2025-06-15T02:05:00.000Z' }),
    );
    applyAgentStatus(
      queryClient,
      aStatus({ agentId: 'agent-2', state: 'available', since: '2025-06-15T02:01:00.000Z' }),
    );
    applyAgentStatus(queryClient, aStatus({ agentId: 'agent-5', state: 'available' }));

    expect(list()?.map((s) => [s.agentId, s.state])).toEqual([
      ['agent-2', 'on_contact'],
      ['agent-5', 'available'],
    ]);
  });

  it('leaves the list alone when none is cached (it is fetched fresh when needed)', () => {
    const queryClient = createTestQueryClient();
    applyAgentStatus(queryClient, aStatus());
    expect(queryClient.getQueryData(agentKeys.presence())).toBeUndefined();
  });

  it('applies a batch of changes (agents.presence) in one write, skipping stale ones', () => {
    const queryClient = createTestQueryClient();
    queryClient.setQueryData(agentKeys.presence(), [
      aStatus({ agentId: 'agent-2', state: 'on_contact', since: '2025-06-15T02:05:00.000Z' }),
      aStatus({ agentId: 'agent-3', state: 'available', since: '2025-06-15T02:00:00.000Z' }),
    ]);
    applyAgentStatuses(queryClient, [
      aStatus({ agentId: 'agent-2', state: 'available', since: '2025-06-15T02:01:00.000Z' }),
      aStatus({ agentId: 'agent-3', state: 'away', since: '2025-06-15T02:06:00.000Z' }),
      aStatus({ agentId: 'agent-7', state: 'available' }),
    ]);
    expect(
      queryClient.getQueryData<AgentStatus[]>(agentKeys.presence())?.map((s) => [s.agentId, s.state]),
    ).toEqual([
      ['agent-2', 'on_contact'],
      ['agent-3', 'away'],
      ['agent-7', 'available'],
    ]);
  });
});
