import { useNow } from '../pop/useNow';

/** The time, once a second: for countdowns and "time in state". */
export function useSecondTicker(): number {
  return useNow(1000);
}
