/**
 * The gateway's PostgreSQL pool when the database is slow or gone, through a TCP proxy we cut,
 * delay and reset. Needs FIREBREAK_TEST_DATABASE_URL (CI starts a throw-away PostgreSQL).
 */
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTcpProxy, throughProxy, type TcpProxy } from '../testing/tcp-proxy.js';
import { isDatabaseUnavailable } from './db-errors.js';
import { DEFAULT_DB_TIMEOUT_MS } from '../config.js';
import { createPostgresPool } from './pg-pool.js';

const adminUrl = process.env.FIREBREAK_TEST_DATABASE_URL;
/** The deadline under test: short, so a cut costs a test little. */
const DEADLINE_MS = 1500;

const failure = async (work: () => Promise<unknown>) => {
  const started = Date.now();
  try {
    await work();
  } catch (error) {
    return { error, afterMs: Date.now() - started };
  }
  throw new Error('expected the database to fail');
};

describe.runIf(adminUrl)('PostgreSQL pool with deadlines (behind a proxy)', () => {
  let proxy: TcpProxy;
  let pool: pg.Pool;
  const warnings: string[] = [];

  beforeAll(async () => {
    const target = new URL(adminUrl ?? '');
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    pool = createPostgresPool(throughProxy(adminUrl ?? '', proxy), {
      timeoutMs: DEADLINE_MS,
      log: { warn: (_object: unknown, message?: string) => warnings.push(message ?? '') },
    });
  });
  afterEach(() => {
    proxy.setLatency(0);
    proxy.restore();
  });
  afterAll(async () => {
    await pool.end();
    await proxy.close();
  });

  it('still answers with 2 s added each way under the default deadline, only slower', async () => {
    const defaults = createPostgresPool(throughProxy(adminUrl ?? '', proxy), {
      timeoutMs: DEFAULT_DB_TIMEOUT_MS,
      log: { warn: () => undefined },
    });
    try {
      await defaults.query('select 1'); // an open connection, as a running gateway has
      proxy.setLatency(2000);
      const started = Date.now();
      expect((await defaults.query('select 7 as n')).rows).toEqual([{ n: 7 }]);
      expect(Date.now() - started).toBeGreaterThanOrEqual(4000); // it did cross the slow link
    } finally {
      proxy.setLatency(0);
      await defaults.end();
    }
  });

  it('cancels a statement that outruns the deadline (unavailable), and the next one works', async () => {
    const { error } = await failure(() => pool.query('select pg_sleep(5)'));
    expect((error as { code?: string }).code).toBe('57014');
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect((await pool.query('select 1 as n')).rows).toEqual([{ n: 1 }]);
  });

  it('fails a query and a transaction in flight within the deadline when the link is cut, and works after restore', async () => {
    const db = drizzle(pool);
    await pool.query('select 1'); // a connection in the pool, to be cut off
    proxy.cut();
    const query = await failure(() => pool.query('select 1'));
    expect(isDatabaseUnavailable(query.error)).toBe(true);
    expect(query.afterMs).toBeLessThan(DEADLINE_MS * 1.8);

    proxy.restore();
    // A transaction cut between two statements: it fails once, not once more for its ROLLBACK.
    let cutAt = 0;
    const transaction = await failure(() =>
      db.transaction(async (tx) => {
        await tx.execute(sql`select 1`);
        proxy.cut();
        cutAt = Date.now();
        await tx.execute(sql`select 2`);
      }),
    );
    expect(isDatabaseUnavailable(transaction.error)).toBe(true);
    expect(Date.now() - cutAt).toBeLessThan(DEADLINE_MS * 1.8);

    proxy.restore();
    expect((await pool.query('select 2 as n')).rows).toEqual([{ n: 2 }]);
    await expect(
      db.transaction(async (tx) => tx.execute(sql`select 3 as n`)),
    ).resolves.toMatchObject({ rows: [{ n: 3 }] });
  });

  it('gives back the connection of a transaction whose BEGIN failed, so a full pool recovers', async () => {
    const small = createPostgresPool(throughProxy(adminUrl ?? '', proxy), {
      timeoutMs: DEADLINE_MS,
      log: { warn: () => undefined },
      max: 2,
    });
    try {
      const db = drizzle(small);
      // Both connections open and idle, then the cable is pulled: each transaction's BEGIN fails.
      await Promise.all([
        small.query('select pg_sleep(0.05)'),
        small.query('select pg_sleep(0.05)'),
      ]);
      proxy.cut();
      for (const attempt of [1, 2]) {
        const { error } = await failure(() =>
          db.transaction(async (tx) => tx.execute(sql`select 1`)),
        );
        expect(isDatabaseUnavailable(error), `attempt ${attempt}`).toBe(true);
      }
      proxy.restore();
      // Had either connection leaked, the pool would have none to give (a timeout, not an answer).
      await expect(
        db.transaction(async (tx) => tx.execute(sql`select 5 as n`)),
      ).resolves.toMatchObject({ rows: [{ n: 5 }] });
      await expect(
        db.transaction(async (tx) => tx.execute(sql`select 6 as n`)),
      ).resolves.toMatchObject({ rows: [{ n: 6 }] });
    } finally {
      await small.end();
    }
  });

  it('survives its idle connections being reset (logged, not thrown) and opens new ones', async () => {
    await Promise.all([pool.query('select pg_sleep(0.05)'), pool.query('select pg_sleep(0.05)')]);
    expect(pool.idleCount).toBeGreaterThan(0);
    warnings.length = 0;
    proxy.reset();
    await expect.poll(() => warnings.length).toBeGreaterThan(0);
    expect(warnings[0]).toMatch(/database connection lost/);
    expect((await pool.query('select 4 as n')).rows).toEqual([{ n: 4 }]);
  });
});
