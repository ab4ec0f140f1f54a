import { useCallback, useEffect, useRef } from 'react';
import { CLIENT_EVENTS } from '../../../../shared/schemas/socket';
import { useRealtimeEmit } from '../../realtime/realtime-context';

/** The agent counts as stopped this long after their last keystroke. */
export const AGENT_TYPING_IDLE_MS = 2_000;

/**
 * Tells the customer the agent is typing, without a message per keystroke: `typing: true` once
 * when a burst of typing starts, `typing: false` when it has been idle for
 * `AGENT_TYPING_IDLE_MS`, on send, or when the chat leaves the screen. Best effort: a failed
 * signal is dropped.
 */
export function useTypingSignal(contactId: string) {
  const emit = useRealtimeEmit();
  const typing = useRef(false);
  const idleTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const signal = useCallback(
    (value: boolean) => {
      typing.current = value;
      emit(CLIENT_EVENTS.chatTyping, { contactId, typing: value }).catch(() => undefined);
    },
    [emit, contactId],
  );

  const stop = useCallback(() => {
    clearTimeout(idleTimer.current);
    if (typing.current) signal(false);
  }, [signal]);

  const touch = useCallback(() => {
    if (!typing.current) signal(true);
    clearTimeout(idleTimer.current);
    idleTimer.current = setTimeout(stop, AGENT_TYPING_IDLE_MS);
  }, [signal, stop]);

  // Sync with the gateway: a chat that leaves the screen mid-burst stops typing there too.
  useEffect(() => stop, [stop]);

  return { touch, stop };
}
