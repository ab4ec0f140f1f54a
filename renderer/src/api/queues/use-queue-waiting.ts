import { useQuery } from '@tanstack/react-query';
import type { QueueWaiting } from '../../../../shared/schemas/work';
import { queueWaitingQueryOptions } from './queries';

/** Contacts waiting across all of the agent's queues. */
export const totalWaiting = (waiting: QueueWaiting): number =>
  waiting.queues.reduce((sum, queue) => sum + queue.waiting, 0);

/**
 * How many contacts wait in the agent's own queues ("Available · 3 waiting"); null until the
 * gateway first says (it does on every `agent.ready`, so a reconnect brings a fresh count).
 */
export function useQueueWaiting(): number | null {
  const { data } = useQuery({ ...queueWaitingQueryOptions(), select: totalWaiting });
  return data ?? null;
}
