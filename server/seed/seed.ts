/**
 * The deterministic demo-data seed: same options, same rows. Everything is dated relative to
 * `anchor` (default today 00:00 UTC). Customers are generated and COPY-loaded in chunks so that
 * 100k customers / 2M touchpoints never sit in memory at once.
 *
 * Nothing half written: on PGlite the whole seed is one transaction; on PostgreSQL (where COPY
 * runs on its own pooled connection) agents are written last, so a database with data but no
 * agents is reported as `incomplete`, never mistaken for seeded.
 */
import { count, sql } from 'drizzle-orm';
import { hashPassword } from '../auth/password.js';
import type { Database } from '../db/client.js';
import { agents, customers, partners } from '../db/schema.js';
import type { CustomerTables, OriginLink } from './chunk.js';
import { customerTables, generateCustomerRows } from './chunk.js';
import { PartnerDirectory, newCounters } from './context.js';
import type { SeedContext } from './context.js';
import { insertAgents, insertPartnersQueuesScripts } from './load-reference.js';
import { DEMO_AGENTS, buildAdvisors, buildPartners } from './reference.js';
import { Rand } from './rng.js';
import { addDays, startOfUtcDay } from './time.js';
import { findBrokenReferences } from './verify.js';

export { DEMO_AGENTS, DEMO_USERNAMES, QUEUES } from './reference.js';
export type { DemoAgent, QueueId } from './reference.js';
export { SCRIPT_PLACEHOLDER_NAMES } from './scripts-catalog.js';

export type SeedPhase = 'reference' | 'customers' | 'agents' | 'analyze' | 'done';

export interface SeedOptions {
  customers: number;
  seed?: number;
  /** Day everything is relative to; default today 00:00 UTC. */
  anchor?: Date;
  demoPassword: string;
  /** Customers per COPY batch (does not change the generated rows). Default 2000. */
  chunkSize?: number;
  onProgress?: (done: number, total: number, phase: SeedPhase) => void;
}

export interface SeedSummary {
  partners: number;
  queues: number;
  scripts: number;
  customers: number;
  policies: number;
  claims: number;
  touchpoints: number;
  complaints: number;
  promises: number;
  agents: number;
  agentQueues: number;
}

export type SeedStateName = 'empty' | 'seeded' | 'incomplete' | 'not_empty';
export interface SeedState {
  state: SeedStateName;
  customers: number;
  agents: number;
}

export class SeedError extends Error {
  override readonly name = 'SeedError';
}

export const DEFAULT_SEED = 42;
export const DEFAULT_CHUNK_SIZE = 2000;
export const MAX_CUSTOMERS = 5_000_000;

/**
 * `seeded`: a seed finished (partners exist and agents, written last, too). `incomplete`: seed
 * data without agents, i.e. a seed that stopped midway. `not_empty`: agents but no seed data.
 */
export async function readSeedState(database: Database): Promise<SeedState> {
  const [c] = await database.db.select({ n: count() }).from(customers);
  const [a] = await database.db.select({ n: count() }).from(agents);
  const [p] = await database.db.select({ n: count() }).from(partners);
  const customerCount = c?.n ?? 0;
  const agentCount = a?.n ?? 0;
  const partnerCount = p?.n ?? 0;
  let state: SeedStateName;
  if (agentCount > 0) state = partnerCount > 0 ? 'seeded' : 'not_empty';
  else state = customerCount > 0 || partnerCount > 0 ? 'incomplete' : 'empty';
  return { state, customers: customerCount, agents: agentCount };
}

function validate(options: SeedOptions): void {
  if (
    !Number.isInteger(options.customers) ||
    options.customers < 0 ||
    options.customers > MAX_CUSTOMERS
  ) {
    throw new SeedError(`customers must be a whole number from 0 to ${MAX_CUSTOMERS}`);
  }
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffff_ffff)
    throw new SeedError('seed must be a whole number from 0 to 4294967295');
  if (options.anchor && Number.isNaN(options.anchor.getTime()))
    throw new SeedError('anchor is not a valid date');
  if (
    options.chunkSize !== undefined &&
    (!Number.isInteger(options.chunkSize) || options.chunkSize < 1)
  ) {
    throw new SeedError('chunkSize must be a whole number ≥ 1');
  }
  if (options.demoPassword.length === 0) throw new SeedError('the demo password must not be empty');
}

