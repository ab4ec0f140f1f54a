/**
 * `npm run bench:routing`: the routing issue's two latency targets, measured; prints figures and
 * asserts nothing (results: docs/benchmarks.md).
 *
 * 1. Routing decisions in memory: a RoutingTable of 500 agents and 2,000 waiting contacts (seeded,
 *    so runs compare), timing `bestAgentFor(a waiting contact)` and `bestContactFor(a signed-in
 *    agent)`. Target: p99 < 5 ms.
 * 2. Chat delivery through a real gateway on 127.0.0.1 (in-memory PGlite unless --database-url),
 *    clients in a worker thread: 300 chats accepted by 100 agents (3 each). In every round each
 *    customer writes and their agent answers on receipt — paced (at random moments in a window),
 *    then in a burst (all at once). Timed from one side's send to the other side's `chat.message`.
 *    Target: p99 < 50 ms.
 */
import { availableParallelism } from 'node:os';
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { Command, Option } from 'commander';
import { AGENT_PASSWORD, LogTally, startChatGateway } from './lib/chat-gateway.js';
import { runChatClients, type PhaseName, type PhaseResult } from './lib/chat-clients.js';
import { positiveInt } from './lib/cli.js';
import { fmtMs, printLatencyTable } from './lib/latency-table.js';
import { progressBar } from './lib/progress.js';
import { buildWorld, timeDecisions } from './lib/routing-world.js';

const opts = new Command()
  .option('--agents <n>', 'agents in the routing table', positiveInt, 500)
  .option('--waiting <n>', 'contacts waiting in the routing table', positiveInt, 2000)
  .option('--decisions <n>', 'decisions of each kind to time', positiveInt, 20_000)
  .option('--chats <n>', 'simultaneous chats through the gateway', positiveInt, 300)
  .option(
    '--rounds <n>',
    "rounds per phase; a round: every chat's customer writes, its agent answers",
    positiveInt,
    10,
  )
  .option(
    '--pace-window <ms>',
    'paced phase: each customer writes at a random moment in this window',
    positiveInt,
    3000,
  )
  .option('--chat-capacity <n>', 'chats per agent (agents = chats / capacity)', positiveInt, 3)
  .option(
    '--identified',
    'chats from known customers: every message also goes on their timeline and rescores them',
    false,
  )
  .option('--database-url <url>', 'an empty PostgreSQL database instead of in-memory PGlite')
  .addOption(new Option('--only <part>', 'run one part').choices(['routing', 'chat']))
  .parse()
  .opts<{
    agents: number;
    waiting: number;
    decisions: number;
    chats: number;
    rounds: number;
    paceWindow: number;
    chatCapacity: number;
    identified: boolean;
    databaseUrl?: string;
    only?: 'routing' | 'chat';
  }>();

