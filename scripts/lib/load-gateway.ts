/**
 * The load benchmark's gateway: a seeded database (in-memory PGlite, or a throw-away PostgreSQL
 * database), `agents` agents on `queues` voice queues with a signed-in session each, and a gateway
 * on one fixed 127.0.0.1 port that can be restarted in-process on the same database and port, so
 * the desktops reconnect to the URL they had, as they would after a gateway process restart.
 */
import { count, eq, inArray } from 'drizzle-orm';
import { findAgentById } from '../../server/auth/agent-repository.js';
import { loadConfig, type GatewayConfig } from '../../server/config.js';
import { openDatabase, type Database } from '../../server/db/client.js';
import { agentQueues, agents, contacts, queues } from '../../server/db/schema.js';
import { createGateway, type Gateway } from '../../server/gateway.js';
import { within } from '../../server/http/shutdown.js';
import { seedDatabase } from '../../server/seed/seed.js';
import { createScratchDatabase } from '../../server/testing/scratch-postgres.js';
import { BENCH_PASSWORD, BENCH_SECRET } from './bench-db.js';
import { inBatches } from './chat-traffic.js';
import { GatewayLogs } from './gateway-logs.js';

const TOKEN_SECRET = 'bench-load-token-secret-0123456789-0123456789';

export interface LoadGatewayOptions {
  agents: number;
  queues: number;
  /** Seeded customers the contacts come from. */
  customers: number;
  /** Contacts per second: the per-source webhook limit is raised above what retries may bring. */
  rate: number;
  /** A PostgreSQL server: a throw-away database is made there and dropped at `close()`. */
  postgresUrl?: string | undefined;
  log: (line: string) => void;
}

