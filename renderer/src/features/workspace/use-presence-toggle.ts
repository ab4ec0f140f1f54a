import { useMutation } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { CLIENT_EVENTS } from '../../../../shared/schemas/socket';
import { useRealtimeEmit } from '../../realtime/realtime-context';
import { useConnectionStatus, usePresence, useSetPresence } from '../../state';

/** Available ⇄ away. The gateway's acknowledgement is the new presence. */
export function usePresenceToggle() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const emit = useRealtimeEmit();
  const presence = usePresence();
  const setPresence = useSetPresence();
  const connection = useConnectionStatus();
  const mutation = useMutation({
    mutationKey: ['agent', 'set-state'],
    mutationFn: (state: 'available' | 'away') => emit(CLIENT_EVENTS.agentSetState, { state }),
    onSuccess: setPresence,
    onError: (error) => void message.error(t('presence.changeFailed', { message: error.message })),
  });
  const state = presence?.state ?? 'offline';
  return {
    state,
    /** Busy (on a contact) counts as taking work: switching off means away. */
    takingContacts: state === 'available' || state === 'busy',
    disabled: connection !== 'ready' || mutation.isPending,
    pending: mutation.isPending,
    setTakingContacts: (on: boolean) => mutation.mutate(on ? 'available' : 'away'),
  };
}
