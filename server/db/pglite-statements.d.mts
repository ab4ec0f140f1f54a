import type { PGlite, QueryOptions, Results } from '@electric-sql/pglite';

/** Statements remembered (seen once, or prepared), least recently used forgotten first. */
export declare const STATEMENTS_KEPT: number;

/** Named prepared statements for PGlite, in the order sent (pglite-statements.mjs). */
export declare class PreparedStatements {
  constructor(db: PGlite, options?: { kept?: number });
  /** Settles once every statement sent so far has run. */
  drained(): Promise<void>;
  /**
   * Runs `sql` after every statement sent before it (`urgent`: before those still waiting, once
   * no transaction is open); prepared from its second time.
   */
  query<T = Record<string, unknown>>(
    sql: string,
    params: unknown[],
    options?: QueryOptions,
    order?: { urgent?: boolean },
  ): Promise<Results<T>>;
}
