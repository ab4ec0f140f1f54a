import type { TFunction } from 'i18next';
import type { PopBundle } from '../../../../shared/schemas/pop';
import type { HeldOffer } from '../../api/contacts/offers-cache';

/**
 * Who is on the line, as far as we know: the matched customer's name, else the name a chat
 * customer typed, else the masked number.
 */
export function offerTitle(offer: HeldOffer, pop: PopBundle | null, t: TFunction): string {
  if (pop !== null) return pop.customer.name;
  return offer.contact.customerName ?? (offer.contact.fromMasked || t('workspace.unknownCaller'));
}