export interface LoadGateway {
  url: string;
  engine: 'PGlite (in memory)' | 'PostgreSQL';
  /** The gateway now serving (a new one after each restart). */
  readonly gateway: Gateway;
  database: Database;
  queueIds: string[];
  /** One access token per agent, in the order of `agentIds`. */
  agentIds: string[];
  tokens: string[];
  /**
   * Closes the gateway (which lets routing's queued steps run out, for at most 10 s) and starts a
   * new one on the same database and port, timed. `queued`: whether those steps were done.
   */
  restart(): Promise<{
    closeMs: number;
    flushMs: number;
    queued: 'done' | 'not done';
    startMs: number;
  }>;
  /** The gateways' warnings and errors, those logged after a close labelled so. */
  logs: GatewayLogs;
  /** Where these contacts stand in the database (by state; `missing`: never stored). */
  statesOf(externalIds: readonly string[]): Promise<[string, number][]>;
  /**
   * The gateway, its routing queue (bounded), then the database (then the scratch database).
   * False when routing steps were still queued as the database closed.
   */
  close(): Promise<boolean>;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** After Gateway.close() (which gave them 10 s): had every routing step queued run out? */
const routingDrained = (gateway: Gateway): Promise<boolean> => within(gateway.router.drain(), 50);

/** Voice queues and agents (each on two of them), next to the seed's own. */
async function addFloor(database: Database, size: { agents: number; queues: number }) {
  const { db } = database;
  const [template] = await db
    .select({ passwordHash: agents.passwordHash })
    .from(agents)
    .where(eq(agents.username, 'zhang.lead'));
  if (!template) throw new Error('the seed has no zhang.lead to copy a password hash from');
  const queueIds = Array.from({ length: size.queues }, (_, q) => `load-voice-${pad(q + 1, 2)}`);
  await db.insert(queues).values(
    queueIds.map((id, q) => ({
      id,
      name: `Load voice ${pad(q + 1, 2)}`,
      channel: 'voice' as const,
    })),
  );
  const agentIds = Array.from({ length: size.agents }, (_, i) => `LOAD-AG-${pad(i + 1, 4)}`);
  for (let from = 0; from < agentIds.length; from += 500) {
    const ids = agentIds.slice(from, from + 500);
    await db.insert(agents).values(
      ids.map((id, j) => ({
        id,
        username: `load.agent${pad(from + j + 1, 4)}`,
        displayName: `Load Agent ${pad(from + j + 1, 4)}`,
        role: 'csr' as const,
        passwordHash: template.passwordHash,
        languages: ['zh-CN' as const, 'en' as const],
      })),
    );
    // Two queues each, spread so every queue has about the same staff.
    const skills = ids.flatMap((agentId, j) => {
      const i = from + j;
      const first = i % size.queues;
      const second =
        (first + 1 + (Math.floor(i / size.queues) % Math.max(1, size.queues - 1))) % size.queues;
      return [...new Set([first, second])].map((q) => ({
        agentId,
        queueId: queueIds[q] as string,
      }));
    });
    await db.insert(agentQueues).values(skills);
  }
  return { queueIds, agentIds };
}

export async function startLoadGateway(o: LoadGatewayOptions): Promise<LoadGateway> {
  const scratch =
    o.postgresUrl === undefined
      ? null
      : await createScratchDatabase(o.postgresUrl, 'firebreak_bench_load');
  const database = await openDatabase({ dataDir: 'memory://', databaseUrl: scratch?.url });
  const seeded = performance.now();
  await seedDatabase(database, { customers: o.customers, demoPassword: BENCH_PASSWORD });
  const { queueIds, agentIds } = await addFloor(database, o);
  o.log(
    `   seeded ${String(o.customers)} customers, ${String(o.agents)} agents on ${String(o.queues)} voice queues in ${((performance.now() - seeded) / 1000).toFixed(1)} s`,
  );

  const configFor = (port: number): GatewayConfig => ({
    ...loadConfig({
      FIREBREAK_PORT: String(port),
      FIREBREAK_HOST: '127.0.0.1',
      FIREBREAK_WEBHOOK_SECRET: BENCH_SECRET,
      FIREBREAK_DEMO_PASSWORD: BENCH_PASSWORD,
      // The same signing key across the restart: the desktops' access tokens stay good.
      FIREBREAK_TOKEN_SECRET: TOKEN_SECRET,
      // One source posts every contact, and after a restart its retries arrive together.
      FIREBREAK_WEBHOOK_RATE_LIMIT: String(Math.max(100, o.rate * 10)),
    }),
    dataDir: 'memory://',
    databaseUrl: scratch?.url,
  });
  // Each gateway has its own connections on PostgreSQL, as a process of its own would; in-memory
  // PGlite has one connection, shared by the gateways and the bench.
  const logs = new GatewayLogs();
  const start = async (port: number) => {
    const db =
      scratch === null
        ? database
        : await openDatabase({ dataDir: 'memory://', databaseUrl: scratch.url });
    const log = logs.open();
    const started = await createGateway(configFor(port), { database: db, logger: log.logger });
    return { gateway: started, db, log };
  };
  let live = await start(0);
  const url = await live.gateway.listen();
  const port = Number(new URL(url).port);
  await live.gateway.risk.idle(); // the start-up backfill scores the seeded customers

  // Sessions opened directly, as the other benches do: no password hashing for a thousand sign-ins.
  const tokens = await inBatches(agentIds, 50, async (id) => {
    const agent = await findAgentById(database.db, id);
    if (!agent) throw new Error(`no agent ${id}`);
    const session = await live.gateway.sessions.open(agent, {
      userAgent: 'bench-load',
      origin: null,
      ip: null,
    });
    return session.accessToken;
  });

  return {
    url,
    engine: scratch === null ? 'PGlite (in memory)' : 'PostgreSQL',
    get gateway() {
      return live.gateway;
    },
    database,
    queueIds,
    agentIds,
    tokens,
    logs,
    async restart() {
      const closing = performance.now();
      const old = live;
      await old.gateway.close();
      const closedAt = performance.now();
      old.log.relabel('the closed gateway, after its close');
      const queued = (await routingDrained(old.gateway)) ? 'done' : 'not done';
      // Steps still queued in the old router must not run beside its successor (PostgreSQL: its
      // own connections go, so they fail, as in a process exiting).
      if (old.db !== database) await old.db.close();
      old.gateway.router.close(); // and the ring timers those steps armed go with it
      const starting = performance.now();
      live = await start(port);
      await live.gateway.listen();
      return {
        closeMs: closedAt - closing,
        flushMs: starting - closedAt,
        queued,
        startMs: performance.now() - starting,
      };
    },
    async statesOf(externalIds) {
      const found = new Map<string, number>();
      for (let from = 0; from < externalIds.length; from += 500) {
        const rows = await database.db
          .select({ state: contacts.state, n: count() })
          .from(contacts)
          .where(inArray(contacts.externalId, externalIds.slice(from, from + 500)))
          .groupBy(contacts.state);
        for (const { state, n } of rows) found.set(state, (found.get(state) ?? 0) + n);
      }
      const stored = [...found.values()].reduce((a, b) => a + b, 0);
      if (stored < externalIds.length) found.set('missing', externalIds.length - stored);
      return [...found];
    },
    async close() {
      await live.gateway.close();
      live.log.relabel('after the shut-down began');
      const drained = await routingDrained(live.gateway);
      if (live.db !== database) await live.db.close();
      await database.close();
      await scratch?.drop();
      return drained;
    },
  };
}
