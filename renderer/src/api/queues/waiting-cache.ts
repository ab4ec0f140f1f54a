import type { QueryClient } from '@tanstack/react-query';
import type { QueueWaiting } from '../../../../shared/schemas/work';
import { queueWaitingQueryOptions } from './queries';

/**
 * The agent's queues' waiting counts (`queue.waiting`) into the cache: each push carries every
 * one of their queues, so it replaces what was there. The query is made with its own options
 * first, so the count is kept (no garbage collection) even before a component watches it.
 */
export function applyQueueWaiting(queryClient: QueryClient, waiting: QueueWaiting): void {
  const { queryKey, gcTime } = queueWaitingQueryOptions();
  queryClient.getQueryCache().build(queryClient, { queryKey, gcTime });
  queryClient.setQueryData(queryKey, waiting);
}
