/**
 * The console benchmark's contact centre: `queues` queues (voice and chat alternately) and
 * `agents` agents staffed on one to three of them, written next to the seed's own. Drawn from
 * one seeded randomizer, so every run has the same centre.
 */
import { eq } from 'drizzle-orm';
import type { ContactChannel } from '../../shared/domain.js';
import type { Database } from '../../server/db/client.js';
import { agentQueues, agents, queues } from '../../server/db/schema.js';
import { Rand } from '../../server/seed/rng.js';

export interface ConsoleWorld {
  queues: { id: string; channel: ContactChannel }[];
  agents: { id: string; role: 'csr' | 'specialist' }[];
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Inserts the queues and agents (password hash copied from a seeded agent; the bench opens their sessions directly). */
export async function buildConsoleWorld(
  database: Database,
  size: { agents: number; queues: number; seed?: number },
): Promise<ConsoleWorld> {
  const { db } = database;
  const rand = new Rand();
  rand.reseed(size.seed ?? 42);
  const [template] = await db
    .select({ passwordHash: agents.passwordHash })
    .from(agents)
    .where(eq(agents.username, 'zhang.lead'));
  if (!template) throw new Error('the seed has no zhang.lead to copy a password hash from');

  const queueRows = Array.from({ length: size.queues }, (_, i) => ({
    id: `bq-${pad(i + 1, 2)}`,
    name: `Bench queue ${pad(i + 1, 2)}`,
    channel: i % 2 === 0 ? ('voice' as const) : ('chat' as const),
  }));
  await db.insert(queues).values(queueRows);

  const agentRows = Array.from({ length: size.agents }, (_, i) => ({
    id: `BQ-AG-${pad(i + 1, 4)}`,
    username: `bench.console${pad(i + 1, 4)}`,
    displayName: `Bench Agent ${pad(i + 1, 4)}`,
    role: rand.chance(0.15) ? ('specialist' as const) : ('csr' as const),
    passwordHash: template.passwordHash,
    languages: ['zh-CN' as const, 'en' as const],
  }));
  await db.insert(agents).values(agentRows);
  const staffing = agentRows.flatMap((agent) => {
    const mine = new Set<string>();
    const wanted = rand.int(1, 3);
    while (mine.size < wanted) mine.add(rand.pick(queueRows).id);
    return [...mine].map((queueId) => ({ agentId: agent.id, queueId }));
  });
  await db.insert(agentQueues).values(staffing);
  return {
    queues: queueRows.map(({ id, channel }) => ({ id, channel })),
    agents: agentRows.map(({ id, role }) => ({ id, role })),
  };
}
