/**
 * PGlite's statements prepared from their second time answer exactly what PGlite.query answers,
 * run in the order sent, survive errors, rollbacks and DDL, and stay within their bound.
 */
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PreparedStatements } from './pglite-statements.mjs';

let db: PGlite;
let statements: PreparedStatements;
beforeAll(async () => {
  db = new PGlite();
  await db.waitReady;
});
afterAll(async () => {
  await db.close();
});
beforeEach(async () => {
  statements = new PreparedStatements(db, { kept: 4 });
  await db.exec(`deallocate all; drop table if exists notes; create table notes (
    id int primary key, body text not null, tags text[], meta jsonb,
    at timestamptz not null default '2026-11-24T08:00:00Z')`);
});

/** The statements PostgreSQL holds prepared in this session, by their text. */
async function preparedInDatabase(): Promise<string[]> {
  const { rows } = await db.query<{ statement: string }>(
    'select statement from pg_prepared_statements order by statement',
  );
  return rows.map((r) => r.statement);
}

const INSERT =
  'insert into notes (id, body, tags, meta, at) values ($1, $2, $3, $4, $5) returning *';
const BY_ID = 'select id, body, tags, meta, at from notes where id = $1';

describe('PGlite statements prepared from their second time', () => {
  it('answers what PGlite.query answers, prepared under a name from the second time on', async () => {
    const values = (id: number) => [
      id,
      `note ${String(id)}`,
      ['a', 'b'],
      { n: id },
      new Date(Date.UTC(2026, 10, 24, 9)),
    ];
    const first = await statements.query(INSERT, values(1));
    expect(await preparedInDatabase()).toEqual([]);
    const second = await statements.query(INSERT, values(2));
    expect(await preparedInDatabase()).toEqual([INSERT]);
    const third = await statements.query(INSERT, values(3));

    for (const [id, result] of [first, second, third].entries()) {
      expect(result.rows).toEqual([
        {
          id: id + 1,
          body: `note ${String(id + 1)}`,
          tags: ['a', 'b'],
          meta: { n: id + 1 },
          at: new Date(Date.UTC(2026, 10, 24, 9)),
        },
      ]);
      expect(result.affectedRows).toBe(1);
    }
    expect(third.fields).toEqual((await db.query(BY_ID, [3])).fields);
  });

  it("keeps the caller's row mode and parsers, and binds nulls", async () => {
    const insert = 'insert into notes (id, body, meta) values ($1, $2, $3)';
    await statements.query(insert, [1, 'x', null]);
    await statements.query(insert, [2, 'y', undefined]);
    const asText = { rowMode: 'array' as const, parsers: { 1184: (value: string) => value } };
    await statements.query('select id, meta, at from notes order by id', [], asText);
    const prepared = await statements.query(
      'select id, meta, at from notes order by id',
      [],
      asText,
    );
    expect(prepared.rows).toEqual([
      [1, null, '2026-11-24 08:00:00+00'],
      [2, null, '2026-11-24 08:00:00+00'],
    ]);
  });

  it('runs statements in the order sent, whether prepared yet or not', async () => {
    const insert = 'insert into notes (id, body) values ($1, $2)';
    const count = 'select count(*)::int as n from notes';
    await statements.query(insert, [1, 'seen once']);
    // Not awaited: a prepared insert, then a count seen for the first time, then one prepared.
    const sent = [
      statements.query(insert, [2, 'prepared']),
      statements.query(count, []),
      statements.query(insert, [3, 'prepared']),
      statements.query(count, []),
    ];
    const [, before, , after] = await Promise.all(sent);
    expect(before?.rows).toEqual([{ n: 2 }]);
    expect(after?.rows).toEqual([{ n: 3 }]);
  });

  it("gives PostgreSQL's error and carries on; a transaction it aborts rolls back", async () => {
    const insert = 'insert into notes (id, body) values ($1, $2)';
    await statements.query(insert, [1, 'one']);
    await statements.query(insert, [2, 'two']);
    const duplicate: unknown = await statements
      .query(insert, [1, 'again'])
      .catch((e: unknown) => e);
    expect(duplicate).toMatchObject({ code: '23505', constraint: 'notes_pkey' });
    await statements.query(insert, [3, 'three']);

    await statements.query('BEGIN', []);
    await statements.query(insert, [4, 'four']);
    await expect(statements.query(insert, [4, 'again'])).rejects.toMatchObject({ code: '23505' });
    await expect(statements.query(insert, [5, 'five'])).rejects.toMatchObject({ code: '25P02' });
    await statements.query('ROLLBACK', []);
    const { rows } = await db.query<{ id: number }>('select id from notes order by id');
    expect(rows.map((r) => r.id)).toEqual([1, 2, 3]);
  });

  it('keeps a statement prepared inside a transaction that rolled back', async () => {
    const insert = 'insert into notes (id, body) values ($1, $2)';
    await statements.query('BEGIN', []);
    await statements.query(insert, [1, 'one']);
    await statements.query(insert, [2, 'two']);
    await statements.query('ROLLBACK', []);
    await statements.query(insert, [3, 'three']);
    const { rows } = await db.query<{ id: number }>('select id from notes');
    expect(rows).toEqual([{ id: 3 }]);
  });

  it('prepares a statement again when a table changed under it', async () => {
    const all = 'select * from notes where id = $1';
    await statements.query('insert into notes (id, body) values (1, $1)', ['one']);
    await statements.query(all, [1]);
    await statements.query(all, [1]);
    await db.exec('alter table notes add column mood text');
    const after = await statements.query(all, [1]);
    expect(after.fields.map((f) => f.name)).toContain('mood');
    expect(await preparedInDatabase()).toEqual([all]);
  });

  it('holds at most its bound, and prepares a forgotten statement again when sent again', async () => {
    const texts = [1, 2, 3, 4, 5, 6].map((n) => `select ${String(n)} + $1::int as n`);
    for (const text of texts) {
      await statements.query(text, [1]);
      await statements.query(text, [1]);
    }
    expect(await preparedInDatabase()).toEqual(texts.slice(2).sort());
    const again = await statements.query(texts[0] ?? '', [10]);
    expect(again.rows).toEqual([{ n: 11 }]);
  });
});
