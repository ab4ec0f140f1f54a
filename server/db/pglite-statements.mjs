/**
 * Named prepared statements for PGlite. `PGlite.query` parses, analyses and plans every statement
 * anew (an unnamed statement each time); under bench:console's load that was up to two thirds of a
 * statement's time on the database thread (a contact's insert: 1.2–2.5 ms planning, 0.7 ms
 * running). A statement sent a second time is prepared under a name and bound from then on, as
 * node-postgres does with a named query; PostgreSQL then keeps its plan when a generic one serves.
 *
 * The same wire-protocol steps as `PGlite.query` (bind, describe, execute, sync) under PGlite's
 * lock, and results read by PGlite's own `parseResults` with the caller's row mode and parsers.
 * Every statement, prepared or not, is queued here (`statement-queue.mjs`): one runs when the one
 * before it has ended (`PGlite.query` takes its lock a tick late, so mixing the two would not keep
 * the order sent, and a statement sent after a COMMIT could run inside the transaction). Plain JavaScript, loaded by
 * the database thread (`pglite-worker.mjs`).
 */
import { parse, protocol } from '@electric-sql/pglite';
import { StatementQueue } from './statement-queue.mjs';

const { serialize } = protocol;

/** Statements remembered (seen once, or prepared), least recently used forgotten first. */
export const STATEMENTS_KEPT = 500;

const TRANSACTION_CONTROL = /^\s*(begin|commit|rollback|savepoint|release|start|end|abort)\b/i;

/** PostgreSQL's answer when a statement's result columns changed under it (DDL since it was prepared). */
const PLAN_CHANGED = '0A000';
/** ... and when the statement is not there any more (DEALLOCATE, DISCARD). */
const NO_SUCH_STATEMENT = '26000';

/**
 * What runs as `PGlite.query` runs it: transaction control (allowed in an aborted transaction),
 * and statements with options of PGlite's own (a COPY's blob, parameter types, notices).
 */
function asPGliteRuns(sql, options) {
  return (
    TRANSACTION_CONTROL.test(sql) ||
    options?.blob !== undefined ||
    options?.paramTypes !== undefined ||
    options?.onNotice !== undefined
  );
}

export class PreparedStatements {
  /** @type {Map<string, { name: string | null; paramTypes: number[] }>} sql → its statement */
  #statements = new Map();
  #nextName = 1;
  /** The statements sent, run one at a time (urgent ones first, never inside a transaction). */
  #queue = new StatementQueue();

  /**
   * @param {import('@electric-sql/pglite').PGlite} db
   * @param {{ kept?: number }} [options]
   */
  constructor(db, options = {}) {
    this.db = db;
    this.kept = options.kept ?? STATEMENTS_KEPT;
  }

  /**
   * Runs `sql` after every statement sent before it (`urgent`: before those still waiting, once
   * no transaction is open), answering what `PGlite.query` answers; prepared from its second time.
   * @param {string} sql
   * @param {unknown[]} params
   * @param {import('@electric-sql/pglite').QueryOptions} [options]
   * @param {{ urgent?: boolean }} [order]
   */
  query(sql, params, options, order = {}) {
    let run;
    if (asPGliteRuns(sql, options)) {
      run = () => this.db.query(sql, params, options);
    } else {
      const known = this.#statements.get(sql);
      this.#remember(sql, known ?? { name: null, paramTypes: [] });
      run =
        known === undefined
          ? () => this.db.query(sql, params, options)
          : () => this.db._runExclusiveQuery(() => this.#run(sql, known, params, options));
    }
    return this.#queue.push(run, { sql, urgent: order.urgent === true });
  }

  /** Settles once every statement sent so far has run (before closing the database). */
  drained() {
    return this.#queue.push(() => undefined);
  }

  /**
   * Moves the statement to the most recently used end; forgets the oldest past `kept` (closed
   * after the statements already sent, which may still use it).
   */
  #remember(sql, statement) {
    this.#statements.delete(sql);
    this.#statements.set(sql, statement);
    if (this.#statements.size <= this.kept) return;
    const [oldestSql, oldest] = this.#statements.entries().next().value;
    this.#statements.delete(oldestSql);
    if (oldest.name !== null) this.#closeLater(oldest.name);
  }

  #closeLater(name) {
    void this.#queue
      .push(() =>
        this.db._runExclusiveQuery(async () => {
          await this.#step(serialize.close({ type: 'S', name }));
          await this.#step(serialize.sync());
        }),
      )
      .catch(() => undefined);
  }

  #step(message) {
    return this.db.execProtocolStream(message, { syncToFs: false });
  }

  async #run(sql, statement, params, options, again = false) {
    const messages = [];
    let failure;
    try {
      if (statement.name === null) {
        const name = `fb_${String(this.#nextName++)}`;
        await this.#step(serialize.parse({ name, text: sql }));
        statement.paramTypes = parse.parseDescribeStatementResults(
          await this.#step(serialize.describe({ type: 'S', name })),
        );
        statement.name = name;
      }
      const values = params.map((value, i) => {
        if (value === null || value === undefined) return null;
        const type = statement.paramTypes[i];
        const serialize = options?.serializers?.[type] ?? this.db.serializers[type];
        return serialize ? serialize(value) : value.toString();
      });
      messages.push(
        ...(await this.#step(serialize.bind({ statement: statement.name, values }))),
        ...(await this.#step(serialize.describe({ type: 'P' }))),
        ...(await this.#step(serialize.execute({}))),
      );
    } catch (error) {
      failure = error;
    }
    const synced = await this.#step(serialize.sync());
    if (failure !== undefined) {
      // Outside a transaction a statement that must be prepared again is, at once.
      const idle = synced.some((m) => m.name === 'readyForQuery' && m.status === 'I');
      if ((await this.#preparedAgain(sql, statement, failure)) && idle && !again) {
        const fresh = { name: null, paramTypes: [] };
        this.#remember(sql, fresh);
        return this.#run(sql, fresh, params, options, true);
      }
      throw Object.assign(failure, { query: sql, params, queryOptions: options });
    }
    messages.push(...synced);
    await this.db.syncToFs();
    return parse.parseResults(messages, this.db.parsers, options)[0];
  }

  /**
   * Whether PostgreSQL can no longer run the statement as prepared: its result columns changed
   * (DDL since) or it is gone (DEALLOCATE, DISCARD). It is forgotten, to be prepared again.
   */
  async #preparedAgain(sql, statement, error) {
    const code = error?.code;
    if (statement.name === null || (code !== PLAN_CHANGED && code !== NO_SUCH_STATEMENT))
      return false;
    if (this.#statements.get(sql) === statement) this.#statements.delete(sql);
    if (code === PLAN_CHANGED) {
      await this.#step(serialize.close({ type: 'S', name: statement.name }));
      await this.#step(serialize.sync());
    }
    return true;
  }
}
