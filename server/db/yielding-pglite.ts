import { PGlite } from '@electric-sql/pglite';

/** Past this much time without a turn of the event loop, the next statement waits for one. */
export const YIELD_AFTER_MS = 100;

/**
 * PGlite runs each statement synchronously on this thread, and its answers resolve as
 * microtasks: a backlog of statements (a burst of contacts) would run back to back without ever
 * letting the event loop read a socket, and desktops would miss their heartbeats and drop. Here
 * a statement that starts more than YIELD_AFTER_MS after the last turn first lets the event loop
 * take one (setImmediate), inside PGlite's own lock so statements keep their order. Measured in
 * docs/benchmarks.md (bench:load).
 */
export class YieldingPGlite extends PGlite {
  private lastTurn = performance.now();

  override _runExclusiveTransaction<T>(fn: () => Promise<T>): Promise<T> {
    return super._runExclusiveTransaction(async () => {
      if (performance.now() - this.lastTurn > YIELD_AFTER_MS) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        this.lastTurn = performance.now();
      }
      return fn();
    });
  }
}
