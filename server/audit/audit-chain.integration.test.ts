/**
 * The audit chain on a real database: PGlite always, PostgreSQL too (with two gateway "nodes",
 * two pools on one database) when FIREBREAK_TEST_DATABASE_URL is set.
 */
import { asc, isNotNull, sql, type SQL } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database, type Db } from '../db/client.js';
import { auditChainHead, auditEvents } from '../db/schema.js';
import { createScratchDatabase } from '../testing/scratch-postgres.js';
import { rowsOf } from '../testing/corpus-support.js';
import { appendAudit, entryHash, SYSTEM_ORIGIN } from './audit-log.js';
import { verifyAuditChain } from './audit-verify.js';

const adminUrl = process.env.FIREBREAK_TEST_DATABASE_URL;
const ZERO = '0'.repeat(64);

/** What the database says when a statement fails (drizzle wraps it as the cause). */
async function refusal(db: Db, statement: SQL): Promise<string> {
  try {
    await db.execute(statement);
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause;
    return cause instanceof Error ? cause.message : String(error);
  }
  throw new Error('the statement was not refused');
}

const chain = (db: Db) =>
  db.select().from(auditEvents).where(isNotNull(auditEvents.seq)).orderBy(asc(auditEvents.seq));

const appendMany = (db: Db, n: number, actor: string) =>
  Promise.all(
    Array.from({ length: n }, (_, i) =>
      appendAudit(db, {
        actor,
        action: 'test.parallel',
        origin: `10.0.0.${i % 250}`,
        detail: { i },
      }),
    ),
  );

/** Closed pools' backends exit a moment later; dropping the database before would kill them loudly. */
async function backendsGone(adminUrl: string, database: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    for (let i = 0; i < 50; i += 1) {
      const { rows } = await admin.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1',
        [database],
      );
      if (rows[0]?.n === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await admin.end();
  }
}

function expectOneChain(rows: Awaited<ReturnType<typeof chain>>): void {
  let prev = ZERO;
  rows.forEach((row, index) => {
    expect(row.seq).toBe(index + 1);
    expect(row.prevHash).toBe(prev);
    prev = row.hash ?? '';
  });
}

