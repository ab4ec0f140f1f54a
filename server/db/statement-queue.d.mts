/** Whether `sql` opens a transaction, ends one, or neither (statement-queue.mjs). */
export declare function transactionStep(sql: string): 'begin' | 'end' | null;

/** The database thread's statements, one at a time; urgent ones first, never inside a transaction. */
export declare class StatementQueue {
  /** `defer`: how the next statement is started (default: setImmediate). */
  constructor(options?: { defer?: (start: () => void) => void });
  push<T>(run: () => T | Promise<T>, options?: { sql?: string; urgent?: boolean }): Promise<T>;
}
