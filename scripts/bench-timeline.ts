/**
 * `npm run bench:timeline`: TimelinePanel in Chromium with 10,000 touchpoints. Reports the panel's
 * mount time into an already-mounted provider tree (the fair figure: the app shell is mounted
 * when a pop arrives), the cold mount (createRoot + providers + panel) on its own line, and scroll
 * smoothness (rAF-driven scrollTop steps through the whole list: frame times and long tasks over
 * 50 ms). Prints figures; asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Command } from 'commander';
import { launchBrowser } from '../test/e2e/support/browser.js';
import { positiveInt } from './lib/cli.js';
import { ms, summarize } from './lib/stats.js';

const opts = new Command()
  .option('--touchpoints <n>', 'touchpoints in the timeline', positiveInt, 10_000)
  .option('--mounts <n>', 'mounts to time (≥ 20 for the report)', positiveInt, 30)
  .option('--step <px>', 'scrollTop step per animation frame', positiveInt, 120)
  .parse()
  .opts<{ touchpoints: number; mounts: number; step: number }>();

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, '.bench', 'timeline-web');
console.log('Building the benchmark page (vite)…');
execFileSync('npx', ['vite', 'build', '--config', 'scripts/bench-timeline/vite.config.ts'], {
  cwd: root,
  stdio: 'inherit',
});

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
};
const server = createServer((req, res) => {
  const file = path.join(
    out,
    path.normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)),
  );
  if (!file.startsWith(out)) return void res.writeHead(403).end();
  readFile(file).then(
    (body) =>
      res
        .writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' })
        .end(body),
    () => res.writeHead(404).end(),
  );
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}/scripts/bench-timeline/index.html`;

interface ScrollResult {
  frames: number[];
  longTasks: number[];
  total: number;
  end: number;
  rows: number;
}

const browser = await launchBrowser();
const page = await browser.context.newPage();
page.on('pageerror', (error) => console.error('page error:', error.message));
await page.goto(url);
await page.waitForFunction('typeof window.timelineBench === "object"');

// tsx rewrites functions passed to page.evaluate; the page gets source text instead.
const timeMounts = async (fn: 'mount' | 'mountCold') => {
  const call = `window.timelineBench.${fn}(${String(opts.touchpoints)})`;
  await page.evaluate(call); // warm-up
  const times: number[] = [];
  for (let i = 0; i < opts.mounts; i++) times.push(Number(await page.evaluate(call)));
  return times;
};
// Cold first (root + providers + panel each time), then the fair figure: the panel alone,
// mounted into the provider tree that stays mounted, as the app shell does in the product.
const coldTimes = await timeMounts('mountCold');
const mountTimes = await timeMounts('mount');
const rowsInDom = Number(
  await page.evaluate(`document.querySelectorAll('[data-testid="timeline-row"]').length`),
);

const scroll = await page.evaluate<ScrollResult>(`new Promise((resolve) => {
  const scroller = document.querySelector('[data-testid="timeline-scroll"]');
  const longTasks = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  const frames = [];
  const end = scroller.scrollHeight - scroller.clientHeight;
  let last = performance.now();
  const started = last;
  function frame(now) {
    frames.push(now - last);
    last = now;
    if (scroller.scrollTop >= end - 1) {
      observer.disconnect();
      setTimeout(() => resolve({ frames, longTasks, total: now - started, end, rows: document.querySelectorAll('[data-testid="timeline-row"]').length }), 0);
      return;
    }
    scroller.scrollTop = Math.min(end, scroller.scrollTop + ${String(opts.step)});
    requestAnimationFrame(frame);
  }
  requestAnimationFrame((now) => { last = now; requestAnimationFrame(frame); });
})`);

await browser.close();
server.close();

const mount = summarize(mountTimes);
const cold = summarize(coldTimes);
const frames = summarize(scroll.frames);
const over = (limit: number) => scroll.frames.filter((frame) => frame > limit).length;
console.log(
  `\nTimelinePanel, ${opts.touchpoints.toLocaleString('en')} touchpoints, Chromium headless 1366×768`,
);
console.log(
  `panel mount into the mounted app shell (n=${String(mount.n)}): p50 ${ms(mount.p50)}, p95 ${ms(mount.p95)}, max ${ms(mount.max)}; rows in DOM ${String(rowsInDom)}`,
);
console.log(
  `cold mount: createRoot + providers + panel (n=${String(cold.n)}): p50 ${ms(cold.p50)}, p95 ${ms(cold.p95)}, max ${ms(cold.max)}`,
);
console.log(
  `scroll ${String(scroll.end)} px in ${String(scroll.frames.length)} frames of ${String(opts.step)} px (${ms(scroll.total)}): ` +
    `frame p50 ${ms(frames.p50)}, p95 ${ms(frames.p95)}, p99 ${ms(frames.p99)}, max ${ms(frames.max)}; ` +
    `frames > 50 ms: ${String(over(50))}; long tasks > 50 ms: ${String(scroll.longTasks.length)}` +
    (scroll.longTasks.length > 0 ? ` (max ${ms(Math.max(...scroll.longTasks))})` : ''),
);
