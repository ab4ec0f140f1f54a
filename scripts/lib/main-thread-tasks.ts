import { writeFile } from 'node:fs/promises';
import type { CDPSession, Page } from 'playwright-core';

/** A task on the page's main thread: wall time, and the CPU time the thread actually ran. */
export interface MainThreadTask {
  wallMs: number;
  cpuMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** What DevTools' Performance panel records: the page's style, layout, paint, GC and script. */
const DETAIL_CATEGORIES = [
  'devtools.timeline',
  'blink',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.gc',
];

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
      if (event.ph === 'X' && event.name === 'ThreadControllerImpl::RunTask') tasks.push(event);
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
      const main = new Set(
        threadNames
          .filter((e) => e.args?.name === 'CrRendererMain')
          .map((e) => `${String(e.pid)}:${String(e.tid)}`),
      );
      const onMain = tasks.filter((e) => main.has(`${String(e.pid)}:${String(e.tid)}`));
      return {
        long: onMain
          .filter((e) => (e.dur ?? 0) > 50_000)
          .map((e) => ({ wallMs: (e.dur ?? 0) / 1000, cpuMs: (e.tdur ?? 0) / 1000 })),
        longestMs: onMain.reduce((longest, e) => Math.max(longest, (e.dur ?? 0) / 1000), 0),
      };
    },
  };
}
