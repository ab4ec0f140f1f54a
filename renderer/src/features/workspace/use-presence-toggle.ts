import { useMutation } from '@tanstack/react-query';
import { App } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AwayReason } from '../../../../shared/domain';
import { CLIENT_EVENTS } from '../../../../shared/schemas/socket';
import { onAwayReasonRequest } from '../../commands/ui-requests';
import { useRealtimeEmit } from '../../realtime/realtime-context';
import { useConnectionStatus, usePresence, useSetPresence } from '../../state';

/** Reasons an agent may give; `missed_offer` is routing's own. */
export const CHOOSABLE_AWAY_REASONS = [
  'break',
  'meeting',
  'training',
] as const satisfies readonly AwayReason[];
export type ChoosableAwayReason = (typeof CHOOSABLE_AWAY_REASONS)[number];

type PresenceRequest = { state: 'available' } | { state: 'away'; reason: ChoosableAwayReason };

/**
 * Taking contacts ⇄ away. Going away needs a reason: switching off opens the reason picker and
 * nothing is sent until one is chosen. The gateway's acknowledgement is the new presence.
 */
export function usePresenceToggle() {
  const { t } = useTranslation('workspace');
  const { message } = App.useApp();
  const emit = useRealtimeEmit();
  const presence = usePresence();
  const setPresence = useSetPresence();
  const connection = useConnectionStatus();
  const [choosingReason, setChoosingReason] = useState(false);
  const mutation = useMutation({
    mutationKey: ['agent', 'set-state'],
    mutationFn: (request: PresenceRequest) => emit(CLIENT_EVENTS.agentSetState, request),
    onSuccess: (status) => {
      setPresence(status);
      setChoosingReason(false);
    },
    onError: (error) => void message.error(t('presence.changeFailed', { message: error.message })),
  });
  const state = presence?.state ?? 'offline';
  const disabled = connection !== 'ready' || mutation.isPending || state === 'offline';

  // The presence command asks for the picker (sync with a window event).
  useEffect(
    () =>
      onAwayReasonRequest(() => {
        if (!disabled) setChoosingReason(true);
      }),
    [disabled],
  );

  return {
    state,
    reason: presence?.reason ?? null,
    since: presence?.since ?? null,
    /** On a contact or wrapping up counts as taking work: switching off means away. */
    takingContacts: state !== 'away' && state !== 'offline',
    choosingReason,
    disabled,
    pending: mutation.isPending,
    setTakingContacts: (on: boolean) => {
      if (on) mutation.mutate({ state: 'available' });
      else setChoosingReason(true);
    },
    goAway: (reason: ChoosableAwayReason) => mutation.mutate({ state: 'away', reason }),
    cancelChoosing: () => setChoosingReason(false),
  };
}
