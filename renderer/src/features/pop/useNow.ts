import { useEffect, useState } from 'react';

/**
 * The current time, refreshed every `intervalMs` so "days left" and "N days late" stay true. The
 * refreshes fall on the clock's multiples of `intervalMs` (each whole second for a second
 * ticker), so a counter turns when the second does, and every ticker on screen (the agent's time
 * in state, a ring countdown, the console's waits) changes in the same frame, not each in its own.
 */
export function useNow(intervalMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      timer = setTimeout(
        () => {
          setNow(Date.now());
          schedule();
        },
        intervalMs - (Date.now() % intervalMs),
      );
    };
    schedule();
    return () => clearTimeout(timer);
  }, [intervalMs]);
  return now;
}
