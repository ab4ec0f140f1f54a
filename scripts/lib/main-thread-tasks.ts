import { writeFile } from 'node:fs/promises';
import type { CDPSession, Page } from 'playwright-core';

/** A task on the page's main thread: wall time, and the CPU time the thread actually ran. */
export interface MainThreadTask {
  wallMs: number;
  cpuMs: number;
  /** A rendering update (style, layout, paint of a frame), which the page's `longtask` entries leave out. */
  frame: boolean;
}

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; src_func?: string };
}

/** What DevTools' Performance panel records: the page's style, layout, paint, GC and script. */
const DETAIL_CATEGORIES = [
  'devtools.timeline',
  'blink',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.gc',
];

const RUN_TASK = 'ThreadControllerImpl::RunTask';
/** Blink runs a task's promise reactions (React's and react-query's work) right after it, as a sibling event. */
const MICROTASKS = 'BlinkScheduler_PerformMicrotaskCheckpoint';
const TASK_EVENTS = new Set([RUN_TASK, MICROTASKS]);

/** One thread's tasks, each with the microtask checkpoint that follows it counted in. */
export function withMicrotasks(events: readonly TraceEvent[]): MainThreadTask[] {
  const sorted = [...events].sort((a, b) => a.ts - b.ts);
  const tasks: MainThreadTask[] = [];
  sorted.forEach((e, i) => {
    if (e.name !== RUN_TASK) return;
    const after = sorted[i + 1];
    const checkpoint = after?.name === MICROTASKS ? after : undefined;
    const end = checkpoint ? checkpoint.ts + (checkpoint.dur ?? 0) : e.ts + (e.dur ?? 0);
    tasks.push({
      wallMs: (end - e.ts) / 1000,
      cpuMs: ((e.tdur ?? 0) + (checkpoint?.tdur ?? 0)) / 1000,
      frame: e.args?.src_func === 'ScheduledActionSendBeginMainFrame',
    });
  });
  return tasks;
}

/** What a trace of the page's main thread saw. */
export interface MainThreadTrace {
  /** The tasks over 50 ms. */
  long: MainThreadTask[];
  /** The longest task's wall time, ms (0 when the trace saw none). */
  longestMs: number;
}

/**
 * The page's main-thread tasks over 50 ms, each with its CPU time, and the longest task, from a
 * Chrome trace of the `toplevel` category (one event per task, cheap to record, and nothing run on
 * the page itself). On a machine where the gateway, its load and the browser share the cores, a
 * task's wall time also counts the time the thread waited for a core; its CPU time is the page's
 * own work. With `detailFile`, the trace also records Blink's and V8's events (style, layout,
 * paint, garbage collection, script) and is written there in Chrome's trace format.
 */
export async function traceLongTasks(
  page: Page,
  detailFile?: string,
): Promise<{ stop(): Promise<MainThreadTrace> }> {
  const session: CDPSession = await page.context().newCDPSession(page);
  const tasks: TraceEvent[] = [];
  // The renderer's main thread is the one the trace's metadata names CrRendererMain.
  const threadNames: TraceEvent[] = [];
  const everything: unknown[] = [];
  session.on('Tracing.dataCollected', (chunk) => {
    if (detailFile !== undefined) everything.push(...chunk.value);
    for (const event of chunk.value as unknown as TraceEvent[]) {
      if (event.ph === 'X' && TASK_EVENTS.has(event.name)) tasks.push(event);
      else if (event.ph === 'M' && event.name === 'thread_name') threadNames.push(event);
    }
  });
  await session.send('Tracing.start', {
    traceConfig: {
      includedCategories: [
        'toplevel',
        '__metadata',
        ...(detailFile === undefined ? [] : DETAIL_CATEGORIES),
      ],
    },
    transferMode: 'ReportEvents',
  });
  return {
    async stop() {
      const complete = new Promise((resolve) => session.once('Tracing.tracingComplete', resolve));
      await session.send('Tracing.end');
      await complete;
      await session.detach();
      if (detailFile !== undefined) {
        await writeFile(detailFile, JSON.stringify({ traceEvents: everything }));
      }
      // The page's renderer is the busiest one (another may be a blank page or a worker's).
      const thread = (e: TraceEvent) => `${String(e.pid)}:${String(e.tid)}`;
      const counts = new Map<string, number>();
      for (const e of threadNames.filter((t) => t.args?.name === 'CrRendererMain'))
        counts.set(thread(e), 0);
      for (const e of tasks)
        if (e.name === RUN_TASK && counts.has(thread(e)))
          counts.set(thread(e), (counts.get(thread(e)) ?? 0) + 1);
      const main = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
      const onMain = withMicrotasks(tasks.filter((e) => thread(e) === main));
      return {
        long: onMain.filter((task) => task.wallMs > 50),
        longestMs: onMain.reduce((longest, task) => Math.max(longest, task.wallMs), 0),
      };
    },
  };
}
