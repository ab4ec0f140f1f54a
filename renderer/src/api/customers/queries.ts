import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { customerSearchResponseSchema } from '../../../../shared/schemas/customer-search';
import { popBundleSchema } from '../../../../shared/schemas/pop';
import { timelinePageSchema } from '../../../../shared/schemas/touchpoint';
// `.js` because the lint's Node-builtin pattern `http` also matches an extensionless `../http`.
import { apiFetch } from '../http.js';
import { customerKeys } from './keys';

/** The socket pushes the pop with the contact, so a cached pop stays fresh for a while. */
export const POP_STALE_TIME_MS = 30_000;
export const TIMELINE_PAGE_SIZE = 50;

/** The gateway path of one customer, e.g. `${customerPath(id)}/pop`. */
export const customerPath = (customerId: string) =>
  `/api/v1/customers/${encodeURIComponent(customerId)}`;

export function popQueryOptions(customerId: string) {
  return queryOptions({
    queryKey: customerKeys.pop(customerId),
    queryFn: ({ signal }) =>
      apiFetch(`${customerPath(customerId)}/pop`, { schema: popBundleSchema, signal }),
    staleTime: POP_STALE_TIME_MS,
  });
}

/**
 * Touchpoints older than the pop's first timeline page, fetched page by page from
 * `firstCursor` (the pop's `timeline.nextCursor`). Disabled when there is nothing older.
 * The cursor is part of the key: a refreshed pop with a new first page starts a new chain.
 */
export function olderTimelineInfiniteOptions(customerId: string, firstCursor: string | null) {
  return infiniteQueryOptions({
    queryKey: [...customerKeys.timeline(customerId), 'older', firstCursor] as const,
    queryFn: ({ pageParam, signal }) => {
      const query = new URLSearchParams({ before: pageParam, limit: String(TIMELINE_PAGE_SIZE) });
      return apiFetch(`${customerPath(customerId)}/timeline?${query.toString()}`, {
        schema: timelinePageSchema,
        signal,
      });
    },
    initialPageParam: firstCursor ?? '',
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    enabled: firstCursor !== null,
    // History does not change; the socket appends new touchpoints to the pop itself.
    staleTime: 5 * 60_000,
  });
}

/**
 * Customers found by phone, name, customer id, policy or claim number (masked, at most 20), to
 * identify `contactId`, a contact the agent holds (a csr may search only for that, or with a
 * stated reason).
 */
export function searchQueryOptions(query: string, contactId: string) {
  const q = query.trim();
  return queryOptions({
    queryKey: customerKeys.search(q, contactId),
    queryFn: ({ signal }) =>
      apiFetch(`/api/v1/customers/search?${new URLSearchParams({ q, contactId }).toString()}`, {
        schema: customerSearchResponseSchema,
        signal,
      }),
    enabled: q.length > 0,
    staleTime: 30_000,
  });
}
