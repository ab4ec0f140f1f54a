import type { QueryClient } from '@tanstack/react-query';
import type { AgentStatus } from '../../../../shared/schemas/auth';
import { agentKeys } from './keys';

/**
 * An agent's new presence (`agent.state-changed`) into the cached list, if one is cached: replaced
 * in place, or added for an agent who just signed in. An older status than the cached one is ignored.
 */
export function applyAgentStatus(queryClient: QueryClient, status: AgentStatus): void {
  queryClient.setQueryData<AgentStatus[]>(agentKeys.presence(), (list) => {
    if (list === undefined) return undefined;
    const index = list.findIndex((known) => known.agentId === status.agentId);
    if (index < 0) return [...list, status];
    const known = list[index];
    if (known !== undefined && Date.parse(known.since) > Date.parse(status.since)) return list;
    return list.with(index, status);
  });
}
