import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { getConsultThreads } from '../../api/contacts/consult-cache';
import { useHeldOffers } from '../../api/contacts/queries';

/**
 * Consult threads about contacts this agent does not hold: colleagues asking them about their
 * own customers. (Threads about held contacts live in each contact's consult drawer.)
 */
export function useConsultInbox() {
  const queryClient = useQueryClient();
  const held = useHeldOffers();
  const subscribe = useCallback(
    (onChange: () => void) => queryClient.getQueryCache().subscribe(onChange),
    [queryClient],
  );
  // A value snapshot (ids and lengths), so the cache's other changes do not re-render.
  const signature = useSyncExternalStore(subscribe, () =>
    getConsultThreads(queryClient)
      .map((thread) => `${thread.contactId}:${String(thread.messages.length)}`)
      .join('|'),
  );
  return useMemo(() => {
    const heldIds = new Set(held.map((offer) => offer.contact.id));
    return signature === ''
      ? []
      : getConsultThreads(queryClient).filter((thread) => !heldIds.has(thread.contactId));
  }, [signature, held, queryClient]);
}
