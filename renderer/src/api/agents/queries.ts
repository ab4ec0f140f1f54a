import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AgentStatus } from '../../../../shared/schemas/auth';
import { agentPresenceListSchema } from '../../../../shared/schemas/work';
// `.js` because the lint's Node-builtin pattern `http` also matches an extensionless `../http`.
import { apiFetch } from '../http.js';
import { agentKeys } from './keys';

/** Every agent's presence now. `agents.presence` batches, and the agent's own `agent.state-changed`, patch it (see presence-cache.ts). */
export function agentPresenceQueryOptions() {
  return queryOptions({
    queryKey: agentKeys.presence(),
    queryFn: async ({ signal }): Promise<AgentStatus[]> =>
      (await apiFetch('/api/v1/agents/presence', { schema: agentPresenceListSchema, signal }))
        .items,
    staleTime: 30_000,
  });
}

/** The agents' presence; fetched only while `enabled` (a dialog is open). */
export function useAgentPresence(enabled = true) {
  return useQuery({ ...agentPresenceQueryOptions(), enabled });
}
