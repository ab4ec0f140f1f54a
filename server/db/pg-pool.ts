/**
 * The PostgreSQL pool, with deadlines so a slow or vanished database fails a request after a
 * bounded time (then 503, see db-errors.ts) instead of hanging it, and recovers by itself:
 * broken connections are dropped and new ones opened on demand when the database is back.
 */
import type { Logger } from 'pino';
import pg from 'pg';

/**
 * Connections in the gateway's main pool unless FIREBREAK_DB_POOL_SIZE says otherwise. It was 20:
 * under bench:console's load on two cores, 20 busy PostgreSQL backends took the cores from the
 * gateway's thread, and the board fell behind (docs/benchmarks.md, nineteenth session).
 */
export const DEFAULT_POOL_SIZE = 10;

export interface PoolOptions {
  /** The deadline D: to get a connection, and for a statement's answer. */
  timeoutMs: number;
  log: Pick<Logger, 'warn'>;
  max?: number;
}

/**
 * What the deadline D sets on every connection:
 * - `connectionTimeoutMillis` D: no connection (or none free in the pool) within D fails;
 * - `query_timeout` D: no answer within D fails, and the connection is dropped (it is stuck, or
 *   dead: a pulled cable is only noticed this way);
 * - `statement_timeout` a little under D: PostgreSQL cancels a statement that runs too long
 *   (SQLSTATE 57014) first, so a merely slow database keeps its connections;
 * - `idle_in_transaction_session_timeout` 3 × D: a transaction whose client vanished (its locks
 *   held) is ended by the server instead of waiting for TCP to notice.
 */
function postgresDeadlines(timeoutMs: number) {
  return {
    connectionTimeoutMillis: timeoutMs,
    query_timeout: timeoutMs,
    statement_timeout: Math.max(Math.round(timeoutMs * 0.9), timeoutMs - 1000),
    idle_in_transaction_session_timeout: timeoutMs * 3,
  };
}

export function createPostgresPool(url: string, options: PoolOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? DEFAULT_POOL_SIZE,
    ...postgresDeadlines(options.timeoutMs),
    // Dead peers of idle connections are eventually noticed by the OS too.
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  });
  // An idle connection that breaks (the database restarted, the network dropped it) is removed
  // from the pool, which then emits it here: log it, never let it crash the gateway.
  pool.on('error', (error) => {
    options.log.warn(
      { err: error },
      'database connection lost; the pool opens a new one when needed',
    );
  });
  pool.on('connect', (client) => {
    // A checked-out connection (a transaction) that breaks fails its query; the client's own
    // 'error' event must have a listener too, or Node would throw it.
    client.on('error', () => undefined);
    guardQueries(client);
  });
  releaseOnFailedBegin(pool);
  return pool;
}

type Variadic = (...args: unknown[]) => unknown;

/** Clients out of `pool.connect()` (transactions), and how to give each back as broken. */
const checkouts = new WeakMap<pg.PoolClient, (error: Error) => void>();

const isBegin = (query: unknown) => {
  const text = typeof query === 'string' ? query : (query as { text?: unknown } | null)?.text;
  return typeof text === 'string' && /^\s*begin\b/i.test(text);
};

/**
 * Every query of a pooled connection, when it fails:
 * - pg's `query_timeout` fails the query but leaves the connection waiting for its answer, so the
 *   next statement on it (a transaction's ROLLBACK, the next user) would queue behind it and time
 *   out again. The connection is destroyed: those fail at once, and the pool discards it.
 * - a transaction's BEGIN that failed gives its connection back (see releaseOnFailedBegin).
 */
function guardQueries(client: pg.PoolClient): void {
  const query = client.query.bind(client) as Variadic;
  const failed = (statement: unknown, error: unknown) => {
    if (error instanceof Error && error.message === 'Query read timeout')
      client.connection.stream.destroy();
    if (isBegin(statement))
      checkouts.get(client)?.(error instanceof Error ? error : new Error(String(error)));
  };
  (client as unknown as { query: Variadic }).query = (...args: unknown[]) => {
    const callback = args.at(-1);
    if (typeof callback === 'function') {
      args[args.length - 1] = (error: unknown, result: unknown) => {
        if (error) failed(args[0], error);
        (callback as (error: unknown, result: unknown) => void)(error, result);
      };
      return query(...args);
    }
    const result = query(...args);
    return result instanceof Promise
      ? result.catch((error: unknown) => {
          failed(args[0], error);
          throw error;
        })
      : result;
  };
}

/**
 * drizzle-orm (0.45) runs a transaction's BEGIN before the try/finally that releases its pool
 * client (drizzle-team/drizzle-orm#6241, #6114): a BEGIN that fails, which is what every
 * transaction does while the database is gone, leaks the client, and ten of them exhaust the pool
 * for good. A client from `pool.connect()` whose BEGIN fails is released here, as broken; a
 * later release of it is ignored. Remove when drizzle-orm releases it itself.
 */
function releaseOnFailedBegin(pool: pg.Pool): void {
  const connect = pool.connect.bind(pool) as Variadic;
  (pool as unknown as { connect: Variadic }).connect = (...args: unknown[]) => {
    if (args.length > 0) return connect(...args); // pool.query's own checkout (callback style)
    return (connect() as Promise<pg.PoolClient>).then((client) => {
      const release = client.release.bind(client); // pg-pool sets a new one at every checkout
      let released = false;
      const giveBack = (error?: Error | boolean) => {
        if (released) return;
        released = true;
        checkouts.delete(client);
        release(error);
      };
      checkouts.set(client, giveBack);
      client.release = giveBack;
      return client;
    });
  };
}

/** A connection of its own with no statement deadline: migrations and bulk COPY may take long. */
export async function connectWithoutDeadline(url: string, timeoutMs: number): Promise<pg.Client> {
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: timeoutMs,
    keepAlive: true,
  });
  client.on('error', () => undefined); // its query fails; see above
  await client.connect();
  return client;
}
