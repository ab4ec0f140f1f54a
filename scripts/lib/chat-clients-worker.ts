/**
 * Worker thread (see chat-clients.ts): signs the agents in, opens the chats, waits until every
 * chat is accepted, then drives the timed exchanges and reports the latencies.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import type { ChatClientsJob, PhaseName, PhaseResult, WorkerReport } from './chat-clients.js';
import {
  connectAgent,
  exchange,
  inBatches,
  InFlight,
  startCustomerChat,
  type BenchAgent,
  type BenchChat,
  type Exchange,
} from './chat-traffic.js';

const job = workerData as ChatClientsJob;
const report = (r: WorkerReport) => parentPort?.postMessage(r);
const problems = new Map<string, number>();
let closing = false;
/** Counted by kind: contact ids and agent numbers left out. */
const onError = (what: string) => {
  if (closing) return;
  const kind = what.replace(/CT-[0-9a-f-]+/g, 'CT-…').replace(/bench\.agent\d+/g, 'bench.agent…');
  problems.set(kind, (problems.get(kind) ?? 0) + 1);
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Seeded, so the paced phase writes at the same moments every run. */
let seed = 20_261_120;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;

const setupStarted = performance.now();
const toAgents = new InFlight();
const toCustomers = new InFlight();
const owner = new Map<string, BenchAgent>();
const agents = await inBatches(job.agentUsernames, 10, (username) =>
  connectAgent(
    job.url,
    username,
    job.password,
    toAgents,
    (contactId, agent) => owner.set(contactId, agent),
    onError,
  ),
);
const customers = await inBatches(
  Array.from({ length: job.chats }, (_, i) => i),
  10,
  (i) => {
    const phone = job.customerPhones[i];
    const request = {
      name: `Bench Customer ${String(i + 1)}`,
      language: 'zh-CN' as const,
      message: '你好，我想问一下我的保单',
    };
    return startCustomerChat(
      job.url,
      phone ? { ...request, phone } : request,
      toCustomers,
      onError,
    );
  },
);
const acceptDeadline = performance.now() + job.timeoutMs;
while (!customers.every((c) => owner.has(c.contactId))) {
  if (performance.now() > acceptDeadline)
    throw new Error('not every chat was offered and accepted in time');
  await sleep(50);
}
const chats: BenchChat[] = customers.map((customer) => ({
  contactId: customer.contactId,
  customer,
  agent: owner.get(customer.contactId) as BenchAgent,
}));
const load = new Map<string, number>();
for (const c of chats) load.set(c.agent.username, (load.get(c.agent.username) ?? 0) + 1);

const queues = { agents: toAgents, customers: toCustomers };
const setupMs = performance.now() - setupStarted;

/** Both sides still connected (the clients do not reconnect: a dropped chat leaves the benchmark). */
const alive = (c: BenchChat) => c.customer.socket.connected && c.agent.socket.connected;

/** One exchange in every live chat: at once, or each customer at a random moment within `windowMs`. */
function round(label: string, windowMs: number): Promise<Exchange[]> {
  return Promise.all(
    chats.filter(alive).map(async (c): Promise<Exchange> => {
      if (windowMs > 0) await sleep(random() * windowMs);
      return exchange(c, label, queues, job.timeoutMs, onError);
    }),
  );
}

await round('warm-up', job.paceWindowMs);
report({
  kind: 'ready',
  agents: agents.length,
  chats: chats.length,
  perAgent: [Math.min(...load.values()), Math.max(...load.values())],
  setupMs,
});

/** Up to `job.rounds` rounds; stops early after a round in which nothing arrived (the sockets are gone). */
async function phase(name: PhaseName, windowMs: number): Promise<PhaseResult> {
  report({ kind: 'phase', phase: name });
  const result: PhaseResult = {
    toAgent: [],
    toCustomer: [],
    lost: 0,
    rounds: 0,
    chatsLeft: 0,
    seconds: 0,
    clientLoop: { p50: 0, p99: 0, max: 0 },
  };
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const started = performance.now();
  for (let n = 1; n <= job.rounds; n++) {
    const roundStarted = performance.now();
    const exchanges = await round(`${name} ${String(n)}`, windowMs);
    let arrived = 0;
    for (const e of exchanges) {
      if (e.toAgent === null) result.lost += 1;
      else result.toAgent.push(e.toAgent);
      if (e.toCustomer === null) result.lost += 1;
      else result.toCustomer.push(e.toCustomer);
      if (e.toAgent !== null || e.toCustomer !== null) arrived += 1;
    }
    result.rounds = n;
    report({ kind: 'round', phase: name, round: n });
    if (arrived === 0) break;
    // Paced rounds last the whole window, so the rate stays chats × 2 per window.
    const left = windowMs - (performance.now() - roundStarted);
    if (left > 0) await sleep(left);
  }
  result.seconds = (performance.now() - started) / 1000;
  result.chatsLeft = chats.filter(alive).length;
  loop.disable();
  result.clientLoop = {
    p50: loop.percentile(50) / 1e6,
    p99: loop.percentile(99) / 1e6,
    max: loop.max / 1e6,
  };
  return result;
}

// Paced first: a burst can leave the gateway unable to answer heartbeats, and its sockets gone.
const paced = await phase('paced', job.paceWindowMs);
const burst = await phase('burst', 0);
report({ kind: 'closing' });
closing = true;
for (const c of customers) c.socket.close();
for (const a of agents) a.socket.close();
report({ kind: 'done', burst, paced, problems: [...problems] });
