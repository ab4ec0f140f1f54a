/**
 * Requests in flight by idempotency key, on this node: a duplicate that arrives while the first
 * is still being applied waits for it and gets the same result (or the same error) instead of
 * racing it. The database constraint behind each key is what holds across nodes and restarts;
 * this only spares the loser of a race on one node a pointless round trip into it.
 */
export class SingleFlight<T> {
  private readonly running = new Map<string, Promise<T>>();

  /** Runs `fn` for `key` unless a run for it is under way, then shares that one's outcome. */
  run(key: string, fn: () => Promise<T>): Promise<T> {
    const running = this.running.get(key);
    if (running) return running;
    const started = fn().finally(() => {
      this.running.delete(key);
    });
    this.running.set(key, started);
    return started;
  }

  get size(): number {
    return this.running.size;
  }
}

/** Keys are per agent: the same uuid from two agents is two requests. */
export const flightKey = (agentId: string, idempotencyKey: string) => `${agentId}\u0000${idempotencyKey}`;
