/**
 * `npm run bench:console`: the team lead's board under load. A gateway with `--agents` agents
 * on `--queues` queues (agents in a worker thread answer, talk, end and wrap up), new contacts
 * posted at `--rate` per second for `--seconds` and a lead's socket timing how far behind the
 * pushed board is (both in another worker thread, console-load.ts), and the lead's console open
 * in Chromium, watching its main thread for long tasks. The lead's Chromium goes first on the
 * cores, as on the lead's own PC (lead-cpu.ts; `--shared-cores` to have it wait its turn with the
 * gateway, PostgreSQL and the simulated agents). Prints figures; asserts nothing.
 */
import { cpus } from 'node:os';
import { Command } from 'commander';
import pino from 'pino';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../server/config.js';
import { openDatabase } from '../server/db/client.js';
import { createGateway } from '../server/gateway.js';
import { findAgentById } from '../server/auth/agent-repository.js';
import { seedDatabase } from '../server/seed/seed.js';
import type { BoardTiming } from '../server/console/console-service.js';
import { launchBrowser } from '../test/e2e/support/browser.js';
import { rowsOf } from '../test/e2e/support/gateway.js';
import { BENCH_PASSWORD, BENCH_SECRET } from './lib/bench-db.js';
import { boardLags, bySpan } from './lib/board-lag.js';
import { nonNegativeInt, positiveInt } from './lib/cli.js';
import { buildConsoleWorld } from './lib/console-world.js';
import { startConsoleAgents } from './lib/console-agents.js';
import { startConsoleLoad } from './lib/console-load.js';
import { openLeadConsole } from './lib/lead-console.js';
import { busyShare, coreTimes } from './lib/cpu-busy.js';
import { putLeadBrowserFirst, type LeadCores } from './lib/lead-cpu.js';
import { createScratchDatabase } from '../server/testing/scratch-postgres.js';
import { ms, summarize } from './lib/stats.js';
import { startThreadProfile } from './lib/thread-profile.js';
import { ensureWebBuild } from './lib/web-build.js';

const opts = new Command()
  .option('--agents <n>', 'agents on the socket', positiveInt, 500)
  .option('--queues <n>', 'queues', positiveInt, 50)
  .option('--rate <n>', 'new contacts per second', positiveInt, 50)
  .option('--seconds <n>', 'seconds of load', positiveInt, 30)
  .option(
    '--warmup <seconds>',
    'post the same load for this long first, not measured, then give the agents 20 s to finish it: a warmed-up gateway (default: none, a gateway just started)',
    nonNegativeInt,
    0,
  )
  .option('--customers <n>', 'seeded customers the contacts come from', positiveInt, 2000)
  .option(
    '--postgres <url>',
    'PostgreSQL server (admin URL) instead of in-memory PGlite: a throw-away database is created there and dropped after',
  )
  .option(
    '--db-pool <n>',
    "PostgreSQL: connections in the gateway's pool (default twice this machine's cores, as for a database server of this size: here it shares the machine)",
    positiveInt,
  )
  .option(
    '--lead-profile <file>',
    "write a CPU profile of the lead's page while under load (.cpuprofile)",
  )
  .option(
    '--lead-trace <file>',
    "write a Chrome trace of the lead's page under load, with Blink's and V8's events (open it in DevTools' Performance panel or ui.perfetto.dev)",
  )
  .option('--screenshot <file>', "a PNG of the lead's console at the end of the load")
  .option(
    '--shared-cores',
    "leave the lead's Chromium at ordinary priority, sharing the cores with the gateway, PostgreSQL and the simulated agents (by default it goes first, as on the lead's own PC: Linux, chrt, root or CAP_SYS_NICE)",
  )
  .option(
    '--profile <file>',
    "write a CPU profile of the gateway's thread while under load (.cpuprofile)",
  )
  .parse()
  .opts<{
    agents: number;
    queues: number;
    rate: number;
    seconds: number;
    warmup: number;
    customers: number;
    postgres?: string;
    dbPool?: number;
    leadProfile?: string;
    leadTrace?: string;
    screenshot?: string;
    sharedCores?: boolean;
    profile?: string;
  }>();

const TOKEN_SECRET = 'bench-token-secret-0123456789-0123456789';
const log = (line: string) => console.log(line);

const webRoot = ensureWebBuild(log);
const scratch =
  opts.postgres === undefined
    ? null
    : await createScratchDatabase(opts.postgres, 'firebreak_bench');
const poolSize = opts.dbPool ?? 2 * cpus().length;
const engine =
  scratch === null
    ? 'PGlite, in memory'
    : `PostgreSQL, ${String(poolSize)} connections in the pool`;
