import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import type { PopBundle } from '../../../../shared/schemas/pop';
import type { HeldOffer } from '../../api/contacts/offers-cache';
import { useHeldOffers } from '../../api/contacts/queries';
import { customerKeys } from '../../api/customers/keys';
import { useActiveContactId, useSetActiveContact } from '../../state';

/** The offers held and the one on screen (the first one if the store points at none held). */
export function useHeldContacts() {
  const offers = useHeldOffers();
  const activeContactId = useActiveContactId();
  const select = useSetActiveContact();
  const active = offers.find((o) => o.contact.id === activeContactId) ?? offers[0] ?? null;
  return { offers, active, select };
}

/**
 * The pop the connector put in the cache for the offer's customer, read as the cache changes
 * but never fetched here: `PopView` owns loading and refreshing it. Null when the contact
 * matched no single customer or nothing is cached yet.
 */
export function useCachedPop(offer: HeldOffer | null): PopBundle | null {
  const queryClient = useQueryClient();
  const customerId = offer?.contact.customerId ?? null;
  const subscribe = useCallback(
    (onChange: () => void) => queryClient.getQueryCache().subscribe(onChange),
    [queryClient],
  );
  return useSyncExternalStore(subscribe, () =>
    customerId === null
      ? null
      : (queryClient.getQueryData<PopBundle>(customerKeys.pop(customerId)) ?? null),
  );
}
