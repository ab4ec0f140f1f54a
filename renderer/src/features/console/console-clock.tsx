import type { ReactNode } from 'react';
import {
  createContext,
  startTransition,
  useContext,
  useEffect,
  useState,
  useSyncExternalStore,
} from 'react';

/**
 * One clock for the whole console, so 500 agent rows never mean 500 timers and every wait and
 * "time in state" ticks on the same second.
 *
 * Inside the console (`ConsoleClockProvider`) the tick is a React transition: the cells that show
 * a clock re-render in the background, in slices, and never hold the lead's clicks and typing
 * behind a long task. (A store read with useSyncExternalStore would re-render them all in one
 * blocking pass: React does not let such updates be transitions.) Outside a provider, a row
 * rendered on its own falls back to a shared interval.
 */
const TICK_MS = 1000;
const wholeSecond = () => Math.floor(Date.now() / TICK_MS) * TICK_MS;
const untilNextSecond = () => TICK_MS - (Date.now() % TICK_MS);

const ClockContext = createContext<number | null>(null);

export function ConsoleClockProvider({ children }: { children: ReactNode }) {
  const [now, setNow] = useState(wholeSecond);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      startTransition(() => setNow(wholeSecond()));
      timer = setTimeout(tick, untilNextSecond());
    };
    timer = setTimeout(tick, untilNextSecond());
    return () => clearTimeout(timer);
  }, []);
  return <ClockContext.Provider value={now}>{children}</ClockContext.Provider>;
}

// ── the fallback outside a provider: one interval shared by every subscriber ──
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | null = null;
let shared = 0;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === null) {
    shared = wholeSecond();
    timer = setInterval(() => {
      shared = wholeSecond();
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
// While nobody listens the interval is not running: read the time afresh (to the second).
const sharedSnapshot = () => (timer === null ? wholeSecond() : shared);
const subscribeNothing = () => () => undefined;
const noSnapshot = () => 0;

/** The time now (ms), to the second, ticking once a second. */
export function useConsoleNow(): number {
  const provided = useContext(ClockContext);
  const standalone = useSyncExternalStore(
    provided === null ? subscribe : subscribeNothing,
    provided === null ? sharedSnapshot : noSnapshot,
  );
  return provided ?? standalone;
}