export async function seedDatabase(database: Database, options: SeedOptions): Promise<SeedSummary> {
  validate(options);
  const before = await readSeedState(database);
  if (before.state !== 'empty') {
    throw new SeedError(
      `the database is not empty (${before.state}: ${before.customers} customers, ${before.agents} agents)`,
    );
  }
  const seed = options.seed ?? DEFAULT_SEED;
  const anchor = startOfUtcDay(options.anchor ?? new Date());
  const total = options.customers;
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  const progress = options.onProgress ?? (() => undefined);
  // Hash once, before writing anything: argon2 is slow on purpose.
  const passwordHash = await hashPassword(options.demoPassword);

  const rand = new Rand();
  const partnerList = buildPartners(rand, seed);
  const ctx: SeedContext = {
    rand,
    seed,
    anchor,
    partners: new PartnerDirectory(partnerList),
    advisors: buildAdvisors(rand, seed),
    agentNames: DEMO_AGENTS.filter((a) => a.role === 'csr' || a.role === 'specialist')
      .slice(0, 8)
      .map((a) => a.displayName),
    counters: newCounters(),
    households: [],
  };

  const { db } = database;
  const atomic = database.engine === 'pglite';
  if (atomic) {
    await db.execute(sql`BEGIN`);
    // Bulk load the pg_restore way: no row-by-row FK triggers (they cost ~45% of the COPY
    // time); findBrokenReferences checks every key in one pass before COMMIT instead.
    await db.execute(sql`SET LOCAL session_replication_role = replica`);
  }
  try {
    progress(0, total, 'reference');
    const reference = await insertPartnersQueuesScripts(db, partnerList);
    const counts = {
      customers: 0,
      policies: 0,
      claims: 0,
      touchpoints: 0,
      complaints: 0,
      promises: 0,
    };
    progress(0, total, 'customers');
    const tables = customerTables();
    for (let from = 0; from < total; from += chunkSize) {
      const to = Math.min(total, from + chunkSize);
      const origins: OriginLink[] = [];
      for (let index = from; index < to; index++) generateCustomerRows(ctx, index, tables, origins);
      await loadChunk(database, tables, origins, counts);
      progress(to, total, 'customers');
    }
    if (atomic) {
      const broken = await findBrokenReferences(db);
      if (broken.length > 0)
        throw new SeedError(`generated rows break foreign keys: ${broken.join(', ')}`);
      await db.execute(sql`SET LOCAL session_replication_role = origin`);
    }
    progress(total, total, 'agents');
    const agentCounts = atomic
      ? await insertAgents(db, passwordHash, addDays(anchor, -400))
      : await db.transaction((tx) => insertAgents(tx, passwordHash, addDays(anchor, -400)));
    if (atomic) await db.execute(sql`COMMIT`);
    progress(total, total, 'analyze');
    // Statistics and visibility map for the first pop (PGlite has no autovacuum).
    await db.execute(sql`VACUUM (ANALYZE)`);
    progress(total, total, 'done');
    return { ...reference, ...counts, ...agentCounts };
  } catch (error) {
    if (atomic) await db.execute(sql`ROLLBACK`).catch(() => undefined);
    throw error;
  }
}

async function loadChunk(
  database: Database,
  tables: CustomerTables,
  origins: readonly OriginLink[],
  counts: Record<keyof CustomerTables, number>,
): Promise<void> {
  for (const key of Object.keys(tables) as (keyof CustomerTables)[]) {
    const table = tables[key];
    const rows = table.rows;
    const csv = table.take();
    if (rows === 0) continue;
    await database.copyCsv(table.name, table.columns, csv);
    counts[key] += rows;
  }
  if (origins.length === 0) return;
  await database.db.execute(sql`
    UPDATE complaints AS c SET origin_touchpoint_id = t.id
    FROM jsonb_to_recordset(${JSON.stringify(origins)}::jsonb) AS m(complaint_id text, event_id text)
    JOIN touchpoints AS t ON t.event_id = m.event_id
    WHERE c.id = m.complaint_id`);
}
