import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ConsultMessage } from '../../../../shared/schemas/work';
import { contactKeys } from './keys';
import type { HeldOffer } from './offers-cache';

const NO_OFFERS: HeldOffer[] = [];
const NO_MESSAGES: ConsultMessage[] = [];

/**
 * The offers the agent holds. The socket feeds this cache (there is no HTTP endpoint), so the
 * query function only returns what is already cached and the data never goes stale.
 */
export function heldOffersQueryOptions() {
  return queryOptions({
    queryKey: contactKeys.offers(),
    queryFn: ({ client, queryKey }) => client.getQueryData<HeldOffer[]>(queryKey) ?? NO_OFFERS,
    // Present from the start, so no fetch can race a pushed offer and overwrite it.
    initialData: NO_OFFERS,
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

export function useHeldOffers(): HeldOffer[] {
  return useQuery(heldOffersQueryOptions()).data;
}

/** The consult thread about one contact, oldest first: fed by the socket like the offers. */
export function consultThreadQueryOptions(contactId: string) {
  return queryOptions({
    queryKey: contactKeys.consult(contactId),
    queryFn: ({ client, queryKey }) =>
      client.getQueryData<ConsultMessage[]>(queryKey) ?? NO_MESSAGES,
    initialData: NO_MESSAGES,
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

export function useConsultThread(contactId: string): ConsultMessage[] {
  return useQuery(consultThreadQueryOptions(contactId)).data;
}