describe.each([
  { engine: 'pglite', url: undefined as string | undefined },
  ...(adminUrl ? [{ engine: 'postgres', url: adminUrl }] : []),
])('the audit chain on $engine', ({ url }) => {
  let node1: Database;
  let node2: Database;
  let drop = async () => {};

  beforeAll(async () => {
    if (url) {
      const scratch = await createScratchDatabase(url, 'firebreak_audit');
      drop = async () => {
        await backendsGone(url, new URL(scratch.url).pathname.slice(1));
        await scratch.drop();
      };
      node1 = await openDatabase({ dataDir: 'memory://', databaseUrl: scratch.url });
      node2 = await openDatabase({ dataDir: 'memory://', databaseUrl: scratch.url });
    } else {
      node1 = await openDatabase({ dataDir: 'memory://' });
      node2 = node1;
    }
  });
  afterAll(async () => {
    if (node2 !== node1) await node2.close();
    await node1.close();
    await drop();
  });

  it('chains each entry to the one before it, from a zero genesis', async () => {
    const { db } = node1;
    const first = await appendAudit(db, {
      actor: 'AG-1',
      action: 'pop.viewed',
      customerId: 'CUS-1',
      origin: '192.0.2.7',
      at: new Date('2026-11-20T09:00:00.123Z'),
    });
    const second = await appendAudit(db, {
      actor: SYSTEM_ORIGIN,
      action: 'test.system',
      origin: SYSTEM_ORIGIN,
      detail: { b: 1, a: { z: [1, 2], y: '二' }, gone: undefined },
    });
    expect(first).toMatchObject({ seq: 1, prevHash: ZERO, origin: '192.0.2.7', detail: {} });
    expect(second).toMatchObject({
      seq: 2,
      prevHash: first.hash,
      detail: { b: 1, a: { z: [1, 2], y: '二' } },
    });
    const rows = await chain(db);
    expect(rows.map((r) => [r.seq, r.actor, r.customerId, r.origin])).toEqual([
      [1, 'AG-1', 'CUS-1', '192.0.2.7'],
      [2, 'system', null, 'system'],
    ]);
    // What was hashed is what the database gives back.
    for (const row of rows) {
      expect(row.hash).toBe(
        entryHash({
          ...row,
          seq: row.seq ?? 0,
          origin: row.origin ?? '',
          prevHash: row.prevHash ?? '',
        }),
      );
    }
    const [head] = await db.select().from(auditChainHead);
    expect(head).toEqual({ id: 1, seq: 2, hash: second.hash, genesis: ZERO });
    expect(await verifyAuditChain(db)).toEqual({
      ok: true,
      entries: 2,
      legacyEntries: 0,
      lastSeq: 2,
      lastHash: second.hash,
    });
  });

  it('keeps one gap-free chain under 50 concurrent appends from two nodes', async () => {
    await Promise.all([appendMany(node1.db, 25, 'AG-node1'), appendMany(node2.db, 25, 'AG-node2')]);
    const rows = await chain(node1.db);
    expect(rows).toHaveLength(52);
    expectOneChain(rows);
    expect(await verifyAuditChain(node2.db, { pageSize: 7 })).toMatchObject({
      ok: true,
      entries: 52,
    });
  });

  it('leaves no gap when the transaction an entry was part of rolls back', async () => {
    const { db } = node1;
    await expect(
      db.transaction(async (tx) => {
        await appendAudit(tx, { actor: 'AG-1', action: 'test.rolled-back', origin: SYSTEM_ORIGIN });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    const kept = await appendAudit(db, {
      actor: 'AG-1',
      action: 'test.kept',
      origin: SYSTEM_ORIGIN,
    });
    expect(kept.seq).toBe(53);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, entries: 53 });
  });

  it('refuses UPDATE, DELETE and TRUNCATE, an entry off the chain, and moving the head by hand', async () => {
    const { db } = node1;
    for (const statement of [
      sql`UPDATE audit_events SET detail = '{}' WHERE seq = 1`,
      sql`DELETE FROM audit_events WHERE seq = 53`,
      sql`TRUNCATE audit_events`,
    ]) {
      expect(await refusal(db, statement)).toMatch(
        /^audit_events is append-only: (UPDATE|DELETE|TRUNCATE) refused$/,
      );
    }
    expect(
      await refusal(
        db,
        sql`INSERT INTO audit_events (seq, actor, action, origin, prev_hash, hash) VALUES (1, 'x', 'x', 'x', ${ZERO}, ${ZERO})`,
      ),
    ).toContain('does not extend the chain');
    expect(
      await refusal(db, sql`INSERT INTO audit_events (actor, action) VALUES ('x', 'unchained')`),
    ).toMatch(/audit_chain_head|audit_events_chained_ck|does not extend/);
    expect(await refusal(db, sql`UPDATE audit_chain_head SET seq = 0`)).toContain(
      'audit_chain_head moves only',
    );
    expect(await refusal(db, sql`DELETE FROM audit_chain_head`)).toContain(
      'audit_chain_head moves only',
    );
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, entries: 53 });
  });

  it('writes a burst of appends in one transaction, each caller getting its own entry back', async () => {
    const { db } = node1;
    const [head] = await db.select().from(auditChainHead);
    const appends = Array.from({ length: 40 }, (_, i) =>
      appendAudit(db, {
        actor: `AG-${String(i)}`,
        action: 'test.burst',
        origin: SYSTEM_ORIGIN,
        detail: { i },
      }),
    );
    // One that cannot be stored is refused alone; the rest of its burst is written.
    const unstorable = appendAudit(db, {
      actor: 'AG-x',
      action: 'test.burst',
      origin: SYSTEM_ORIGIN,
      detail: { amount: 10n },
    });
    await expect(unstorable).rejects.toThrow(TypeError);
    const records = await Promise.all(appends);
    records.forEach((record, i) => {
      expect(record).toMatchObject({ actor: `AG-${String(i)}`, detail: { i } });
    });
    const rows = rowsOf<{ id: number; seq: string; actor: string; tx: string }>(
      await db.execute(
        sql`SELECT id::int AS id, seq::text AS seq, actor, xmin::text AS tx FROM audit_events WHERE seq > ${head?.seq ?? 0} ORDER BY seq`,
      ),
    );
    expect(rows.map((r) => [r.id, Number(r.seq), r.actor])).toEqual(
      records.map((r) => [r.id, r.seq, r.actor]),
    );
    expect(new Set(rows.map((r) => r.tx)).size).toBe(1);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, entries: 93 });
  });

  it('keeps appending after an entry inside a caller’s transaction moved the chain on', async () => {
    const { db } = node1;
    const before = await appendAudit(db, {
      actor: 'AG-1',
      action: 'test.before',
      origin: SYSTEM_ORIGIN,
    });
    let inside: Awaited<ReturnType<typeof appendAudit>> | undefined;
    await db.transaction(async (tx) => {
      inside = await appendAudit(tx, {
        actor: 'AG-1',
        action: 'test.inside',
        origin: SYSTEM_ORIGIN,
      });
    });
    const after = await appendAudit(db, {
      actor: 'AG-1',
      action: 'test.after',
      origin: SYSTEM_ORIGIN,
    });
    expect(inside?.seq).toBe(before.seq + 1);
    expect(after.seq).toBe(before.seq + 2);
    expect(after.prevHash).toBe(inside?.hash);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, entries: after.seq });
  });
});
