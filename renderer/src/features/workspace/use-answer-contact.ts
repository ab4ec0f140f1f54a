import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { CLIENT_EVENTS } from '../../../../shared/schemas/socket';
import { applyContactEnded, applyContactUpdated } from '../../realtime/contact-patch';
import { useRealtimeEmit } from '../../realtime/realtime-context';
import { appStore } from '../../state';

/** Accepts a ringing contact (or a warm transfer): the gateway answers with it, now ours. */
export function useAcceptContact() {
  const { t } = useTranslation('workspace');
  const { message } = App.useApp();
  const emit = useRealtimeEmit();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['contacts', 'accept'],
    mutationFn: (contactId: string) => emit(CLIENT_EVENTS.contactAccept, { contactId }),
    onSuccess: (contact) => applyContactUpdated(queryClient, appStore, contact),
    onError: (error) => void message.error(t('ringing.acceptFailed', { message: error.message })),
  });
}

/** Declines a ringing contact: it goes to the next agent and leaves this desktop. */
export function useDeclineContact() {
  const { t } = useTranslation('workspace');
  const { message } = App.useApp();
  const emit = useRealtimeEmit();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['contacts', 'decline'],
    mutationFn: (contactId: string) => emit(CLIENT_EVENTS.contactDecline, { contactId }),
    onSuccess: ({ contactId }) =>
      applyContactEnded(queryClient, appStore, { contactId, reason: 'declined' }),
    onError: (error) => void message.error(t('ringing.declineFailed', { message: error.message })),
  });
}
