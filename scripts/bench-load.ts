/**
 * `npm run bench:load`: the load test of issue 9 — a thousand agent desktops on one gateway, new
 * contacts at 50 a second for 60 s, then a gateway restart under load. Prints offer delivery
 * (first POST → offer applied on the desktop), lost and duplicated offers, the gateway's memory
 * per connection and event-loop delay, and how long all the desktops take to be back after the
 * restart. Loopback only, bounded in time; asserts nothing (results: docs/benchmarks.md).
 *
 * The gateway runs on the main thread; the desktops and the CTI posting contacts run in a worker
 * thread (scripts/lib/load-floor-worker.ts), so both ends of an offer are timed on one clock.
 * Each block is printed as soon as it is measured, so a run stopped at its cap keeps what it had.
 */
import { availableParallelism } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Command } from 'commander';
import { BENCH_SECRET } from './lib/bench-db.js';
import { positiveInt } from './lib/cli.js';
import { isolateMemory } from './lib/isolate-memory.js';
import { fmtMs } from './lib/latency-table.js';
import { startLoadFloor, type PhasePlan, type PhaseResult } from './lib/load-floor.js';
import { startLoadGateway } from './lib/load-gateway.js';
import { startThreadProfile } from './lib/thread-profile.js';
import {
  fmtLoop,
  printMemory,
  printPhase,
  printReconnect,
  printTally,
  seconds,
  type MemoryPoint,
} from './lib/load-report.js';

const opts = new Command()
  .option('--agents <n>', 'agent desktops on the socket', positiveInt, 1000)
  .option('--rate <n>', 'new contacts per second', positiveInt, 50)
  .option('--seconds <n>', 'seconds of load', positiveInt, 60)
  .option('--queues <n>', 'voice queues (each agent staffs two)', positiveInt, 10)
  .option('--customers <n>', 'seeded customers the contacts come from', positiveInt, 2000)
  .option(
    '--handle <min-max>',
    'talking time of a contact in seconds (wrap-up adds 0.5–2 s)',
    '4-12',
  )
  .option(
    '--restart-seconds <n>',
    'seconds of load in the restart phase (the gateway goes down 5 s in)',
    positiveInt,
    20,
  )
  .option(
    '--database-url <url>',
    'a PostgreSQL server instead of in-memory PGlite: a throw-away database is made there and dropped after',
  )
  .option(
    '--profile <file>',
    "write a CPU profile of the gateway's thread during the load (.cpuprofile)",
  )
  .parse()
  .opts<{
    agents: number;
    rate: number;
    seconds: number;
    queues: number;
    customers: number;
    handle: string;
    restartSeconds: number;
    databaseUrl?: string;
    profile?: string;
  }>();

const [handleMin, handleMax] = opts.handle.split('-').map(Number);
if (
  handleMin === undefined ||
  handleMax === undefined ||
  !(handleMin >= 0 && handleMax >= handleMin)
) {
  throw new Error('--handle takes min-max seconds, e.g. 4-12');
}
const DRAIN_MS = 20_000;
const RESTART_AFTER_MS = 5_000;
const RECONNECT_TARGET_S = 30;
const RECONNECT_TIMEOUT_MS = 45_000;
const QUEUED = {
  done: 'run to their end',
  'not done': 'NOT run out within 10 s',
} as const;
/** The whole run stops past this: set-up, load and drain, the restart phase and its drain, shut-down. */
const CAP_S =
  90 +
  opts.seconds +
  DRAIN_MS / 1000 +
  Math.max(opts.restartSeconds, (RESTART_AFTER_MS + RECONNECT_TIMEOUT_MS) / 1000) +
  DRAIN_MS / 1000 +
  30;

const runStarted = performance.now();
let stage = 'setting up';
const cap = setTimeout(() => {
  console.error(
    `\nbench:load stopped at its cap of ${String(CAP_S)} s while ${stage}: the figures above are all there is.`,
  );
  process.exit(1);
}, CAP_S * 1000);
cap.unref();

const log = (line: string) => console.log(line);
/** The gateway thread's event-loop delay from now until the returned stop. */
const watchLoop = () => {
  const h = monitorEventLoopDelay({ resolution: 10 });
  h.enable();
  return () => {
    h.disable();
    return fmtLoop(h);
  };
};

log(
  `bench:load — Node ${process.version}, ${String(availableParallelism())} cores; ${String(opts.agents)} agents, ${String(opts.rate)} contacts/s`,
);
const bench = await startLoadGateway({
  agents: opts.agents,
  queues: opts.queues,
  customers: opts.customers,
  rate: opts.rate,
  postgresUrl: opts.databaseUrl,
  log,
});
log(
  `   gateway on ${bench.url} (${bench.engine}, main thread); desktops and the CTI in a worker thread`,
);

