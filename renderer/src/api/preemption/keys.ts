import type { WorklistStatus } from '../../../../shared/domain';

/** A worklist page's filter: one status, or `active` (open and claimed: the gateway's default). */
export type WorklistFilter = 'active' | WorklistStatus;
export const WORKLIST_FILTERS: readonly WorklistFilter[] = ['active', 'open', 'claimed', 'done'];

/**
 * Query keys of the pre-emption domain. `worklist.updated` patches every cached worklist page
 * (see `worklist-cache.ts`); invalidating `preemptionKeys.all` refreshes them all.
 */
export const preemptionKeys = {
  all: ['preemption'] as const,
  worklists: () => [...preemptionKeys.all, 'worklist'] as const,
  worklist: (filter: WorklistFilter, limit: number) =>
    [...preemptionKeys.worklists(), filter, limit] as const,
};

/** The filter and limit a cached worklist page was fetched with, read back from its key. */
export function worklistKeyParts(
  queryKey: readonly unknown[],
): { filter: WorklistFilter; limit: number } | null {
  const [, , filter, limit] = queryKey;
  if (typeof limit !== 'number' || !WORKLIST_FILTERS.some((known) => known === filter)) {
    return null;
  }
  return { filter: filter as WorklistFilter, limit };
}

/** Whether an item in this status is listed under this filter. */
export function filterIncludes(filter: WorklistFilter, status: WorklistStatus): boolean {
  return filter === 'active' ? status !== 'done' : status === filter;
}
