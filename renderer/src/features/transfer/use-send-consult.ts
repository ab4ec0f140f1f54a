import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CLIENT_EVENTS } from '../../../../shared/schemas/socket';
import { applyConsultMessage } from '../../realtime/contact-patch';
import { useRealtimeEmit } from '../../realtime/realtime-context';

export interface ConsultDraft {
  contactId: string;
  toAgentId: string;
  text: string;
}

/** Sends a consult message; the ack (and the push that follows) land in the thread once. */
export function useSendConsult() {
  const emit = useRealtimeEmit();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['consult', 'send'],
    mutationFn: (draft: ConsultDraft) => emit(CLIENT_EVENTS.consultSend, draft),
    onSuccess: (message) => applyConsultMessage(queryClient, message),
  });
}
