import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { Logger } from 'pino';
import { DEFAULT_DB_TIMEOUT_MS } from '../config.js';
import { connectWithoutDeadline, createPostgresPool } from './pg-pool.js';
import * as authSchema from './schema-auth.js';
import * as consoleSchema from './schema-console.js';
import * as preemptionSchema from './schema-preemption.js';
import * as mainSchema from './schema.js';
import { PGliteThread } from './pglite-thread.js';

const schema = { ...mainSchema, ...consoleSchema, ...preemptionSchema, ...authSchema };
export type Schema = typeof schema;
/** The database handle every repository takes; the same on PGlite and PostgreSQL. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface Database {
  db: Db;
  /**
   * For the team leads' board (its rebuilds' reads and alerts): on PostgreSQL a small pool of its
   * own, so under load the board's statements never queue behind routing's for a connection (the
   * main pool was full, with 20 statements waiting, under bench:console); on PGlite its
   * statements go before the others waiting on the database thread (`PGliteThread.urgentLane`).
   */
  boardDb: Db;
  engine: 'pglite' | 'postgres';
  /**
   * Bulk-load rows with COPY (CSV). The fast path for the seed: PGlite reads a blob,
   * PostgreSQL a COPY stream.
   */
  copyCsv(table: string, columns: readonly string[], csv: string): Promise<void>;
  /** `select 1`: resolves when the database answers (the health check). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** The board's pool: a rebuild's read, and a lead's request beside it. */
const BOARD_CONNECTIONS = 2;

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface OpenDatabaseOptions {
  /** postgres://… to use PostgreSQL; otherwise PGlite. */
  databaseUrl?: string | undefined;
  /** Folder for PGlite's files, or "memory://" for an in-memory database (tests). */
  dataDir: string;
  /**
   * PostgreSQL: the deadline to get a connection and for a statement's answer (default 10 s,
   * FIREBREAK_DB_TIMEOUT_MS); past it the caller gets an error db-errors.ts calls unavailable.
   */
  timeoutMs?: number;
  /** PostgreSQL: connections in the main pool (default pg-pool.ts's, FIREBREAK_DB_POOL_SIZE). */
  poolSize?: number | undefined;
  /** Where lost PostgreSQL connections are reported (warn); a quiet default otherwise. */
  log?: Pick<Logger, 'warn'>;
}

/** Opens the database and applies any pending migration. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    return openPostgres(options.databaseUrl, {
      timeoutMs: options.timeoutMs ?? DEFAULT_DB_TIMEOUT_MS,
      log: options.log ?? { warn: () => undefined },
      max: options.poolSize,
    });
  }
  return openPglite(options.dataDir);
}

async function openPglite(dataDir: string): Promise<Database> {
  const memory = dataDir === 'memory://';
  if (!memory) mkdirSync(dataDir, { recursive: true });
  // On a thread of its own: under load PGlite was most of the gateway's event loop.
  const client = await PGliteThread.open(memory ? null : path.join(dataDir, 'pglite'));
  // drizzle-orm calls only `query` and `transaction`, which the thread answers as PGlite does.
  const db = drizzlePglite(client as unknown as PGlite, { schema });
  await migratePglite(db, { migrationsFolder });
  return {
    db: db as unknown as Db,
    boardDb: drizzlePglite(client.urgentLane() as unknown as PGlite, { schema }) as unknown as Db,
    engine: 'pglite',
    async copyCsv(table, columns, csv) {
      await client.copyFrom(
        `COPY ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')}) FROM '/dev/blob' WITH (FORMAT csv)`,
        csv,
      );
    },
    async ping() {
      await client.query('select 1');
    },
    close: () => client.close(),
  };
}

async function openPostgres(
  url: string,
  {
    timeoutMs,
    log,
    max,
  }: { timeoutMs: number; log: Pick<Logger, 'warn'>; max: number | undefined },
): Promise<Database> {
  // Migrations on a connection of their own, with no statement deadline (an index may take long).
  const migrator = await connectWithoutDeadline(url, timeoutMs);
  try {
    await migratePg(drizzlePg(migrator, { schema }), { migrationsFolder });
  } finally {
    await migrator.end();
  }
  const pool = createPostgresPool(url, { timeoutMs, log, max });
  const db = drizzlePg(pool, { schema });
  const boardPool = createPostgresPool(url, { timeoutMs, log, max: BOARD_CONNECTIONS });
  return {
    db: db as unknown as Db,
    boardDb: drizzlePg(boardPool, { schema }) as unknown as Db,
    engine: 'postgres',
    async copyCsv(table, columns, csv) {
      const { from } = await import('pg-copy-streams');
      // A bulk load is long by nature: no statement deadline here either.
      const conn = await connectWithoutDeadline(url, timeoutMs);
      try {
        await new Promise<void>((resolve, reject) => {
          const stream = conn.query(
            from(
              `COPY ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')}) FROM STDIN WITH (FORMAT csv)`,
            ),
          );
          stream.on('finish', resolve);
          stream.on('error', reject);
          stream.end(csv);
        });
      } finally {
        await conn.end();
      }
    },
    async ping() {
      await pool.query('select 1');
    },
    close: async () => {
      await Promise.all([pool.end(), boardPool.end()]);
    },
  };
}

function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a safe identifier: ${name}`);
  return `"${name}"`;
}
