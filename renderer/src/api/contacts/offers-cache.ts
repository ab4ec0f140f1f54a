import type { QueryClient } from '@tanstack/react-query';
import type { Contact, ContactOffer } from '../../../../shared/schemas/contact';
import type { CustomerCandidate } from '../../../../shared/schemas/customer';
import type { AppStore } from '../../state';
import { contactKeys } from './keys';

/** A contact the agent holds. Its pop lives in the customers cache, keyed by customer. */
export interface HeldOffer {
  contact: Contact;
  candidates: CustomerCandidate[];
}

export function getHeldOffers(queryClient: QueryClient): HeldOffer[] {
  return queryClient.getQueryData<HeldOffer[]>(contactKeys.offers()) ?? [];
}

/** Adds the offer, or replaces the one with the same contact id (a re-offer after reconnect). */
export function upsertHeldOffer(queryClient: QueryClient, offer: ContactOffer): void {
  const held: HeldOffer = { contact: offer.contact, candidates: offer.candidates };
  queryClient.setQueryData<HeldOffer[]>(contactKeys.offers(), (current = []) =>
    current.some((o) => o.contact.id === held.contact.id)
      ? current.map((o) => (o.contact.id === held.contact.id ? held : o))
      : [...current, held],
  );
}

/**
 * Puts the contact's new state (accepted, in wrap-up, a warm transfer pending…) into the offer
 * that holds it, keeping its candidates. Returns false when no held offer has that contact.
 */
export function updateHeldContact(queryClient: QueryClient, contact: Contact): boolean {
  if (!getHeldOffers(queryClient).some((o) => o.contact.id === contact.id)) return false;
  queryClient.setQueryData<HeldOffer[]>(contactKeys.offers(), (current = []) =>
    current.map((o) => (o.contact.id === contact.id ? { ...o, contact } : o)),
  );
  return true;
}

/** Removes the contact; returns what the agent still holds. */
export function removeHeldOffer(queryClient: QueryClient, contactId: string): HeldOffer[] {
  return (
    queryClient.setQueryData<HeldOffer[]>(contactKeys.offers(), (current = []) =>
      current.filter((o) => o.contact.id !== contactId),
    ) ?? []
  );
}

/**
 * Lets a contact go (ended by the gateway or by the agent): drops it from the held offers and,
 * if it was on screen, brings the next held one forward.
 */
export function releaseHeldContact(
  queryClient: QueryClient,
  store: AppStore,
  contactId: string,
): void {
  const remaining = removeHeldOffer(queryClient, contactId);
  const { activeContactId, setActiveContact } = store.getState();
  if (activeContactId === contactId || activeContactId === null) {
    setActiveContact(remaining[0]?.contact.id ?? null);
  }
}
