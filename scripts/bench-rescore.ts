/**
 * `npm run bench:rescore`: complaint-risk rescoring on a 100k-customer database.
 *
 * 1. Rescoring one customer after a new touchpoint (read their facts, run the engine, store the
 *    assessment, sync the worklist), n times for random customers; the engine alone on the same
 *    inputs, separately.
 * 2. Sustained ingestion at the target rate through the real HTTP API, with rescoring in the
 *    background, while contacts are offered to a signed-in desktop: POST /contacts → the
 *    `contact.offered` message (the pop's gateway side) idle vs under load.
 * Prints figures; asserts nothing.
 */
import { Command } from 'commander';
import pino from 'pino';
import { io } from 'socket.io-client';
import type { ServerToClientEvents } from '../shared/schemas/socket.js';
import { DEFAULT_RULES_FILE, loadConfig } from '../server/config.js';
import { createGateway } from '../server/gateway.js';
import { loadRiskInput } from '../server/preemption/risk-input.js';
import { RiskService } from '../server/preemption/risk-service.js';
import { RulesStore } from '../server/preemption/rules-store.js';
import { ingestTouchpoints } from '../server/touchpoints/ingest.js';
import { BENCH_PASSWORD, BENCH_SECRET, openBenchDatabase } from './lib/bench-db.js';
import { customerId, makeTouchpoint, postSigned } from './lib/simulator.js';
import { positiveInt } from './lib/cli.js';
import { ms, summarize } from './lib/stats.js';

const opts = new Command()
  .option('--customers <n>', 'customers in the database', positiveInt, 100_000)
  .option('--rescores <n>', 'single-customer rescores to time', positiveInt, 1000)
  .option('--rate <n>', 'touchpoints per second to ingest', positiveInt, 1000)
  .option('--seconds <n>', 'how long to sustain the ingest', positiveInt, 20)
  .option('--data-dir <dir>', 'PGlite folder, reused between runs', '.bench/pglite')
  .option('--database-url <url>', 'PostgreSQL instead of PGlite (seeded once if empty)')
  .parse()
  .opts<{ customers: number; rescores: number; rate: number; seconds: number; dataDir: string; databaseUrl?: string }>();

const log = pino({ level: 'warn' });
const { database, dataDir } = await openBenchDatabase(opts.dataDir, opts.customers, opts.databaseUrl);
const { db } = database;
let seed = 42;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const someCustomer = () => customerId(1 + Math.floor(random() * opts.customers));

// --- 1. one customer, after one new touchpoint --------------------------------------------------
const rules = await RulesStore.open(DEFAULT_RULES_FILE, log);
const service = new RiskService({ db, log, rules });
const scoringStarted = performance.now();
const scored = await service.backfill();
if (scored > 0) {
  const seconds = (performance.now() - scoringStarted) / 1000;
  console.log(`Scored ${String(scored)} unscored customers in ${seconds.toFixed(1)} s (${(scored / seconds).toFixed(0)}/s, batches of 25)`);
}
for (let i = 0; i < 50; i++) await service.rescore(someCustomer()); // warm-up
const rescoreTimes: number[] = [];
const engineTimes: number[] = [];
for (let i = 0; i < opts.rescores; i++) {
  const id = someCustomer();
  const event = { ...makeTouchpoint({ customers: opts.customers }, random, i), customerId: id };
  await ingestTouchpoints(db, [event]);
  const t0 = performance.now();
  await service.rescore(id);
  rescoreTimes.push(performance.now() - t0);
  const input = await loadRiskInput(db, id, new Date());
  if (input) {
    const t1 = performance.now();
    service.assess(input);
    engineTimes.push(performance.now() - t1);
  }
}
const rescore = summarize(rescoreTimes);
const engine = summarize(engineTimes);
console.log(`\nbench:rescore — ${String(opts.customers)} customers, ${database.engine}`);
console.log(`  rescore after a touchpoint (n=${String(rescore.n)}): p50 ${ms(rescore.p50)}  p95 ${ms(rescore.p95)}  p99 ${ms(rescore.p99)}  max ${ms(rescore.max)}`);
console.log(`  engine alone (n=${String(engine.n)}):              p50 ${ms(engine.p50)}  p95 ${ms(engine.p95)}  p99 ${ms(engine.p99)}  max ${ms(engine.max)}`);
rules.close();

