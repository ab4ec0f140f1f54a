import { describe, expect, it } from 'vitest';
import { withMicrotasks, type TraceEvent } from './main-thread-tasks.js';

const event = (
  name: string,
  ts: number,
  dur: number,
  tdur: number,
  src_func?: string,
): TraceEvent => ({
  name,
  ph: 'X',
  pid: 1,
  tid: 1,
  ts,
  dur,
  tdur,
  args: src_func === undefined ? {} : { src_func },
});
const task = (ts: number, dur: number, tdur: number, src?: string) =>
  event('ThreadControllerImpl::RunTask', ts, dur, tdur, src);
const microtasks = (ts: number, dur: number, tdur: number) =>
  event('BlinkScheduler_PerformMicrotaskCheckpoint', ts, dur, tdur);

describe('the tasks of the page’s main thread in a trace', () => {
  it('counts the promise reactions that follow a task (where React renders) in its time', () => {
    // A socket message: 5 ms of parsing, then 48 ms of microtasks; then a 30 ms frame.
    const tasks = withMicrotasks([
      microtasks(5_000, 48_000, 40_000),
      task(0, 5_000, 4_000, 'PostDispatchNextMessageFromPipe'),
      task(60_000, 30_000, 9_000, 'ScheduledActionSendBeginMainFrame'),
      microtasks(90_000, 0, 0),
    ]);
    expect(tasks).toEqual([
      { wallMs: 53, cpuMs: 44, frame: false },
      { wallMs: 30, cpuMs: 9, frame: true },
    ]);
  });

  it('takes a task alone when no checkpoint follows it', () => {
    expect(withMicrotasks([task(0, 70_000, 10_000), task(80_000, 1_000, 1_000)])).toEqual([
      { wallMs: 70, cpuMs: 10, frame: false },
      { wallMs: 1, cpuMs: 1, frame: false },
    ]);
  });
});
