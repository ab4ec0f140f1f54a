/**
 * Query keys of the queues domain. The waiting counts of the agent's own queues are pushed by
 * the gateway (`queue.waiting`); the realtime connector writes them under `queueKeys.waiting()`.
 */
export const queueKeys = {
  all: ['queues'] as const,
  list: () => [...queueKeys.all, 'list'] as const,
  waiting: () => [...queueKeys.all, 'waiting'] as const,
};
