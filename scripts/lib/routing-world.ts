/**
 * A synthetic contact centre for timing routing decisions: agents with mixed roles, skills,
 * languages, presence and load, and a queue of waiting contacts, all drawn from one seeded
 * randomizer so every run decides over the same world.
 */
import type { AgentRole, ContactChannel, Language } from '../../shared/domain.js';
import { URGENT_BOOST } from '../../server/routing/priority.js';
import {
  RoutingTable,
  type AgentSlot,
  type WaitingContact,
} from '../../server/routing/routing-table.js';
import { Rand, type Weighted } from '../../server/seed/rng.js';

export const BENCH_QUEUES: readonly { id: string; channel: ContactChannel }[] = [
  { id: 'claims-voice', channel: 'voice' },
  { id: 'claims-chat', channel: 'chat' },
  { id: 'service-voice', channel: 'voice' },
  { id: 'service-chat', channel: 'chat' },
  { id: 'renewals-voice', channel: 'voice' },
  { id: 'billing-chat', channel: 'chat' },
  { id: 'complaints-voice', channel: 'voice' },
  { id: 'complaints-chat', channel: 'chat' },
];

const ROLES: Weighted<AgentRole> = [
  ['csr', 85],
  ['specialist', 10],
  ['lead', 5],
];
const CONTACT_LANGUAGES: Weighted<Language | null> = [
  ['zh-CN', 70],
  ['en', 20],
  ['fa', 5],
  [null, 5],
];
const TIER_POINTS = [0, 10, 20, 30, 40, 50] as const;

export interface WorldSize {
  agents: number;
  waiting: number;
  seed?: number;
}

export interface World {
  table: RoutingTable;
  agents: AgentSlot[];
  waiting: WaitingContact[];
  /** What the world holds, for the report. */
  facts: Record<string, number>;
}

const pad = (n: number) => String(n).padStart(4, '0');

function makeAgent(rand: Rand, i: number, now: number): AgentSlot {
  const skills = new Set<string>();
  const wanted = rand.int(1, 4);
  while (skills.size < wanted) skills.add(rand.pick(BENCH_QUEUES).id);
  const languages = new Set<Language>(['zh-CN']);
  if (rand.chance(0.5)) languages.add('en');
  if (rand.chance(0.08)) languages.add('fa');
  const ready = rand.chance(0.9);
  // Load: a third on a call, the rest between 0 and 3 chats (capacity 3: some are full).
  const onCall = rand.chance(0.3);
  return {
    id: `AG-${pad(i)}`,
    role: rand.weighted(ROLES),
    queues: skills,
    languages,
    chatCapacity: 3,
    ready,
    away: ready && rand.chance(0.15),
    voice: onCall ? 1 : 0,
    chats: onCall ? 0 : rand.int(0, 3),
    freeSince: now - rand.int(0, 30 * 60_000),
  };
}

function makeContact(
  rand: Rand,
  i: number,
  now: number,
  agentIds: readonly string[],
): WaitingContact {
  const queue = rand.pick(BENCH_QUEUES);
  const urgent = rand.chance(0.05);
  const priority = rand.pick(TIER_POINTS) + rand.int(0, 100) + (urgent ? URGENT_BOOST : 0);
  const skipped = rand.chance(0.1) ? rand.int(1, 3) : 0;
  const skippedBy = Array.from({ length: skipped }, () => rand.pick(agentIds));
  return {
    id: `CT-${pad(i)}`,
    channel: queue.channel,
    queueId: queue.id,
    language: rand.weighted(CONTACT_LANGUAGES),
    priority,
    urgent,
    queuedAt: now - rand.int(0, 20 * 60_000),
    // A few cold transfers to one named agent.
    targetAgentId: rand.chance(0.01) ? rand.pick(agentIds) : null,
    skippedBy,
  };
}

/** Builds the routing table; the same `seed` gives the same world. */
export function buildWorld({ agents, waiting, seed = 42 }: WorldSize): World {
  const rand = new Rand();
  rand.reseed(seed);
  const now = Date.UTC(2026, 10, 20, 9, 0, 0);
  const table = new RoutingTable();
  const agentSlots = Array.from({ length: agents }, (_, i) => makeAgent(rand, i + 1, now));
  for (const a of agentSlots) table.agents.set(a.id, a);
  const ids = agentSlots.map((a) => a.id);
  const contacts = Array.from({ length: waiting }, (_, i) => makeContact(rand, i + 1, now, ids));
  for (const c of contacts) table.waiting.set(c.id, c);
  const count = <T>(items: readonly T[], test: (item: T) => boolean) => items.filter(test).length;
  return {
    table,
    agents: agentSlots,
    waiting: contacts,
    facts: {
      specialists: count(agentSlots, (a) => a.role === 'specialist'),
      'ready agents': count(agentSlots, (a) => a.ready && !a.away),
      'away agents': count(agentSlots, (a) => a.away),
      'agents with room for a chat': count(
        agentSlots,
        (a) => a.ready && !a.away && a.voice === 0 && a.chats < a.chatCapacity,
      ),
      'voice contacts': count(contacts, (c) => c.channel === 'voice'),
      'urgent contacts': count(contacts, (c) => c.urgent),
      'contacts skipped by someone': count(contacts, (c) => c.skippedBy.length > 0),
      'cold transfers to one agent': count(contacts, (c) => c.targetAgentId !== null),
    },
  };
}

export interface DecisionTimes {
  /** Milliseconds per decision. */
  agentFor: number[];
  contactFor: number[];
  /** Decisions that found someone (the rest: nobody fits). */
  agentFound: number;
  contactFound: number;
}

/**
 * Times `bestAgentFor(random waiting contact)` and `bestContactFor(random signed-in, present
 * agent)` — the router only looks for work for those — `n` of each, interleaved, after an untimed
 * warm-up. The table is not changed.
 */
export function timeDecisions(
  world: World,
  n: number,
  seed = 7,
  onProgress?: (done: number) => void,
): DecisionTimes {
  const rand = new Rand();
  rand.reseed(seed);
  const { table, waiting } = world;
  const agents = world.agents.filter((a) => a.ready && !a.away);
  for (let i = 0; i < Math.min(2000, n); i++) {
    table.bestAgentFor(rand.pick(waiting));
    table.bestContactFor(rand.pick(agents));
  }
  const times: DecisionTimes = { agentFor: [], contactFor: [], agentFound: 0, contactFound: 0 };
  for (let i = 0; i < n; i++) {
    const contact = rand.pick(waiting);
    const agent = rand.pick(agents);
    const t0 = process.hrtime.bigint();
    const a = table.bestAgentFor(contact);
    const t1 = process.hrtime.bigint();
    const c = table.bestContactFor(agent);
    const t2 = process.hrtime.bigint();
    times.agentFor.push(Number(t1 - t0) / 1e6);
    times.contactFor.push(Number(t2 - t1) / 1e6);
    if (a) times.agentFound += 1;
    if (c) times.contactFound += 1;
    if (onProgress && (i + 1) % 1000 === 0) onProgress(i + 1);
  }
  return times;
}
