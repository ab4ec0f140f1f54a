import { useCallback, useEffect, useRef } from 'react';

export const TYPING_IDLE_MS = 2_000;

/**
 * Tells the agent the customer is typing: `true` on the first keystroke, `false` once they pause
 * for `idleMs` or send. Emits only on changes, never once per keystroke.
 */
export function useTypingNotifier(setTyping: (typing: boolean) => void, idleMs = TYPING_IDLE_MS) {
  const typing = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const clearTimer = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  }, []);

  const stopped = useCallback(() => {
    clearTimer();
    if (!typing.current) return;
    typing.current = false;
    setTyping(false);
  }, [clearTimer, setTyping]);

  const typed = useCallback(() => {
    if (!typing.current) {
      typing.current = true;
      setTyping(true);
    }
    clearTimer();
    timer.current = setTimeout(stopped, idleMs);
  }, [clearTimer, idleMs, setTyping, stopped]);

  useEffect(() => clearTimer, [clearTimer]);

  return { typed, stopped };
}
