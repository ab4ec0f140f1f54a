import type { QueryClient } from '@tanstack/react-query';
import type { ChatMessage } from '../../../shared/schemas/chat';
import type { ServerEventPayload } from '../../../shared/schemas/socket';
import { appendChatMessage } from '../api/chat/chat-cache';
import type { AppStore } from '../state';

/**
 * `chat.message`: the message joins its transcript (once). A customer's message also ends their
 * typing indicator and, when that chat is not the one on screen, counts as unread.
 */
export function applyChatMessage(
  queryClient: QueryClient,
  store: AppStore,
  message: ChatMessage,
): void {
  const added = appendChatMessage(queryClient, message);
  if (message.sender !== 'customer') return;
  const { activeContactId, bumpChatUnread, setCustomerTyping } = store.getState();
  setCustomerTyping(message.contactId, false);
  if (added && activeContactId !== message.contactId) bumpChatUnread(message.contactId);
}

/** `chat.typing`: the customer started or stopped typing (it also expires by itself). */
export function applyChatTyping(
  store: AppStore,
  { contactId, typing }: ServerEventPayload<'chat.typing'>,
): void {
  store.getState().setCustomerTyping(contactId, typing);
}
