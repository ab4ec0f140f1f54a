import type { QueryClient } from '@tanstack/react-query';
import type { Contact } from '../../../shared/schemas/contact';
import type { ContactEndReason } from '../../../shared/schemas/socket';
import type { ConsultMessage } from '../../../shared/schemas/work';
import { concernsAgent } from '../api/contacts/contact-phase';
import { appendConsultMessage, forgetConsultThread } from '../api/contacts/consult-cache';
import { releaseHeldContact, updateHeldContact } from '../api/contacts/offers-cache';
import type { AppStore } from '../state';

/**
 * `contact.updated` (accepted, wrap-up started, a warm transfer pending or refused): the held
 * offer takes the new state. A contact that no longer concerns this agent (finished, back in a
 * queue, handed to someone else) leaves the desktop. One not held is ignored: offers arrive as
 * `contact.offered`, with their pop. Also used for the contacts our own requests return.
 */
export function applyContactUpdated(
  queryClient: QueryClient,
  store: AppStore,
  contact: Contact,
): void {
  const agentId = store.getState().agent?.id ?? null;
  if (!concernsAgent(contact, agentId)) {
    applyContactEnded(queryClient, store, { contactId: contact.id, reason: 'transferred' });
    return;
  }
  updateHeldContact(queryClient, contact);
}

/**
 * `contact.ended`: the contact leaves the desktop whatever the reason (closed after wrap-up, the
 * customer hung up before the accept, transferred, rang out, declined). Safe to apply twice:
 * a wrap-up's acknowledgement and the `closed` event both land here.
 */
export function applyContactEnded(
  queryClient: QueryClient,
  store: AppStore,
  { contactId }: { contactId: string; reason: ContactEndReason },
): void {
  releaseHeldContact(queryClient, store, contactId);
  forgetConsultThread(queryClient, contactId);
}

/** `consult.message` (to both agents) and the ack of our own `consult.send`: once in the thread. */
export function applyConsultMessage(queryClient: QueryClient, message: ConsultMessage): void {
  appendConsultMessage(queryClient, message);
}
