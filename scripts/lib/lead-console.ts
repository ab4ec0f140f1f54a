/**
 * The team lead's console in Chromium for the console benchmark: signs in, opens the console,
 * then watches the page's main thread (long tasks, the longest task) and when each pushed board
 * reaches the screen (`data-board-generated-at` on the console page, read after the frame).
 */
import { writeFile } from 'node:fs/promises';
import type { CDPSession, Page } from 'playwright-core';
import type { BoardSeen } from './board-lag.js';
import { traceLongTasks, type MainThreadTask } from './main-thread-tasks.js';
import { countSocketFrames, type FrameTally } from './socket-frames.js';

export interface LeadScreen {
  painted: BoardSeen[];
  /** Long tasks (> 50 ms) while watching: when each began (ms after watching began) and its length. */
  longTasks: { at: number; ms: number }[];
  /** The longest task on the page's main thread while watching (wall time, from the trace). */
  maxTask: number;
  /** The tasks over 50 ms in a trace of the main thread, with their CPU time. */
  traced: MainThreadTask[];
  /** The socket messages the page received while watching, by kind. */
  frames: FrameTally[];
}

// Source text, not functions: tsx rewrites functions passed to page.evaluate.
const WATCH = `(() => {
  const w = { painted: [], longTasks: [], from: performance.now() };
  window.__leadWatch = w;
  w.observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) w.longTasks.push({ at: e.startTime - w.from, ms: e.duration }); });
  w.observer.observe({ type: 'longtask', buffered: false });
  const root = document.querySelector('[data-testid="console-page"]');
  w.mutations = new MutationObserver(() => {
    const generatedAt = Date.parse(root.getAttribute('data-board-generated-at') || '');
    if (!Number.isFinite(generatedAt)) return;
    requestAnimationFrame(() => setTimeout(() => w.painted.push({ generatedAt, receivedAt: Date.now() }), 0));
  });
  w.mutations.observe(root, { attributes: true, attributeFilter: ['data-board-generated-at'] });
  return true;
})()`;

const STOP = `(() => {
  const w = window.__leadWatch;
  w.observer.disconnect(); w.mutations.disconnect();
  return { painted: w.painted, longTasks: w.longTasks };
})()`;

export async function openLeadConsole(
  page: Page,
  url: string,
  credentials: { username: string; password: string },
  files: {
    /** Write a CPU profile of the page while watching here (open it in Chrome's DevTools). */
    cpuProfile?: string;
    /** Write a full trace of the page while watching here (Blink's and V8's events). */
    trace?: string;
  } = {},
): Promise<{ startWatching(): Promise<void>; stopWatching(): Promise<LeadScreen> }> {
  await page.goto(url);
  await page.getByTestId('signin-username').fill(credentials.username);
  await page.getByTestId('signin-password').fill(credentials.password);
  await page.getByTestId('signin-submit').click();
  await page.locator('[data-app-state="ready"]').waitFor({ timeout: 30_000 });
  await page.getByTestId('console-open').click();
  await page
    .locator('[data-testid="console-page"][data-board-generated-at]')
    .waitFor({ timeout: 30_000 });
  let profiler: CDPSession | null = null;
  let tracer: Awaited<ReturnType<typeof traceLongTasks>> | null = null;
  let frames: Awaited<ReturnType<typeof countSocketFrames>> | null = null;
  return {
    startWatching: async () => {
      if (files.cpuProfile !== undefined) {
        profiler = await page.context().newCDPSession(page);
        await profiler.send('Profiler.enable');
        await profiler.send('Profiler.start');
      }
      tracer = await traceLongTasks(page, files.trace);
      frames = await countSocketFrames(page);
      await page.evaluate(WATCH);
    },
    stopWatching: async () => {
      const watched = await page.evaluate<Pick<LeadScreen, 'painted' | 'longTasks'>>(STOP);
      const trace = await tracer?.stop();
      const screen: LeadScreen = {
        ...watched,
        maxTask: trace?.longestMs ?? 0,
        traced: trace?.long ?? [],
        frames: (await frames?.stop()) ?? [],
      };
      if (profiler !== null && files.cpuProfile !== undefined) {
        const { profile } = await profiler.send('Profiler.stop');
        await writeFile(files.cpuProfile, JSON.stringify(profile));
      }
      return screen;
    },
  };
}
