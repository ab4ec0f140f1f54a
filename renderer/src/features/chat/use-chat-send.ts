import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AgentChatSend } from '../../../../shared/schemas/chat';
import { CLIENT_EVENTS } from '../../../../shared/schemas/socket';
import { appendChatMessage } from '../../api/chat/chat-cache';
import { useRealtimeEmit } from '../../realtime/realtime-context';
import { appStore } from '../../state';

/**
 * Sends the agent's message; the acknowledgement is the stored message, which joins the
 * transcript. The draft is cleared only then, and only if the agent has not changed it
 * meanwhile: a failed send leaves every word where it was.
 */
export function useChatSend(contactId: string) {
  const emit = useRealtimeEmit();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['chat', 'send', contactId],
    mutationFn: ({ request }: { request: AgentChatSend; draftText: string }) =>
      emit(CLIENT_EVENTS.chatSend, request),
    onSuccess: (message, { request, draftText }) => {
      appendChatMessage(queryClient, message);
      const { chatDrafts, clearChatDraft } = appStore.getState();
      if ((chatDrafts[request.contactId]?.text ?? '') === draftText) {
        clearChatDraft(request.contactId);
      }
    },
  });
}
