import { describe, expect, it } from 'vitest';
import { busyShare, type CoreTimes } from './cpu-busy.js';

const core = (user: number, sys: number, idle: number) => ({ user, nice: 0, sys, idle, irq: 0 });

describe("the machine's busy share", () => {
  it('counts every mode but idle, over all the cores', () => {
    const before: CoreTimes = [core(100, 50, 1000), core(200, 0, 900)];
    // Core 0: 900 ms busy of 1000; core 1: 500 busy of 1000.
    const after: CoreTimes = [core(800, 250, 1100), core(600, 100, 1400)];
    expect(busyShare(before, after)).toBeCloseTo(0.7);
  });

  it('says NaN, not a figure, when no time passed between the readings', () => {
    const same: CoreTimes = [core(1, 1, 1)];
    expect(busyShare(same, same)).toBeNaN();
  });
});
