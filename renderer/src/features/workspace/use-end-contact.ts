import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { CLIENT_EVENTS } from '../../../../shared/schemas/socket';
import { releaseHeldContact } from '../../api/contacts/offers-cache';
import { useRealtimeEmit } from '../../realtime/realtime-context';
import { appStore } from '../../state';

/** Ends a contact at the gateway, then lets it go (the next held contact comes forward). */
export function useEndContact() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const emit = useRealtimeEmit();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['contacts', 'end'],
    mutationFn: (contactId: string) => emit(CLIENT_EVENTS.contactEnd, { contactId }),
    onSuccess: ({ contactId }) => releaseHeldContact(queryClient, appStore, contactId),
    onError: (error) => void message.error(t('workspace.endFailed', { message: error.message })),
  });
}
