/**
 * Tampering is found, and the first broken link is the one reported. The triggers refuse every
 * change, so each test bypasses them as an attacker with the owner's rights would
 * (`session_replication_role = replica` turns ordinary triggers off for the transaction), checks
 * the chain in that transaction, and rolls it back: the next test starts from the intact chain.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { eq, sql, type SQL } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database, type Db } from '../db/client.js';
import { auditEvents } from '../db/schema.js';
import { appendAudit, entryHash } from './audit-log.js';
import { verifyAuditChain, type ChainVerdict } from './audit-verify.js';

const migrationsFolder = fileURLToPath(new URL('../db/migrations', import.meta.url));

class RolledBack extends Error {}

/** The verdict on the chain as the statements leave it; they are rolled back afterwards. */
async function verifyTampered(db: Db, ...statements: SQL[]): Promise<ChainVerdict> {
  let verdict: ChainVerdict | undefined;
  await db
    .transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL session_replication_role = replica`);
      for (const statement of statements) await tx.execute(statement);
      verdict = await verifyAuditChain(tx);
      throw new RolledBack();
    })
    .catch((error: unknown) => {
      if (!(error instanceof RolledBack)) throw error;
    });
  if (!verdict) throw new Error('no verdict');
  return verdict;
}

async function appendSix(db: Db): Promise<void> {
  for (let i = 1; i <= 6; i += 1) {
    await appendAudit(db, {
      actor: `AG-${i}`,
      action: 'pop.viewed',
      customerId: `CUS-${i}`,
      origin: '192.0.2.1',
      detail: { i },
    });
  }
}

const entryAt = async (db: Db, seq: number) => {
  const [row] = await db.select().from(auditEvents).where(eq(auditEvents.seq, seq));
  if (!row) throw new Error(`no entry ${seq}`);
  return row;
};
const idOf = async (db: Db, seq: number) => (await entryAt(db, seq)).id;

describe('audit:verify on a tampered chain', () => {
  let database: Database;
  let db: Db;
  beforeAll(async () => {
    database = await openDatabase({ dataDir: 'memory://' });
    db = database.db;
    await appendSix(db);
  });
  afterAll(async () => {
    await database.close();
  });

  it('passes the untouched log', async () => {
    expect(await verifyAuditChain(db)).toMatchObject({
      ok: true,
      entries: 6,
      legacyEntries: 0,
      lastSeq: 6,
    });
  });

  it('finds an altered entry, and reports the first of two', async () => {
    const verdict = await verifyTampered(
      db,
      sql`UPDATE audit_events SET detail = '{"i": 50}' WHERE seq = 5`,
      sql`UPDATE audit_events SET customer_id = 'CUS-9' WHERE seq = 2`,
    );
    expect(verdict).toMatchObject({
      ok: false,
      entries: 1,
      broken: { seq: 2, id: await idOf(db, 2), problem: 'hash_mismatch' },
    });
    if (!verdict.ok) expect(verdict.broken.message).toContain('the entry was altered');
  });

  it('finds a deleted entry as a gap in seq', async () => {
    const id4 = await idOf(db, 4);
    const verdict = await verifyTampered(db, sql`DELETE FROM audit_events WHERE seq = 3`);
    expect(verdict).toMatchObject({
      ok: false,
      entries: 2,
      broken: { seq: 4, id: id4, problem: 'seq_gap' },
    });
    if (!verdict.ok) expect(verdict.broken.message).toBe('entry 3 is missing before it: deleted');
  });

  it('finds entries deleted at the end from the chain head', async () => {
    expect(await verifyTampered(db, sql`DELETE FROM audit_events WHERE seq >= 5`)).toMatchObject({
      ok: false,
      entries: 4,
      broken: { seq: 5, id: null, problem: 'head_mismatch' },
    });
  });

  it('finds swapped hashes', async () => {
    const swapped = sql`UPDATE audit_events AS a SET hash = b.hash FROM audit_events AS b
      WHERE (a.seq, b.seq) IN ((2, 4), (4, 2))`;
    expect(await verifyTampered(db, swapped)).toMatchObject({
      ok: false,
      entries: 1,
      broken: { seq: 2, problem: 'hash_mismatch' },
    });
  });

  it('finds a removed entry even when the ones after it are renumbered', async () => {
    const renumbered = await verifyTampered(
      db,
      sql`DELETE FROM audit_events WHERE seq = 3`,
      sql`UPDATE audit_events SET seq = seq - 1 WHERE seq > 3`,
    );
    expect(renumbered).toMatchObject({
      ok: false,
      entries: 2,
      broken: { seq: 3, problem: 'prev_hash_mismatch' },
    });
  });

  it('finds an entry rewritten with a fresh hash at the link after it', async () => {
    const row = await entryAt(db, 3);
    const forged = {
      seq: 3,
      at: row.at,
      actor: 'AG-3',
      action: 'pop.viewed',
      customerId: 'CUS-3',
      origin: '203.0.113.66',
      detail: { i: 3 },
      prevHash: row.prevHash ?? '',
    };
    const verdict = await verifyTampered(
      db,
      sql`UPDATE audit_events SET origin = ${forged.origin}, hash = ${entryHash(forged)} WHERE seq = 3`,
    );
    expect(verdict).toMatchObject({
      ok: false,
      entries: 3,
      broken: { seq: 4, problem: 'prev_hash_mismatch' },
    });
    if (!verdict.ok) expect(verdict.broken.message).toContain("is not entry 3's hash");
  });
});

describe('rows from before the chain (migration 0006)', () => {
  let dir: string;
  let client: PGlite;
  beforeEach(async () => {
    // Migrate up to the one before the chain, write the old way, then migrate the rest.
    dir = mkdtempSync(path.join(os.tmpdir(), 'firebreak-audit-legacy-'));
    cpSync(migrationsFolder, dir, { recursive: true });
    const journalFile = path.join(dir, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
    const chainStarts = journal.entries.findIndex((e) => e.tag.endsWith('_audit_chain'));
    writeFileSync(
      journalFile,
      JSON.stringify({ ...journal, entries: journal.entries.slice(0, chainStarts) }),
    );
    client = new PGlite();
    const old = drizzle(client);
    await migrate(old, { migrationsFolder: dir });
    await client.exec(`
      INSERT INTO audit_events (actor, action, customer_id, detail) VALUES
        ('AG-1', 'pop.viewed', 'CUS-1', '{"ip": "127.0.0.1"}'),
        ('AG-2', 'customer.searched', NULL, '{"kind": "text", "query": "张伟", "results": 1}'),
        ('AG-3', 'console.front', 'CUS-2', '{"contactId": "CT-1"}');`);
    await migrate(old, { migrationsFolder });
  });
  afterEach(async () => {
    await client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('are sealed into the genesis: the chain verifies, and changing one of them breaks it', async () => {
    const db = drizzle(client) as unknown as Db;
    const first = await appendAudit(db, {
      actor: 'AG-1',
      action: 'pop.viewed',
      customerId: 'CUS-1',
      origin: '127.0.0.1',
    });
    expect(first.seq).toBe(1);
    expect(first.prevHash).not.toBe('0'.repeat(64));
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, entries: 1, legacyEntries: 3 });
    expect(
      await client
        .query('UPDATE audit_events SET actor = $1 WHERE seq IS NULL', ['AG-9'])
        .catch((e: unknown) => (e as Error).message),
    ).toBe('audit_events is append-only: UPDATE refused');

    // (The chain check keeps even a trigger-less UPDATE off the old rows, so: a DELETE.)
    const verdict = await verifyTampered(
      db,
      sql`DELETE FROM audit_events WHERE action = 'customer.searched'`,
    );
    expect(verdict).toMatchObject({
      ok: false,
      entries: 0,
      legacyEntries: 2,
      broken: { seq: 0, id: null, problem: 'genesis_mismatch' },
    });
  });
});