log(
  `Seeding ${String(opts.customers)} customers and ${String(opts.agents)} agents on ${String(opts.queues)} queues (${engine})…`,
);
const database = await openDatabase({ dataDir: 'memory://', databaseUrl: scratch?.url, poolSize });
await seedDatabase(database, { customers: opts.customers, demoPassword: BENCH_PASSWORD });
const world = await buildConsoleWorld(database, { agents: opts.agents, queues: opts.queues });
const phones = rowsOf<{ phone: string }>(
  await database.db.execute(sql`select phone from customers order by id`),
).map((r) => r.phone);

const config = {
  ...loadConfig({
    FIREBREAK_PORT: '0',
    FIREBREAK_WEBHOOK_SECRET: BENCH_SECRET,
    FIREBREAK_DEMO_PASSWORD: BENCH_PASSWORD,
    FIREBREAK_TOKEN_SECRET: TOKEN_SECRET,
    FIREBREAK_RING_TIMEOUT_SECONDS: '30',
    // One source posts every contact: keep the per-source limit (100/s) above a --rate beyond it.
    FIREBREAK_WEBHOOK_RATE_LIMIT: String(Math.max(100, opts.rate * 2)),
  }),
  dataDir: 'memory://',
  databaseUrl: scratch?.url,
  webRoot,
};
const gateway = await createGateway(config, { database, logger: pino({ level: 'error' }) });
await gateway.router.reloadAgents();
const url = await gateway.listen();
await gateway.risk.idle();

// Sessions opened directly (no password round trips); their access tokens open the sockets.
const signIn = async (agentId: string) => {
  const agent = await findAgentById(database.db, agentId);
  if (!agent) throw new Error(`no agent ${agentId}`);
  return (
    await gateway.sessions.open(agent, { userAgent: 'bench-console', origin: null, ip: null })
  ).accessToken;
};
const agentTokens = await Promise.all(world.agents.map((a) => signIn(a.id)));
const agents = startConsoleAgents({ url, tokens: agentTokens, handleSeconds: [3, 12] });
const ready = await agents.ready;
log(`${String(ready.agents)} agents signed in and ready in ${(ready.setupMs / 1000).toFixed(1)} s`);

// The lead: one socket timing the pushed boards, and the console open in Chromium.
const leadRow = rowsOf<{ id: string }>(
  await database.db.execute(sql`select id from agents where username = 'zhang.lead'`),
)[0];
if (!leadRow) throw new Error('the seed has no zhang.lead');
const leadToken = await signIn(leadRow.id);
const load = startConsoleLoad({
  url,
  secret: BENCH_SECRET,
  leadToken,
  queues: world.queues,
  phones,
  rate: opts.rate,
  seconds: opts.seconds,
  tailMs: 2000, // the last boards
  warmupSeconds: opts.warmup,
  drainMs: 20_000, // longer than a contact's talk and wrap-up
});
await load.ready;

const browser = await launchBrowser();
const page = await browser.context.newPage();
const lead = await openLeadConsole(
  page,
  url,
  { username: 'zhang.lead', password: BENCH_PASSWORD },
  { cpuProfile: opts.leadProfile, trace: opts.leadTrace },
);
const cores: LeadCores =
  opts.sharedCores === true ? { first: false, reason: '--shared-cores' } : putLeadBrowserFirst();
log(
  cores.first
    ? `The lead's Chromium (${String(cores.processes)} processes) goes first on the cores, as on its own PC.`
    : `The lead's Chromium shares the cores with the gateway, PostgreSQL and the simulated agents (${cores.reason}).`,
);

log(`Posting ${String(opts.rate)} contacts/s for ${String(opts.seconds)} s…`);
await lead.startWatching();
const rebuilds: BoardTiming[] = [];
const stopTiming = gateway.board.onPushed((t) => rebuilds.push(t));
const profiler = await startThreadProfile(opts.profile);
const loadStarted = coreTimes();
const run = load.start();
await run.posted;
const machineBusy = busyShare(loadStarted, coreTimes());
await profiler.stop();
const { changes, boards, failures, postedIn, last } = await run.done;
stopTiming();
const screen = await lead.stopWatching();
if (opts.screenshot !== undefined) {
  // The pointer still rests on the button that opened the console: move it off its tooltip.
  await page.mouse.move(1, 1);
  await page.waitForTimeout(500);
  await page.screenshot({ path: opts.screenshot });
}
const tally = await agents.stop();
await browser.close();
await gateway.close();
await database.close();
await scratch?.drop();