const floor = startLoadFloor({
  url: bench.url,
  secret: BENCH_SECRET,
  agentIds: bench.agentIds,
  tokens: bench.tokens,
  queueIds: bench.queueIds,
  customers: opts.customers,
  handleSeconds: [handleMin, handleMax],
  connectBatch: 50,
});
await floor.next('started');
const recentLoop = monitorEventLoopDelay({ resolution: 10 });
recentLoop.enable();
floor.onProgress((p) => {
  log(
    `     ${p.name} ${p.seconds.toFixed(0).padStart(3)} s: ${String(p.posted)} posted, ${String(p.taken)} taken, ` +
      `${String(p.offered)} offered, ${String(p.wrapped)} wrapped up; ${String(p.ready)} desktops ready; ` +
      `longest event-loop stall: gateway ${fmtMs(recentLoop.max / 1e6)}, desktops ${fmtMs(p.loopMaxMs)}`,
  );
  recentLoop.reset();
});

const memory: MemoryPoint[] = [];
const measureMemory = async (label: string) => {
  const desktops = (await floor.ask({ kind: 'memory' }, 'memory')).usage;
  memory.push({ label, gateway: isolateMemory(), desktops });
};
/** A phase's block, with where its contacts never offered (or never answered 202) stand. */
const printContacts = async (result: PhaseResult, gatewayLoop: string) => {
  const neverOffered = await bench.statesOf(result.neverOffered);
  printPhase(result, gatewayLoop, DRAIN_MS, neverOffered, await bench.statesOf(result.notTaken));
};
const phase = (plan: PhasePlan) =>
  floor.ask({ kind: 'phase', ...plan }, 'phase-done').then((done) => done.result);

await measureMemory('before connecting');
stage = 'connecting the desktops';
let stopLoop = watchLoop();
const connected = await floor.ask({ kind: 'connect' }, 'connected');
log(
  `   ${String(connected.desktops)} desktops connected and ready in ${seconds(connected.setupMs)} (50 at a time); gateway event-loop delay meanwhile ${stopLoop()}`,
);
await measureMemory(`${String(connected.desktops)} connected`);

// ── The load ──────────────────────────────────────────────────────────────────────────────────
stage = 'under load';
log(
  `\nLoad — ${String(opts.rate)} contacts/s for ${String(opts.seconds)} s to ${String(opts.agents)} agents (${bench.engine}); talk ${opts.handle} s`,
);
const profiler = await startThreadProfile(opts.profile);
stopLoop = watchLoop();
const load = await phase({
  name: 'load',
  rate: opts.rate,
  seconds: opts.seconds,
  drainMs: DRAIN_MS,
});
const loadLoop = stopLoop();
await profiler.stop();
log(`   phase ${seconds(load.seconds * 1000)} with the drain`);
await printContacts(load, loadLoop);
if (opts.profile) log(`   CPU profile of the gateway thread: ${opts.profile}`);

await measureMemory('end of the load');
log('\nMemory');
printMemory(memory, connected.desktops);

// ── The restart, under load: the gateway goes down RESTART_AFTER_MS into the phase ─────────────
stage = 'restarting the gateway';
log(
  `\nRestart — ${String(opts.rate)} contacts/s for ${String(opts.restartSeconds)} s; ${seconds(RESTART_AFTER_MS)} in, the gateway is closed and started again on the same database and port`,
);
stopLoop = watchLoop();
const restartDone = phase({
  name: 'restart',
  rate: opts.rate,
  seconds: opts.restartSeconds,
  drainMs: DRAIN_MS,
  reconnectTimeoutMs: RECONNECT_TIMEOUT_MS,
});
await floor.next('posting');
await new Promise((r) => setTimeout(r, RESTART_AFTER_MS));
floor.send({ kind: 'gateway-down', at: Date.now() });
const restarted = await bench.restart();
floor.send({ kind: 'gateway-up', at: Date.now() });
log(
  `   gateway closed in ${seconds(restarted.closeMs)}; its routing steps queued ${QUEUED[restarted.queued]}; ${seconds(restarted.flushMs)} more to let go of its database; ` +
    `the new one listening ${seconds(restarted.startMs)} after that (down ${seconds(restarted.closeMs + restarted.flushMs + restarted.startMs)})`,
);
const restart = await restartDone;
const restartLoop = stopLoop();
if (restart.reconnect)
  printReconnect(restart.reconnect, opts.agents, RECONNECT_TARGET_S, RECONNECT_TIMEOUT_MS);
log('   the contacts of the restart phase (posted before, during and after the restart):');
await printContacts(restart, restartLoop);

// ── Shut-down: the desktops, then the gateway, then the database ──────────────────────────────
stage = 'shutting down';
const { problems } = await floor.ask({ kind: 'stop' }, 'stopped');
await new Promise((r) => setTimeout(r, 200)); // let the gateway see the desktops go
await floor.terminate();
const drained = await bench.close();
recentLoop.disable();
clearTimeout(cap);

const logged = [...bench.logs.lines(), ...problems];
if (!drained)
  log(
    '\nShut-down: the routing queue still held steps after 10 s; the database was closed under them.',
  );
log(
  logged.length === 0
    ? '\nGateway log: no warnings or errors; desktops: no refusals'
    : '\nGateway log (warn and above) and what the desktops were refused or missed:',
);
printTally(logged);
log(`\nTotal run time ${seconds(performance.now() - runStarted)} (cap ${String(CAP_S)} s)`);
