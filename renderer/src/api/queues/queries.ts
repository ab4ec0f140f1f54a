import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import {
  queueListSchema,
  type QueueSummary,
  type QueueWaiting,
} from '../../../../shared/schemas/work';
// `.js` because the lint's Node-builtin pattern `http` also matches an extensionless `../http`.
import { apiFetch } from '../http.js';
import { queueKeys } from './keys';

/** The queues a contact can be transferred to, with how many contacts wait in each. */
export function queueListQueryOptions() {
  return queryOptions({
    queryKey: queueKeys.list(),
    queryFn: async ({ signal }): Promise<QueueSummary[]> =>
      (await apiFetch('/api/v1/queues', { schema: queueListSchema, signal })).items,
    // Waiting counts move all the time: fresh each time the dialog opens.
    staleTime: 0,
  });
}

export function useQueueList(enabled = true) {
  return useQuery({ ...queueListQueryOptions(), enabled });
}

/**
 * How many contacts wait in each of the agent's own queues. Only ever pushed (`queue.waiting`, on
 * `agent.ready` and after each change), so there is nothing to fetch and it is never stale; it is
 * kept while no component watches, so a count that arrived first is there when one mounts.
 */
export function queueWaitingQueryOptions() {
  return queryOptions<QueueWaiting>({
    queryKey: queueKeys.waiting(),
    queryFn: skipToken,
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
