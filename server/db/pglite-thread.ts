import { Worker } from 'node:worker_threads';

/** What PGlite answers, as drizzle-orm's PGlite driver reads it. */
export interface ThreadResults {
  rows: unknown[];
  fields: { name: string; dataTypeID: number }[];
  affectedRows?: number;
}

/** drizzle-orm's query options: the row mode, and its parsers (recognised, applied on the thread). */
export interface ThreadQueryOptions {
  rowMode?: 'array' | 'object';
  parsers?: Record<number, unknown>;
}

/** What a transaction's callback gets: queries inside it (drizzle-orm reads only `query`). */
export interface ThreadTransaction {
  query(sql: string, params?: unknown[], options?: ThreadQueryOptions): Promise<ThreadResults>;
}

interface WorkerRequest {
  id: number;
  sql?: string;
  params?: unknown[];
  rowMode?: 'array' | 'object';
  keepDatesAsText?: boolean;
  csv?: string;
  /** Before the statements still waiting on the thread, outside any transaction. */
  urgent?: true;
  close?: true;
}

interface PlainError {
  name: string;
  message: string;
  [field: string]: unknown;
}

type WorkerReply =
  | { ready: true }
  | { ready: false; error: PlainError }
  | { id: number; result: ThreadResults }
  | { id: number; closed: true }
  | { id: number; error: PlainError };

/** The message db-errors.ts reads as "the database is gone" (503, try again). */
const CLOSED = 'PGlite is closed';

/** The database error as PGlite threw it: its message, its code and PostgreSQL's other fields. */
function revive(plain: PlainError): Error {
  const { message, ...fields } = plain;
  return Object.assign(new Error(message), fields);
}

/**
 * PGlite on a worker thread (`pglite-worker.mjs`), with the part of PGlite's API drizzle-orm's
 * driver and the gateway use: `query`, `transaction`, a CSV `copyFrom` and `close`. Under load
 * PGlite was 70 % of the gateway's thread (bench:console); here it has a core of its own and the
 * event loop stays free for sockets and requests.
 *
 * One session, as PGlite is: statements run in the order sent, and a transaction has the database
 * to itself. A statement sent while one is open (or waiting) runs after it, as PGlite's own lock
 * would have it; statements sent when none is have no lock to wait for.
 */
export class PGliteThread {
  private readonly worker: Worker;
  private readonly waiting = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void }
  >();
  private nextId = 1;
  private closed = false;
  /** Transactions open or waiting; while there are any, statements wait for them to end. */
  private transactions = 0;
  /** Settles when the last transaction queued has sent its COMMIT or ROLLBACK. */
  private transactionsEnd: Promise<void> = Promise.resolve();

  private constructor(worker: Worker) {
    this.worker = worker;
    worker.on('message', (reply: WorkerReply) => {
      if (!('id' in reply)) return;
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if ('error' in reply) waiter?.reject(revive(reply.error));
      else waiter?.resolve('result' in reply ? reply.result : undefined);
    });
    // The thread died (out of memory, a crash): everything waiting fails as "database gone".
    const gone = () => this.failAll();
    worker.on('error', gone);
    worker.on('exit', gone);
  }

  /** Starts the thread and opens the database: `dataDir`, or in memory when null. */
  static async open(dataDir: string | null): Promise<PGliteThread> {
    const worker = new Worker(new URL('./pglite-worker.mjs', import.meta.url), {
      workerData: { dataDir },
    });
    const ready = await new Promise<WorkerReply>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) =>
        reject(new Error(`the database thread exited (${String(code)})`)),
      );
    });
    if ('ready' in ready && !ready.ready) {
      await worker.terminate();
      throw revive(ready.error);
    }
    return new PGliteThread(worker);
  }

  query(sql: string, params?: unknown[], options?: ThreadQueryOptions): Promise<ThreadResults> {
    const send = () => this.send<ThreadResults>(statement(sql, params, options));
    return this.transactions === 0 ? send() : this.transactionsEnd.then(send);
  }

  /**
   * The same database, for statements that must not wait behind the others (the team leads'
   * board): each runs on the thread before the statements still waiting there, but never inside a
   * transaction (sent while one is open, it runs when that one has ended). Its transactions are
   * the thread's own, in turn with the others. For drizzle-orm, as PGlite.
   */
  urgentLane(): Pick<PGliteThread, 'query' | 'transaction'> {
    return {
      query: (sql, params, options) =>
        this.send<ThreadResults>({ ...statement(sql, params, options), urgent: true }),
      transaction: (fn) => this.transaction(fn),
    };
  }

  /** COPY … FROM '/dev/blob' with `csv` as the blob (the seed's bulk load). */
  copyFrom(sql: string, csv: string): Promise<ThreadResults> {
    const send = () => this.send<ThreadResults>({ ...statement(sql), csv });
    return this.transactions === 0 ? send() : this.transactionsEnd.then(send);
  }

  /**
   * Runs `fn` between BEGIN and COMMIT (ROLLBACK when it throws), with the database to itself:
   * it starts when the transactions before it have ended, and statements sent meanwhile wait
   * for it. They are sent as soon as its COMMIT is, not when it is answered: the thread runs
   * them in that order anyway.
   */
  transaction<T>(fn: (tx: ThreadTransaction) => Promise<T>): Promise<T> {
    this.transactions += 1;
    const start = this.transactionsEnd;
    let ended!: () => void;
    this.transactionsEnd = new Promise<void>((resolve) => {
      ended = resolve;
    });
    const end = (sql: 'COMMIT' | 'ROLLBACK') => {
      const sent = this.send(statement(sql));
      this.transactions -= 1;
      ended();
      return sent;
    };
    return start.then(async () => {
      let result: T;
      try {
        await this.send(statement('BEGIN'));
        result = await fn({
          query: (sql, params, options) => this.send(statement(sql, params, options)),
        });
      } catch (error) {
        await end('ROLLBACK').catch(() => undefined);
        throw error;
      }
      await end('COMMIT');
      return result;
    });
  }

  /** Closes the database and ends the thread; later statements fail as "database gone". */
  async close(): Promise<void> {
    if (this.closed) return;
    try {
      await this.send({ close: true });
    } finally {
      this.closed = true;
      this.failAll();
      await this.worker.terminate();
    }
  }

  private send<T>(request: Omit<WorkerRequest, 'id'>): Promise<T> {
    if (this.closed) return Promise.reject(new Error(CLOSED));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ ...request, id } satisfies WorkerRequest);
    });
  }

  private failAll(): void {
    this.closed = true;
    for (const waiter of this.waiting.values()) waiter.reject(new Error(CLOSED));
    this.waiting.clear();
  }
}

function statement(
  sql: string,
  params?: unknown[],
  options?: ThreadQueryOptions,
): Omit<WorkerRequest, 'id'> {
  return {
    sql,
    params: params ?? [],
    ...(options?.rowMode === undefined ? {} : { rowMode: options.rowMode }),
    // drizzle-orm passes its parsers with every statement; they keep dates as text.
    ...(options?.parsers === undefined ? {} : { keepDatesAsText: true }),
  };
}
