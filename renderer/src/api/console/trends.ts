import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import {
  consoleTrendsSchema,
  type ConsoleTrends,
  type TrendsQuery,
} from '../../../../shared/schemas/console-trends';
// `.js` because the lint's Node-builtin pattern `http` also matches an extensionless `../http`.
import { apiFetch } from '../http.js';
import { consoleKeys } from './keys';

const TRENDS_PATH = '/api/v1/console/trends';

/**
 * Trends are history, not the live picture (the board is pushed on the socket): a minute-old
 * chart is fine, so they are polled once a minute while a lead has them on screen.
 */
export const TRENDS_REFETCH_MS = 60_000;

/**
 * The trends with the range they were asked for: while a new range loads, the previous
 * answer stays on screen and must still be drawn over its own days.
 */
export type RangedTrends = ConsoleTrends & { range: TrendsQuery };

export const trendsKey = ({ hours, days }: TrendsQuery) =>
  [...consoleKeys.all, 'trends', { hours, days }] as const;

/** The console's trends for the last `hours` hours and `days` days (lead-only: 403 otherwise). */
export function trendsQueryOptions(query: TrendsQuery) {
  return queryOptions({
    queryKey: trendsKey(query),
    queryFn: async ({ signal }): Promise<RangedTrends> => {
      const search = new URLSearchParams({ hours: String(query.hours), days: String(query.days) });
      const trends = await apiFetch(`${TRENDS_PATH}?${search.toString()}`, {
        schema: consoleTrendsSchema,
        signal,
      });
      return { ...trends, range: { hours: query.hours, days: query.days } };
    },
    staleTime: TRENDS_REFETCH_MS / 2,
    refetchInterval: TRENDS_REFETCH_MS,
    // Changing the range keeps the last charts on screen until the new ones arrive.
    placeholderData: keepPreviousData,
  });
}

/** The trends, refetched every minute while mounted (not in a hidden window). */
export function useConsoleTrends(query: TrendsQuery) {
  return useQuery(trendsQueryOptions(query));
}
