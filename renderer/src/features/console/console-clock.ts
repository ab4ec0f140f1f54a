import { useSyncExternalStore } from 'react';

/**
 * One clock for the whole console: a single interval, started by the first ticking cell and
 * stopped when the last one goes, so 500 agent rows never mean 500 timers. Every subscriber
 * reads the same second, so waits and "time in state" tick together.
 */
const TICK_MS = 1000;
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | null = null;
let now = 0;

const wholeSecond = () => Math.floor(Date.now() / TICK_MS) * TICK_MS;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === null) {
    now = wholeSecond();
    timer = setInterval(() => {
      now = wholeSecond();
      for (const notify of listeners) notify();
    }, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== null) {
      clearInterval(timer);
      timer = null;
    }
  };
}

// While nobody listens the clock is not running: read the time afresh (to the second, so two
// reads in one render agree).
const getSnapshot = () => (timer === null ? wholeSecond() : now);

/** The time now (ms), to the second, ticking once a second. */
export function useConsoleNow(): number {
  return useSyncExternalStore(subscribe, getSnapshot);
}
