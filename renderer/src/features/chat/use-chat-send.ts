import { useMutation } from '@tanstack/react-query';
import type { AgentChatSend } from '../../../../shared/schemas/chat';
import { CLIENT_EVENTS } from '../../../../shared/schemas/socket';
import { useOutboxActions } from '../../outbox/outbox-context';
import { appStore } from '../../state';

/**
 * Sends the agent's message through the outbox: it is stored on this desktop first (so neither
 * the network nor closing the window loses it), shown in the transcript as pending, and sent in
 * order as soon as the gateway can take it. The composer is emptied at once so the agent can write
 * the next one; if storing fails, the message goes back into it (before anything typed since).
 */
export function useChatSend(contactId: string) {
  const { enqueue } = useOutboxActions();
  return useMutation({
    mutationKey: ['chat', 'send', contactId],
    mutationFn: (request: AgentChatSend) => enqueue(CLIENT_EVENTS.chatSend, request),
    onMutate: (request) => {
      appStore.getState().clearChatDraft(request.contactId);
    },
    onError: (_error, request) => {
      const { chatDrafts, setChatDraftText, addChatDraftAttachment } = appStore.getState();
      const typedSince = chatDrafts[request.contactId]?.text ?? '';
      setChatDraftText(
        request.contactId,
        typedSince.trim() === '' ? request.text : `${request.text}\n\n${typedSince}`,
      );
      for (const attachment of request.attachments ?? []) {
        addChatDraftAttachment(request.contactId, attachment);
      }
    },
  });
}
