import net from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { HttpError } from '../http/errors.js';
import { isDatabaseUnavailable } from './db-errors.js';

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const caught = async (work: () => Promise<unknown>): Promise<unknown> => {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
};

/** An error as node-postgres builds it from a server's ErrorResponse. */
const serverError = (code: string, message = 'server said no') =>
  Object.assign(new Error(message), { code, severity: 'ERROR' });

describe('isDatabaseUnavailable', () => {
  it('is true for a database nobody answers at, as the pool and Drizzle report it', async () => {
    const port = await closedPort();
    const pool = new pg.Pool({
      connectionString: `postgres://x@127.0.0.1:${port}/x`,
      connectionTimeoutMillis: 1000,
    });
    pool.on('error', () => undefined);
    try {
      const refused = await caught(() => pool.query('select 1'));
      expect(isDatabaseUnavailable(refused)).toBe(true);
      // Drizzle wraps the driver's error (DrizzleQueryError, the driver's error as its cause).
      const wrapped = await caught(() => drizzlePg(pool).execute(sql`select 1`));
      expect((wrapped as Error).message).toMatch(/^Failed query/);
      expect(isDatabaseUnavailable(wrapped)).toBe(true);
    } finally {
      await pool.end();
    }
  });

  it.each([
    ['a dropped connection', new Error('Connection terminated unexpectedly')],
    [
      'a connection that timed out',
      new Error('Connection terminated due to connection timeout', { cause: new Error('x') }),
    ],
    ['no pool client in time', new Error('timeout exceeded when trying to connect')],
    ['no answer within query_timeout', new Error('Query read timeout')],
    [
      'a broken client reused',
      new Error('Client has encountered a connection error and is not queryable'),
    ],
    ['a reset connection', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })],
    [
      'every address refused (AggregateError)',
      new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })], 'x'),
    ],
    ['connection exception class 08', serverError('08006')],
    [
      'admin shutdown 57P01',
      serverError('57P01', 'terminating connection due to administrator command'),
    ],
    ['the database starting up 57P03', serverError('57P03', 'the database system is starting up')],
    [
      'statement_timeout 57014',
      serverError('57014', 'canceling statement due to statement timeout'),
    ],
    ['too many connections 53300', serverError('53300')],
  ])('is true for %s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it('is false for a constraint violation or bad SQL, and true once the embedded database is closed', async () => {
    const client = new PGlite();
    await client.waitReady;
    const db = drizzlePglite(client);
    await db.execute(sql`create table t (id int primary key)`);
    await db.execute(sql`insert into t values (1)`);
    expect(
      isDatabaseUnavailable(await caught(() => db.execute(sql`insert into t values (1)`))),
    ).toBe(false);
    expect(isDatabaseUnavailable(await caught(() => db.execute(sql`selec 1`)))).toBe(false);
    await client.close();
    expect(isDatabaseUnavailable(await caught(() => db.execute(sql`select 1`)))).toBe(true);
  });

  it('is false for application errors and anything not an error', () => {
    expect(isDatabaseUnavailable(new HttpError(409, 'conflict', 'taken'))).toBe(false);
    expect(
      isDatabaseUnavailable(new TypeError("Cannot read properties of undefined (reading 'id')")),
    ).toBe(false);
    expect(isDatabaseUnavailable(serverError('23505'))).toBe(false);
    expect(isDatabaseUnavailable(serverError('42P01'))).toBe(false);
    expect(isDatabaseUnavailable('ECONNREFUSED')).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });

  it('follows a cause chain without looping on a cycle', () => {
    const a = new Error('outer') as Error & { cause?: unknown };
    const b = new Error('middle', { cause: a });
    a.cause = b;
    expect(isDatabaseUnavailable(a)).toBe(false);
    expect(
      isDatabaseUnavailable(
        new Error('outer', { cause: new Error('mid', { cause: serverError('57P01') }) }),
      ),
    ).toBe(true);
  });
});
