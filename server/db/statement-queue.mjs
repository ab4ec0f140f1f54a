/**
 * The embedded database's statements, one at a time (PGlite is one session). In the order sent,
 * except that an urgent statement (the team leads' board) runs before the ones still waiting:
 * under load the board's read waited its turn behind routing's writes, most of its time on the
 * database thread. Never inside someone's transaction: sent while one is open, it runs when that
 * transaction has ended. Jumping the queue is safe for a caller, as on PostgreSQL with a pool: a
 * statement waiting has not been answered, so nobody has been told it took effect yet.
 * Plain JavaScript, loaded by the database thread (`pglite-worker.mjs`).
 */

const BEGINS = /^\s*(begin|start)\b/i;
/** COMMIT, ROLLBACK (not ROLLBACK TO a savepoint), END, ABORT. */
const ENDS = /^\s*(commit|end|abort|rollback(?!\s+to\b))\b/i;

/** Whether `sql` opens a transaction, ends one, or neither. */
export function transactionStep(sql) {
  if (BEGINS.test(sql)) return 'begin';
  if (ENDS.test(sql)) return 'end';
  return null;
}

export class StatementQueue {
  /** @type {{ run: () => unknown; step: 'begin' | 'end' | null; resolve: (v: unknown) => void; reject: (e: unknown) => void }[]} */
  #waiting = [];
  /** @type {typeof this.#waiting} */
  #urgent = [];
  #running = false;
  #scheduled = false;
  #inTransaction = false;
  #defer;

  /**
   * @param {{ defer?: (start: () => void) => void }} [options] how the next statement is started:
   * by default in a later turn of the event loop, after the thread has taken every message that
   * came while the last one ran (the thread hands over one message at a time, each followed by
   * its microtasks: started at once, the urgent statement would still be behind the others)
   */
  constructor(options = {}) {
    this.#defer = options.defer ?? ((start) => setImmediate(start));
  }

  /**
   * Runs `run` after the statements sent before it (or, `urgent`, before those still waiting,
   * once no transaction is open). `sql` tells a transaction's BEGIN and its end.
   * @template T
   * @param {() => T | Promise<T>} run
   * @param {{ sql?: string; urgent?: boolean }} [options]
   * @returns {Promise<T>}
   */
  push(run, options = {}) {
    return new Promise((resolve, reject) => {
      const job = { run, step: transactionStep(options.sql ?? ''), resolve, reject };
      (options.urgent ? this.#urgent : this.#waiting).push(job);
      this.#next();
    });
  }

  #next() {
    if (this.#running || this.#scheduled) return;
    if (this.#waiting.length === 0 && this.#urgent.length === 0) return;
    this.#scheduled = true;
    this.#defer(() => {
      this.#scheduled = false;
      this.#start();
    });
  }

  #start() {
    const job =
      !this.#inTransaction && this.#urgent.length > 0
        ? this.#urgent.shift()
        : this.#waiting.shift();
    // Only urgent statements, and a transaction open: they wait for its next statement.
    if (job === undefined) return;
    this.#running = true;
    const settle = (ok) => {
      if (job.step === 'begin' && ok) this.#inTransaction = true;
      if (job.step === 'end') this.#inTransaction = false;
      this.#running = false;
      this.#next();
    };
    Promise.resolve()
      .then(job.run)
      .then(
        (value) => {
          job.resolve(value);
          settle(true);
        },
        (error) => {
          job.reject(error);
          settle(false);
        },
      );
  }
}