const ROUTING_TARGET_MS = 5;
const DELIVERY_TARGET_MS = 50;
const MESSAGE_TIMEOUT_MS = 5000;
const pct = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(0)} %`;

function routingDecisions(): void {
  const built = performance.now();
  const world = buildWorld({ agents: opts.agents, waiting: opts.waiting });
  console.log(
    `\n1. Routing decisions — ${String(opts.agents)} agents, ${String(opts.waiting)} waiting contacts (seed 42, built in ${fmtMs(performance.now() - built)})`,
  );
  console.log(
    `   ${Object.entries(world.facts)
      .map(([k, v]) => `${k} ${String(v)}`)
      .join(', ')}`,
  );
  const bar = progressBar('deciding', opts.decisions);
  const t = timeDecisions(world, opts.decisions, 7, (done) => bar.update(done));
  bar.stop();
  printLatencyTable([
    { label: 'bestAgentFor(waiting contact)', samples: t.agentFor, targetP99: ROUTING_TARGET_MS },
    { label: 'bestContactFor(ready agent)', samples: t.contactFor, targetP99: ROUTING_TARGET_MS },
  ]);
  console.log(
    `   an agent was found for ${pct(t.agentFound, opts.decisions)} of contacts, a contact for ${pct(t.contactFound, opts.decisions)} of agents`,
  );
}

const fmtLoop = (h: IntervalHistogram) =>
  `p50 ${fmtMs(h.percentile(50) / 1e6)}, p99 ${fmtMs(h.percentile(99) / 1e6)}, max ${fmtMs(h.max / 1e6)}`;

async function chatDelivery(): Promise<void> {
  const tally = new LogTally();
  const started = performance.now();
  const bench = await startChatGateway({
    chats: opts.chats,
    chatCapacity: opts.chatCapacity,
    identified: opts.identified,
    databaseUrl: opts.databaseUrl,
    tally,
  });
  const engine = bench.database.engine === 'pglite' ? 'PGlite (in-memory)' : 'PostgreSQL';
  console.log(
    `\n2. Chat delivery — ${engine}; gateway on ${bench.url} (main thread), clients in a worker thread`,
  );
  console.log(
    `   gateway started with fixtures + ${String(bench.agentUsernames.length)} chat agents in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  // The gateway's event-loop delay, per phase: how long its thread was too busy to serve anyone.
  const loops = new Map<PhaseName, IntervalHistogram>();
  let bar = progressBar('setting up', 1);
  const done = await runChatClients(
    {
      url: bench.url,
      agentUsernames: bench.agentUsernames,
      password: AGENT_PASSWORD,
      chats: opts.chats,
      customerPhones: bench.customerPhones,
      rounds: opts.rounds,
      paceWindowMs: opts.paceWindow,
      timeoutMs: MESSAGE_TIMEOUT_MS,
    },
    (r) => {
      if (r.kind === 'ready') {
        bar.stop();
        console.log(
          `   ${String(r.agents)} agents signed in, ${String(r.chats)} chats accepted (${String(r.perAgent[0])}–${String(r.perAgent[1])} per agent), ` +
            `${opts.identified ? 'known customers (messages on their timeline)' : 'anonymous customers'}; clients set up in ${(r.setupMs / 1000).toFixed(1)} s`,
        );
      } else if (r.kind === 'phase') {
        bar.stop();
        for (const h of loops.values()) h.disable();
        const h = monitorEventLoopDelay({ resolution: 10 });
        h.enable();
        loops.set(r.phase, h);
        bar = progressBar(`${r.phase} rounds`, opts.rounds);
      } else if (r.kind === 'round') {
        bar.update(r.round);
      } else if (r.kind === 'closing') {
        bar.stop();
        bench.stopCountingDrops();
      } else {
        for (const h of loops.values()) h.disable();
      }
    },
  );

  const rows = (phase: PhaseName, result: PhaseResult) => [
    { label: `${phase}: customer → agent`, samples: result.toAgent, targetP99: DELIVERY_TARGET_MS },
    {
      label: `${phase}: agent → customer`,
      samples: result.toCustomer,
      targetP99: DELIVERY_TARGET_MS,
    },
    {
      label: `${phase}: both directions`,
      samples: [...result.toAgent, ...result.toCustomer],
      targetP99: DELIVERY_TARGET_MS,
    },
  ];
  console.log(
    `   send → chat.message on the other side; ${String(opts.rounds)} rounds per phase, a round = one exchange in every chat:`,
  );
  console.log(
    `   paced: each customer writes at a random moment in a ${String(opts.paceWindow)} ms window; burst: all ${String(opts.chats)} at once`,
  );
  printLatencyTable([...rows('paced', done.paced), ...rows('burst', done.burst)]);
  for (const [phase, result] of [
    ['paced', done.paced],
    ['burst', done.burst],
  ] as const) {
    const delivered = result.toAgent.length + result.toCustomer.length;
    const loop = loops.get(phase);
    const stopped =
      result.rounds < opts.rounds
        ? ` (stopped after round ${String(result.rounds)}: nothing arrived)`
        : '';
    const dropped = opts.chats - result.chatsLeft;
    console.log(
      `   ${phase}: ${String(delivered)} messages in ${result.seconds.toFixed(1)} s = ${(delivered / result.seconds).toFixed(0)} messages/s, ` +
        `${String(result.lost)} not delivered within ${String(MESSAGE_TIMEOUT_MS / 1000)} s${stopped}; ` +
        (dropped === 0
          ? 'every chat still connected'
          : `${String(dropped)} chats have lost a socket by now (not used after)`),
    );
    const c = result.clientLoop;
    console.log(
      `     event-loop delay: gateway ${loop ? fmtLoop(loop) : '—'}; clients p50 ${fmtMs(c.p50)}, p99 ${fmtMs(c.p99)}, max ${fmtMs(c.max)}`,
    );
  }
  const logged = [...tally.counts, ...bench.drops, ...done.problems];
  console.log(
    logged.length === 0
      ? '   gateway log: no warnings or errors; clients: no refusals or disconnects'
      : '   gateway log and client problems:',
  );
  for (const [what, n] of logged) console.log(`     ${String(n)} × ${what}`);

  await new Promise((r) => setTimeout(r, 200)); // let the gateway see the clients go
  await bench.close();
}

console.log(`bench:routing — Node ${process.version}, ${String(availableParallelism())} cores`);
if (opts.only !== 'chat') routingDecisions();
if (opts.only !== 'routing') await chatDelivery();