// --- 2. sustained ingest while contacts pop -----------------------------------------------------
const config = {
  ...loadConfig({ FIREBREAK_PORT: '0', FIREBREAK_WEBHOOK_SECRET: BENCH_SECRET, FIREBREAK_DEMO_PASSWORD: BENCH_PASSWORD }),
  dataDir,
  databaseUrl: opts.databaseUrl,
};
const gateway = await createGateway(config, { database, logger: log, backfillOnStart: false });
const url = await gateway.listen();
const login = (await (
  await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'agent01', password: BENCH_PASSWORD }),
  })
).json()) as { token: string };
const socket = io(url, { auth: { token: login.token }, transports: ['websocket'] });
await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
await socket.emitWithAck('agent.ready', {});

let contactSeq = 0;
/** POST a contact for a random customer; resolves with ms until the offer (with its pop) arrived. */
async function offerOnce(): Promise<number> {
  contactSeq += 1;
  const offered = new Promise<{ contact: { id: string } }>((resolve) => {
    socket.once('contact.offered', resolve as ServerToClientEvents['contact.offered']);
  });
  const t0 = performance.now();
  const res = await postSigned(url, BENCH_SECRET, '/api/v1/contacts', {
    externalId: `bench-rescore-${String(Date.now())}-${String(contactSeq)}`,
    channel: 'voice',
    queue: 'claims-voice',
    from: { customerId: someCustomer() },
  });
  if (res.status !== 202) throw new Error(`contact refused: ${String(res.status)} ${await res.text()}`);
  const offer = await offered;
  const took = performance.now() - t0;
  await socket.emitWithAck('contact.end', { contactId: offer.contact.id });
  return took;
}

const idleOffers: number[] = [];
for (let i = 0; i < 40; i++) idleOffers.push(await offerOnce());

const batchesPerSecond = 10;
const batchSize = Math.ceil(opts.rate / batchesPerSecond);
let sent = 0;
let accepted = 0;
const ingestLatencies: number[] = [];
const loadOffers: number[] = [];
const started = performance.now();
const deadline = started + opts.seconds * 1000;
let tick = 0;
const ingest = (async () => {
  while (performance.now() < deadline) {
    const due = started + (tick * 1000) / batchesPerSecond;
    tick += 1;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const events = Array.from({ length: batchSize }, (_, i) => makeTouchpoint({ customers: opts.customers }, random, sent + i));
    sent += events.length;
    const t0 = performance.now();
    const res = await postSigned(url, BENCH_SECRET, '/api/v1/touchpoints', { events });
    ingestLatencies.push(performance.now() - t0);
    accepted += ((await res.json()) as { accepted: number }).accepted;
  }
})();
const popping = (async () => {
  while (performance.now() < deadline) {
    loadOffers.push(await offerOnce());
    await new Promise((r) => setTimeout(r, 200));
  }
})();
await Promise.all([ingest, popping]);
const elapsed = (performance.now() - started) / 1000;
const drainStart = performance.now();
await gateway.risk.idle();
const drain = (performance.now() - drainStart) / 1000;

const idle = summarize(idleOffers);
const loaded = summarize(loadOffers);
const ingestStats = summarize(ingestLatencies);
console.log(`  ingest: ${String(accepted)} of ${String(sent)} touchpoints accepted in ${elapsed.toFixed(1)} s = ${(accepted / elapsed).toFixed(0)}/s (target ${String(opts.rate)}/s); batch of ${String(batchSize)} p50 ${ms(ingestStats.p50)} p95 ${ms(ingestStats.p95)}`);
console.log(`  rescoring backlog when the ingest stopped: drained in ${drain.toFixed(1)} s`);
console.log(`  POST /contacts → contact.offered (pop included), idle (n=${String(idle.n)}): p50 ${ms(idle.p50)}  p95 ${ms(idle.p95)}  p99 ${ms(idle.p99)}`);
console.log(`  … during the ingest (n=${String(loaded.n)}):                     p50 ${ms(loaded.p50)}  p95 ${ms(loaded.p95)}  p99 ${ms(loaded.p99)}`);

socket.close();
await gateway.close();
await database.close();
