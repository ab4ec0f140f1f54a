/**
 * PGlite on its own thread answers as PGlite does (rows, errors, transactions), in the order the
 * statements were sent, and leaves the gateway's event loop free while it works.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './db-errors.js';
import { PGliteThread } from './pglite-thread.js';

let db: PGliteThread;
beforeAll(async () => {
  db = await PGliteThread.open(null);
  await db.query(
    'create table notes (id int primary key, body text not null, at timestamptz not null default now())',
  );
});
afterAll(async () => {
  await db.close();
});

const count = async () =>
  ((await db.query('select count(*)::int as n from notes')).rows[0] as { n: number }).n;

describe('PGlite on its own thread', () => {
  it('answers rows as objects or arrays, and keeps timestamps as text for drizzle', async () => {
    await db.query('insert into notes (id, body, at) values ($1, $2, $3)', [
      1,
      'first',
      '2026-11-24T08:00:00Z',
    ]);
    const asObjects = await db.query('select id, body from notes where id = $1', [1]);
    expect(asObjects.rows).toEqual([{ id: 1, body: 'first' }]);
    expect(asObjects.fields.map((f) => f.name)).toEqual(['id', 'body']);
    const asArrays = await db.query('select id, at from notes', [], {
      rowMode: 'array',
      parsers: {},
    });
    expect(asArrays.rows).toEqual([[1, '2026-11-24 08:00:00+00']]);
    const parsed = await db.query('select at from notes');
    expect((parsed.rows[0] as { at: unknown }).at).toBeInstanceOf(Date);
  });

  it("gives PostgreSQL's error code and constraint, as PGlite does", async () => {
    const error: unknown = await db
      .query('insert into notes (id, body) values ($1, $2)', [1, 'again'])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ code: '23505', constraint: 'notes_pkey' });
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it('commits a transaction as a whole, and a statement sent during it runs after it', async () => {
    const before = await count();
    let seenDuring: Promise<number> | undefined;
    await db.transaction(async (tx) => {
      await tx.query('insert into notes (id, body) values (2, $1)', ['in a transaction']);
      seenDuring = count();
      await tx.query('insert into notes (id, body) values (3, $1)', ['also']);
    });
    expect(await seenDuring).toBe(before + 2);
  });

  it('rolls a transaction back when it throws, and nothing of it is left', async () => {
    const before = await count();
    const failed = db.transaction(async (tx) => {
      await tx.query('insert into notes (id, body) values (4, $1)', ['not kept']);
      throw new Error('changed my mind');
    });
    await expect(failed).rejects.toThrow('changed my mind');
    expect(await count()).toBe(before);
  });

  it("answers the urgent lane's statement before those still waiting on the thread", async () => {
    const urgent = db.urgentLane();
    const answered: string[] = [];
    // The thread is busy with the first for a second: everything after it is sent meanwhile.
    const busy = db.query('select pg_sleep(1)').then(() => answered.push('busy'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const waiting = Array.from({ length: 10 }, (_, i) =>
      db.query('select 1').then(() => answered.push(`waiting ${String(i)}`)),
    );
    const board = urgent.query('select count(*)::int as n from notes').then((r) => {
      answered.push('board');
      return (r.rows[0] as { n: number }).n;
    });
    await Promise.all([busy, ...waiting, board]);
    expect(await board).toBe(await count());
    expect(answered.slice(0, 3)).toEqual(['busy', 'board', 'waiting 0']);
  });

  it('never runs an urgent statement inside a transaction: it sees the transaction only once ended', async () => {
    const urgent = db.urgentLane();
    const before = await count();
    /** Inserts two notes in a transaction, counting them on the urgent lane between the two. */
    const countedDuring = async (ids: [number, number], fail: boolean) => {
      let seen: Promise<number> | undefined;
      const done = db.transaction(async (tx) => {
        await tx.query('insert into notes (id, body) values ($1, $2)', [ids[0], 'first']);
        seen = urgent
          .query('select count(*)::int as n from notes')
          .then((r) => (r.rows[0] as { n: number }).n);
        await tx.query('insert into notes (id, body) values ($1, $2)', [ids[1], 'second']);
        if (fail) throw new Error('changed my mind');
      });
      if (fail) await expect(done).rejects.toThrow('changed my mind');
      else await done;
      return seen;
    };
    expect(await countedDuring([5, 6], true)).toBe(before);
    expect(await countedDuring([7, 8], false)).toBe(before + 2);
  });

  it('loads CSV with COPY', async () => {
    await db.copyFrom(
      `COPY notes (id, body) FROM '/dev/blob' WITH (FORMAT csv)`,
      '10,ten\n11,"eleven, with a comma"\n',
    );
    const rows = await db.query('select body from notes where id >= 10 order by id');
    expect(rows.rows).toEqual([{ body: 'ten' }, { body: 'eleven, with a comma' }]);
  });

  it('leaves the event loop free while a burst of statements is worked through', async () => {
    let done = 0;
    const whenTimerRan = new Promise<number>((resolve) => setTimeout(() => resolve(done), 0));
    await Promise.all(
      Array.from({ length: 400 }, () =>
        db.query('select sum(g) from generate_series(1, 2000) g').then(() => (done += 1)),
      ),
    );
    expect(await whenTimerRan).toBeLessThan(400);
  });

  it('answers the statements sent before closing, then fails later ones as "the database is gone" (503, try again)', async () => {
    const other = await PGliteThread.open(null);
    // Each takes a few milliseconds: most are still waiting their turn when the close is sent.
    const sent = Array.from({ length: 10 }, (_, i) =>
      other
        .query('select $1::int + count(*)::int - 200000 as n from generate_series(1, 200000)', [i])
        .then((r) => (r.rows[0] as { n: number }).n),
    );
    await other.close();
    expect(await Promise.all(sent)).toEqual(Array.from({ length: 10 }, (_, i) => i));
    const error: unknown = await other.query('select 1').catch((e: unknown) => e);
    expect(isDatabaseUnavailable(error)).toBe(true);
  });
});
