import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { TimelinePage, Touchpoint } from '../../../../shared/schemas/touchpoint';
import { olderTimelineInfiniteOptions } from '../../api/customers/queries';

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

/** Merges pages newest first and drops repeats (a live append can overlap a fetched page). */
export function mergeTimeline(pages: readonly (readonly Touchpoint[])[]): Touchpoint[] {
  const seen = new Set<string>();
  const merged: Touchpoint[] = [];
  for (const page of pages) {
    for (const item of page) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      merged.push(item);
    }
  }
  return merged
    .map((item) => ({ item, at: Date.parse(item.occurredAt) }))
    .sort((a, b) => b.at - a.at)
    .map(({ item }) => item);
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