const total = opts.rate * opts.seconds;
const { lags, missed } = boardLags(changes, boards);
const lag = summarize(lags);
const answered = summarize(changes.map((c) => c.settledAt - c.changedAt));
const painted = boardLags(changes, screen.painted);
const paintLag = summarize(painted.lags);
console.log(
  `\nTeam lead console: ${String(opts.agents)} agents, ${String(opts.queues)} queues, ${String(opts.rate)} contacts/s for ${String(opts.seconds)} s (${engine})`,
);
console.log(
  `contacts posted: ${String(changes.length)} of ${String(total)} in ${postedIn.toFixed(1)} s${failures.length > 0 ? `; failed: ${JSON.stringify(failures)}` : ''}`,
);
console.log(
  `agents: ${String(tally.offers)} offers, ${String(tally.accepted)} accepted, ${String(tally.wrapped)} wrapped up, ${String(tally.breaks)} breaks; waiting at the end: ${String(last?.waiting ?? 0)}`,
);
if (tally.problems.length > 0)
  console.log(`agent-side refusals: ${JSON.stringify(tally.problems.slice(0, 5))}`);
console.log(
  `boards pushed to the lead: ${String(boards.length)} (${(boards.length / (postedIn + 2)).toFixed(1)}/s), last one ${String(last?.waiting ?? 0)} waiting, ${String(last?.risk ?? 0)} risk rows`,
);
console.log(
  `board behind truth (lead socket, n=${String(lag.n)}): p50 ${ms(lag.p50)}, p95 ${ms(lag.p95)}, p99 ${ms(lag.p99)}, max ${ms(lag.max)}; changes no board followed: ${String(missed)}`,
);
// When the slow ones came: the first seconds are a cold gateway (JIT, the pool's connections and
// their statements prepared) with every agent taking a first offer at once.
const spans = bySpan(changes, 5_000).map((span, i) => {
  const p99 = summarize(boardLags(span, boards).lags).p99;
  const post = summarize(span.map((c) => c.settledAt - c.changedAt)).p99;
  return `${String(i * 5)}–${String(i * 5 + 5)} s ${span.length > 0 ? `${ms(p99)} (POST ${ms(post)})` : '–'}`;
});
console.log(`board behind truth, p99 by 5 s of the run (and of the POST): ${spans.join(', ')}`);
console.log(
  `of which the POST itself (sent → answered, the change committed): p50 ${ms(answered.p50)}, p95 ${ms(answered.p95)}, p99 ${ms(answered.p99)}, max ${ms(answered.max)}`,
);
const waited = summarize(rebuilds.map((t) => t.waitedMs));
const read = summarize(rebuilds.map((t) => t.readMs));
const built = summarize(rebuilds.map((t) => t.buildMs));
const live = summarize(rebuilds.map((t) => t.live));
console.log(
  `gateway's rebuilds (n=${String(built.n)}): first change waited p50 ${ms(waited.p50)}, p95 ${ms(waited.p95)}; rebuild p50 ${ms(built.p50)}, p95 ${ms(built.p95)}, max ${ms(built.max)}, of which reading p50 ${ms(read.p50)}, p95 ${ms(read.p95)}; live contacts p50 ${String(live.p50)}, max ${String(live.max)}`,
);
console.log(
  `board on the lead's screen behind truth (Chromium, n=${String(paintLag.n)}): p50 ${ms(paintLag.p50)}, p95 ${ms(paintLag.p95)}, p99 ${ms(paintLag.p99)}, max ${ms(paintLag.max)}; boards painted: ${String(screen.painted.length)}`,
);
const received = screen.frames
  .map((f) => `${String(f.count)} ${f.kind} (${(f.bytes / f.count / 1024).toFixed(1)} KB each)`)
  .join(', ');
console.log(`lead's socket received: ${received || 'nothing'}`);
console.log(
  `the machine while posting: its ${String(coreTimes().length)} cores ${(machineBusy * 100).toFixed(0)}% busy; the lead's Chromium ${cores.first ? 'first on them' : 'sharing them'}`,
);
// Every task of the page's main thread, from the trace: the page's own `longtask` entries leave
// out rendering updates (a frame's style, layout and paint), so they can say none while a frame
// took longer. Wall time counts the time the thread waited for a core; CPU time is the page's work.
const cpu = summarize(screen.traced.map((task) => task.cpuMs));
const frames = screen.traced.filter((task) => task.frame).length;
console.log(
  `lead's main thread (trace, every task): tasks over 50 ms: ${String(cpu.n)}${cpu.n > 0 ? ` (${String(frames)} of them frames; max ${ms(Math.max(...screen.traced.map((task) => task.wallMs)))}; CPU time p50 ${ms(cpu.p50)}, max ${ms(cpu.max)}; over 50 ms of CPU: ${String(screen.traced.filter((task) => task.cpuMs > 50).length)})` : ''}; longest task: ${ms(screen.maxTask)}`,
);
console.log(
  `lead's page (longtask entries, script tasks): over 50 ms: ${String(screen.longTasks.length)}${screen.longTasks.length > 0 ? ` (max ${ms(Math.max(...screen.longTasks.map((task) => task.ms)))}; at ${screen.longTasks.map((task) => `${(task.at / 1000).toFixed(1)} s`).join(', ')} after the load began)` : ''}`,
);
