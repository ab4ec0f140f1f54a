/**
 * A real gateway on 127.0.0.1 for the chat load benchmark: the test fixtures plus enough chat
 * agents for every chat (and, if asked, a known customer behind each chat), with the gateway's
 * warnings and errors counted instead of printed.
 */
import { eq } from 'drizzle-orm';
import pino, { type Logger } from 'pino';
import { loadConfig } from '../../server/config.js';
import { openDatabase, type Database } from '../../server/db/client.js';
import { CUSTOMER_NAMESPACE } from '../../shared/schemas/customer-socket.js';
import { agentQueues, agents, customers } from '../../server/db/schema.js';
import { createGateway, type Gateway } from '../../server/gateway.js';
import { baseCustomer, FIXTURE_PASSWORD, loadFixtures } from '../../server/testing/fixtures.js';
import { BENCH_PASSWORD, BENCH_SECRET } from './bench-db.js';

export const CHAT_QUEUE = 'service-chat';
export const AGENT_PASSWORD = FIXTURE_PASSWORD;

/** Counts the gateway's log lines at warn and above, by message, for the report. */
export class LogTally {
  readonly counts = new Map<string, number>();
  write(line: string): void {
    let entry: { level?: number; msg?: string; err?: { message?: string } };
    try {
      entry = JSON.parse(line) as typeof entry;
    } catch {
      entry = { level: 50, msg: line.trim() };
    }
    const level = (entry.level ?? 0) >= 50 ? 'error' : 'warn';
    const key = `${level}: ${entry.msg ?? '?'}${entry.err?.message ? ` (${entry.err.message})` : ''}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
  logger(): Logger {
    return pino({ level: 'warn' }, this);
  }
}

export interface ChatBenchGateway {
  url: string;
  /** Sockets the gateway dropped, by namespace and reason (the clients closing at the end excluded). */
  drops: Map<string, number>;
  /** From now on, disconnects are the clients leaving, not drops. */
  stopCountingDrops(): void;
  gateway: Gateway;
  database: Database;
  agentUsernames: string[];
  /** Phone numbers of the known customers, one per chat; empty for anonymous chats. */
  customerPhones: string[];
  close(): Promise<void>;
}

export interface ChatGatewayOptions {
  chats: number;
  chatCapacity: number;
  /** Each chat is started with the phone of a known customer (messages then go on their timeline). */
  identified: boolean;
  databaseUrl?: string | undefined;
  tally: LogTally;
}

const pad = (n: number) => String(n).padStart(4, '0');

/** Opens the database (in-memory PGlite unless a URL is given), fills it and starts the gateway. */
export async function startChatGateway(o: ChatGatewayOptions): Promise<ChatBenchGateway> {
  const database = await openDatabase({ dataDir: 'memory://', databaseUrl: o.databaseUrl });
  const { db } = database;
  await loadFixtures(database);
  const [template] = await db
    .select({ passwordHash: agents.passwordHash })
    .from(agents)
    .where(eq(agents.id, 'AG-2'));
  if (!template) throw new Error('fixture agent AG-2 is missing');
  const agentCount = Math.ceil(o.chats / o.chatCapacity);
  const rows = Array.from({ length: agentCount }, (_, i) => ({
    id: `BENCH-AG-${pad(i + 1)}`,
    username: `bench.agent${pad(i + 1)}`,
    displayName: `Bench Agent ${pad(i + 1)}`,
    role: 'csr' as const,
    passwordHash: template.passwordHash,
    languages: ['zh-CN' as const, 'en' as const],
  }));
  await db.insert(agents).values(rows);
  await db.insert(agentQueues).values(rows.map((r) => ({ agentId: r.id, queueId: CHAT_QUEUE })));
  const customerPhones = o.identified
    ? Array.from({ length: o.chats }, (_, i) => `+861390000${pad(i + 1)}`)
    : [];
  if (customerPhones.length > 0) {
    await db.insert(customers).values(
      customerPhones.map((phone, i) => ({
        ...baseCustomer,
        id: `CUS-BENCH-${pad(i + 1)}`,
        name: `客户${pad(i + 1)}`,
        phone,
      })),
    );
  }

  const config = {
    ...loadConfig({
      FIREBREAK_PORT: '0',
      FIREBREAK_WEBHOOK_SECRET: BENCH_SECRET,
      FIREBREAK_DEMO_PASSWORD: BENCH_PASSWORD,
      FIREBREAK_CHAT_CAPACITY: String(o.chatCapacity),
      FIREBREAK_RING_TIMEOUT_SECONDS: '120',
    }),
    dataDir: 'memory://',
    databaseUrl: o.databaseUrl,
  };
  const gateway = await createGateway(config, {
    database,
    logger: o.tally.logger(),
    // Every chat comes from 127.0.0.1: the per-address limit would allow 10 a minute.
    chatSessionsPerMinute: o.chats * 2,
  });
  await gateway.router.reloadAgents();
  const url = await gateway.listen();
  await gateway.risk.idle(); // the start-up backfill scores the fixtures (and the bench's customers)
  const drops = new Map<string, number>();
  let counting = true;
  for (const ns of [gateway.io.of('/'), gateway.io.of(CUSTOMER_NAMESPACE)]) {
    ns.on(
      'connection',
      (socket: { on(event: 'disconnect', listener: (reason: string) => void): void }) => {
        socket.on('disconnect', (reason) => {
          const key = `${ns.name === '/' ? 'desktop' : 'customer'} socket dropped by the gateway: ${reason}`;
          if (counting) drops.set(key, (drops.get(key) ?? 0) + 1);
        });
      },
    );
  }
  return {
    url,
    drops,
    stopCountingDrops: () => {
      counting = false;
    },
    gateway,
    database,
    agentUsernames: rows.map((r) => r.username),
    customerPhones,
    async close() {
      await gateway.close();
      await database.close();
    },
  };
}
