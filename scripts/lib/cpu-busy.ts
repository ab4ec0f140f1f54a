import { cpus, type CpuInfo } from 'node:os';

/** The machine's cores at one moment: what each has spent in each mode since boot (ms). */
export type CoreTimes = readonly CpuInfo['times'][];

export const coreTimes = (): CoreTimes => cpus().map((core) => core.times);

/**
 * The share of the cores' time spent busy (anything but idle) between two readings, 0 to 1, over
 * every core: 0.9 on two cores means 1.8 of them were in use. NaN when no time passed.
 */
export function busyShare(before: CoreTimes, after: CoreTimes): number {
  let busy = 0;
  let total = 0;
  after.forEach((now, i) => {
    const then = before[i];
    if (then === undefined) return;
    const idle = now.idle - then.idle;
    const all =
      idle + now.user - then.user + now.nice - then.nice + now.sys - then.sys + now.irq - then.irq;
    busy += all - idle;
    total += all;
  });
  return total > 0 ? busy / total : Number.NaN;
}
