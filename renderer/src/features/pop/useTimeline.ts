import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { TimelinePage, Touchpoint } from '../../../../shared/schemas/touchpoint';
import { olderTimelineInfiniteOptions } from '../../api/customers/queries';
import { isLater } from './iso-order';

export interface TimelineState {
  /** Every loaded touchpoint, newest first, each once. */
  items: readonly Touchpoint[];
  total: number;
  /** More history exists on the server than is loaded. */
  hasOlder: boolean;
  isLoadingOlder: boolean;
  olderFailed: boolean;
  /** Ask for the next older page; a no-op while one is loading or when none is left. */
  loadOlder: () => void;
}

/**
 * Merges pages newest first and drops repeats (a live append can overlap a fetched page). Pages
 * normally arrive in order already, so the sort (and its allocations) only runs when needed.
 *
 * In order, a repeat (the same touchpoint twice: same id, same time, touchpoints never change)
 * can only sit among rows of the same time, so only those runs are checked; hashing all 10,000
 * ids into a Set cost more than anything else here. Out of order, every id is checked.
 */
export function mergeTimeline(pages: readonly (readonly Touchpoint[])[]): Touchpoint[] {
  const merged: Touchpoint[] = [];
  let sameTime: Touchpoint[] = []; // the run of rows with the time of the last one kept
  let previous: Touchpoint | undefined;
  for (const page of pages) {
    for (const item of page) {
      if (previous && item.occurredAt === previous.occurredAt) {
        if (sameTime.some((kept) => kept.id === item.id)) continue;
      } else if (previous && isLater(item.occurredAt, previous.occurredAt)) {
        return mergeUnordered(pages);
      } else {
        sameTime = [];
      }
      sameTime.push(item);
      merged.push(item);
      previous = item;
    }
  }
  return merged;
}

function mergeUnordered(pages: readonly (readonly Touchpoint[])[]): Touchpoint[] {
  const seen = new Set<string>();
  const merged: { item: Touchpoint; at: number }[] = [];
  for (const page of pages) {
    for (const item of page) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      merged.push({ item, at: Date.parse(item.occurredAt) });
    }
  }
  return merged.sort((a, b) => b.at - a.at).map(({ item }) => item);
}

/**
 * The customer's timeline: the first page comes with the pop (patched live by the realtime
 * connector); older pages are fetched from the gateway only once the agent scrolls to the end.
 */
export function useTimeline(customerId: string, firstPage: TimelinePage): TimelineState {
  const [wantsOlder, setWantsOlder] = useState(false);
  const options = olderTimelineInfiniteOptions(customerId, firstPage.nextCursor);
  const older = useInfiniteQuery({
    ...options,
    enabled: wantsOlder && firstPage.nextCursor !== null,
  });

  const olderPages = older.data?.pages;
  const items = useMemo(
    () => mergeTimeline([firstPage.items, ...(olderPages ?? []).map((page) => page.items)]),
    [firstPage.items, olderPages],
  );

  const hasOlder = olderPages ? older.hasNextPage : firstPage.nextCursor !== null;
  const isLoadingOlder = older.isFetching;
  const olderFailed = older.isError && !isLoadingOlder;

  const loadOlder = () => {
    if (!hasOlder || isLoadingOlder) return;
    // Enabling the query fetches the first older page; later pages are asked for explicitly.
    setWantsOlder(true);
    if (olderPages) void older.fetchNextPage();
    else if (older.isError) void older.refetch();
  };

  return {
    items,
    total: Math.max(firstPage.total, items.length),
    hasOlder,
    isLoadingOlder,
    olderFailed,
    loadOlder,
  };
}
