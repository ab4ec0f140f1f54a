import type { QueryClient } from '@tanstack/react-query';
import type { AgentStatus } from '../../../../shared/schemas/auth';
import { agentKeys } from './keys';

/**
 * Agents' new presence (`agent.state-changed`, or an `agents.presence` batch) into the cached
 * list, if one is cached: replaced in place, or added for an agent who just signed in. A status
 * older than the cached one is ignored. One cache write per batch.
 */
export function applyAgentStatuses(queryClient: QueryClient, statuses: readonly AgentStatus[]): void {
  if (statuses.length === 0) return;
  queryClient.setQueryData<AgentStatus[]>(agentKeys.presence(), (list) => {
    if (list === undefined) return undefined;
    let next = list;
    for (const status of statuses) {
      const index = next.findIndex((known) => known.agentId === status.agentId);
      const known = next[index];
      if (known === undefined) next = [...next, status];
      else if (Date.parse(known.since) <= Date.parse(status.since)) next = next.with(index, status);
    }
    return next;
  });
}

export function applyAgentStatus(queryClient: QueryClient, status: AgentStatus): void {
  applyAgentStatuses(queryClient, [status]);
}
