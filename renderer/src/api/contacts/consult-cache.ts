import type { QueryClient } from '@tanstack/react-query';
import type { ConsultMessage } from '../../../../shared/schemas/work';
import { contactKeys } from './keys';

/** One message is the same whether it came back as our ack or as the `consult.message` push. */
const sameMessage = (a: ConsultMessage, b: ConsultMessage) =>
  a.contactId === b.contactId &&
  a.fromAgentId === b.fromAgentId &&
  a.sentAt === b.sentAt &&
  a.text === b.text;

/** Adds a consult message to its contact's thread (oldest first), once. */
export function appendConsultMessage(queryClient: QueryClient, message: ConsultMessage): void {
  queryClient.setQueryData<ConsultMessage[]>(
    contactKeys.consult(message.contactId),
    (thread = []) =>
      thread.some((known) => sameMessage(known, message))
        ? thread
        : [...thread, message].sort((a, b) => Date.parse(a.sentAt) - Date.parse(b.sentAt)),
  );
}

/** Every consult thread this desktop has seen, by contact. */
export function getConsultThreads(
  queryClient: QueryClient,
): { contactId: string; messages: ConsultMessage[] }[] {
  return queryClient
    .getQueriesData<ConsultMessage[]>({ queryKey: contactKeys.consults() })
    .flatMap(([key, messages]) => {
      const contactId = key[2];
      return typeof contactId === 'string' && messages !== undefined && messages.length > 0
        ? [{ contactId, messages }]
        : [];
    });
}

/** A contact left the desktop: its consult thread goes with it. */
export function forgetConsultThread(queryClient: QueryClient, contactId: string): void {
  queryClient.removeQueries({ queryKey: contactKeys.consult(contactId), exact: true });
}
