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

/**
 * The page's main-thread tasks over 50 ms, each with its CPU time, from a Chrome trace of the
 * `toplevel` category (one event per task, cheap to record). On a machine where the gateway, its
 * load and the browser share the cores, a task's wall time also counts the time the thread waited
 * for a core; its CPU time is the page's own work.
 */
export async function traceLongTasks(page: Page): Promise<{ stop(): Promise<MainThreadTask[]> }> {
  const session: CDPSession = await page.context().newCDPSession(page);
  const tasks: TraceEvent[] = [];
  // The renderer's main thread is the one the trace's metadata names CrRendererMain.
  const threadNames: TraceEvent[] = [];
  session.on('Tracing.dataCollected', (chunk) => {
    for (const event of chunk.value as unknown as TraceEvent[]) {
      if (event.ph === 'X' && event.name === 'ThreadControllerImpl::RunTask') tasks.push(event);
      else if (event.ph === 'M' && event.name === 'thread_name') threadNames.push(event);
    }
  });
  await session.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', '__metadata'] },
    transferMode: 'ReportEvents',
  });
  return {
    async stop() {
      const complete = new Promise((resolve) => session.once('Tracing.tracingComplete', resolve));
      await session.send('Tracing.end');
      await complete;
      await session.detach();
      const main = new Set(
        threadNames
          .filter((e) => e.args?.name === 'CrRendererMain')
          .map((e) => `${String(e.pid)}:${String(e.tid)}`),
      );
      return tasks
        .filter((e) => main.has(`${String(e.pid)}:${String(e.tid)}`) && (e.dur ?? 0) > 50_000)
        .map((e) => ({ wallMs: (e.dur ?? 0) / 1000, cpuMs: (e.tdur ?? 0) / 1000 }));
    },
  };
}
