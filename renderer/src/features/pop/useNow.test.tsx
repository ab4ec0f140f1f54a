import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSecondTicker } from '../workspace/use-now';
import { useNow } from './useNow';

const START = Date.UTC(2026, 10, 24, 9, 0, 0, 400); // 400 ms past a whole second

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(START);
});
afterEach(() => vi.useRealTimers());

/** Lets the fake clock run `ms` milliseconds, timers and React's updates with it. */
const advance = (ms: number) => {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
};

describe('the ticking clock', () => {
  it('turns when the second does, not a second after it was first shown', () => {
    const { result } = renderHook(() => useSecondTicker());
    expect(result.current).toBe(START);

    advance(599);
    expect(result.current).toBe(START);
    advance(1);
    expect(result.current).toBe(START + 600);
    advance(1000);
    expect(result.current).toBe(START + 1600);
  });

  it('keeps tickers shown at different times in step', () => {
    const first = renderHook(() => useSecondTicker());
    advance(300);
    const second = renderHook(() => useSecondTicker());

    advance(300); // the whole second
    expect(first.result.current).toBe(START + 600);
    expect(second.result.current).toBe(START + 600);
  });

  it('ticks on the minute for the slower clocks', () => {
    const { result } = renderHook(() => useNow(60_000));
    advance(59_599);
    expect(result.current).toBe(START);
    advance(1);
    expect(result.current).toBe(START + 59_600);
  });
});
