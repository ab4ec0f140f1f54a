import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { CLIENT_EVENTS } from '../../../../shared/schemas/socket';
import { useRealtimeEmit } from '../../realtime/realtime-context';
import { applyContactUpdated } from '../../realtime/contact-patch';
import { appStore } from '../../state';

/**
 * Ends the conversation at the gateway. The contact stays on the desktop in wrap-up (the
 * gateway answers with it, `wrap_up` and its after-contact-work deadline) until the agent
 * submits the wrap-up.
 */
export function useEndContact() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const emit = useRealtimeEmit();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['contacts', 'end'],
    mutationFn: (contactId: string) => emit(CLIENT_EVENTS.contactEnd, { contactId }),
    onSuccess: (contact) => applyContactUpdated(queryClient, appStore, contact),
    onError: (error) => void message.error(t('workspace.endFailed', { message: error.message })),
  });
}
