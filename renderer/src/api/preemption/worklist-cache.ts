import type { QueryClient } from '@tanstack/react-query';
import type { WorklistItem, WorklistPage } from '../../../../shared/schemas/risk';
import { filterIncludes, preemptionKeys, worklistKeyParts, type WorklistFilter } from './keys';

/** As the gateway ranks: highest score (then uncapped points) first, then the one waiting longest, then by id. */
function byRank(a: WorklistItem, b: WorklistItem): number {
  return (
    b.score - a.score ||
    b.points - a.points ||
    Date.parse(a.createdAt) - Date.parse(b.createdAt) ||
    a.id.localeCompare(b.id)
  );
}

/**
 * One page with `item` as it now stands: replaced in place, dropped when it no longer has the
 * page's status, or ranked in when it newly has it. Returns the same page when nothing changes.
 */
export function patchWorklistPage(
  page: WorklistPage,
  item: WorklistItem,
  { filter, limit }: { filter: WorklistFilter; limit: number },
): WorklistPage {
  const index = page.items.findIndex((existing) => existing.id === item.id);
  const belongs = filterIncludes(filter, item.status);
  if (index >= 0 && belongs) {
    const items = page.items.with(index, item).sort(byRank);
    return { ...page, items };
  }
  if (index >= 0) {
    return {
      items: page.items.filter((existing) => existing.id !== item.id),
      total: Math.max(0, page.total - 1),
    };
  }
  if (!belongs) return page;
  const items = [...page.items, item].sort(byRank).slice(0, limit);
  return { items, total: page.total + 1 };
}

/** Applies a changed worklist item (pushed, or returned by a claim/outcome) to every cached page. */
export function applyWorklistItem(queryClient: QueryClient, item: WorklistItem): void {
  for (const [queryKey, page] of queryClient.getQueriesData<WorklistPage>({
    queryKey: preemptionKeys.worklists(),
  })) {
    const parts = worklistKeyParts(queryKey);
    if (page === undefined || parts === null) continue;
    const next = patchWorklistPage(page, item, parts);
    if (next !== page) queryClient.setQueryData<WorklistPage>(queryKey, next);
  }
}
