import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RebuildPacer } from './rebuild-pacer.js';

/** A rebuild that takes `ms` of the fake clock, recording when each started and what it served. */
function recorder(ms: number) {
  const starts: { at: number; requestedAt: number }[] = [];
  let running = 0;
  let overlapped = false;
  const rebuild = async (requestedAt: number) => {
    starts.push({ at: Date.now(), requestedAt });
    running += 1;
    if (running > 1) overlapped = true;
    await new Promise((resolve) => setTimeout(resolve, ms));
    running -= 1;
  };
  return { starts, rebuild, overlapped: () => overlapped };
}

describe('the board rebuild pacer', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('starts one rebuild shortly after a change when idle, however many touches the event made', async () => {
    const r = recorder(30);
    const pacer = new RebuildPacer(r.rebuild, { gatherMs: 20, intervalMs: 250 });
    pacer.request();
    pacer.request();
    pacer.request();
    await vi.advanceTimersByTimeAsync(19);
    expect(r.starts).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(r.starts).toEqual([{ at: 1_000_020, requestedAt: 1_000_000 }]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(r.starts).toHaveLength(1);
  });

  it('under a stream of changes starts rebuilds an interval apart, never two at once', async () => {
    const r = recorder(100);
    const pacer = new RebuildPacer(r.rebuild, { gatherMs: 20, intervalMs: 250 });
    for (let t = 0; t < 1_000; t += 10) {
      pacer.request();
      await vi.advanceTimersByTimeAsync(10);
    }
    const gaps = r.starts.slice(1).map((s, i) => s.at - (r.starts[i]?.at ?? 0));
    expect(gaps.length).toBeGreaterThanOrEqual(3);
    for (const gap of gaps) expect(gap).toBe(250);
    expect(r.overlapped()).toBe(false);
  });

  it('starts the next rebuild as soon as a slow one ends, for the changes that came during it', async () => {
    const r = recorder(400);
    const pacer = new RebuildPacer(r.rebuild, { gatherMs: 20, intervalMs: 250 });
    pacer.request(); // starts at +20, ends at +420
    await vi.advanceTimersByTimeAsync(100);
    pacer.request(); // during the rebuild
    await vi.advanceTimersByTimeAsync(400);
    // Served by a rebuild starting once the first ended (+420) and gathered for 20 ms: +440.
    expect(r.starts.map((s) => s.at - 1_000_000)).toEqual([20, 440]);
    expect(r.starts[1]?.requestedAt).toBe(1_000_100);
    expect(r.overlapped()).toBe(false);
  });

  it('keeps going after a rebuild fails', async () => {
    let calls = 0;
    const pacer = new RebuildPacer(() => {
      calls += 1;
      return calls === 1 ? Promise.reject(new Error('database gone')) : Promise.resolve();
    });
    pacer.request();
    await vi.advanceTimersByTimeAsync(50);
    pacer.request();
    await vi.advanceTimersByTimeAsync(300);
    expect(calls).toBe(2);
  });

  it('starts nothing after close, and close waits for the rebuild under way', async () => {
    const r = recorder(100);
    const pacer = new RebuildPacer(r.rebuild, { gatherMs: 20, intervalMs: 250 });
    pacer.request();
    await vi.advanceTimersByTimeAsync(30);
    pacer.request();
    let closed = false;
    const closing = pacer.close().then(() => (closed = true));
    await vi.advanceTimersByTimeAsync(50);
    expect(closed).toBe(false);
    await vi.advanceTimersByTimeAsync(100);
    await closing;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(r.starts).toHaveLength(1);
  });
});
