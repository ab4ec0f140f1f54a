import type { QueryClient } from '@tanstack/react-query';
import { chatMessageSchema } from '../../../shared/schemas/chat';
import { appendChatMessage } from '../api/chat/chat-cache';
import { applyContactEnded } from '../realtime/contact-patch';
import type { AppStore } from '../state';
import type { OutboxItem } from './outbox-item';

/**
 * What an acknowledged item changes on screen, whether or not its form is still open: the stored
 * chat message joins the transcript (the pending bubble with its key then steps aside), a closed
 * contact leaves the desktop (`contact.ended` follows too; applying both is harmless).
 */
export function applyDelivered(
  queryClient: QueryClient,
  store: AppStore,
  item: OutboxItem,
  result: unknown,
): void {
  switch (item.event) {
    case 'chat.send': {
      const message = chatMessageSchema.safeParse(result);
      if (message.success) appendChatMessage(queryClient, message.data);
      return;
    }
    case 'contact.wrap-up':
      applyContactEnded(queryClient, store, { contactId: item.contactId, reason: 'closed' });
      return;
  }
}
