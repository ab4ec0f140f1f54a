/**
 * Routing steps in order by what they touch. A step names its keys (agents, contacts) when it is
 * queued and waits for every earlier step holding one of them; steps on different agents and
 * contacts run side by side, at most `maxRunning` at once (the database's connections). A barrier
 * step (start, reload) waits for everything before it and holds everything after it.
 *
 * No deadlock: a step takes all its keys when queued, and a running step never waits for a lane
 * (it may only `tryClaim` one that is idle), so every wait points at an earlier step.
 */
export class Lanes {
  private readonly lanes = new Map<string, { tail: Promise<void>; pending: number }>();
  private barrier: Promise<void> = Promise.resolve();
  private readonly unsettled = new Set<Promise<void>>();
  private running = 0;
  private readonly waitingToRun: (() => void)[] = [];

  constructor(private readonly maxRunning = 8) {}

  /** Runs `fn` after every earlier step on any of `keys`; its error reaches the caller only. */
  run<T>(keys: readonly string[], fn: () => Promise<T>): Promise<T> {
    const before = [this.barrier];
    for (const key of new Set(keys)) {
      const lane = this.lanes.get(key);
      if (lane) before.push(lane.tail);
    }
    const result = Promise.all(before).then(() => this.slot(fn));
    const settled = this.track(result);
    for (const key of new Set(keys)) this.hold(key, settled);
    return result;
  }

  /** Runs `fn` alone: after every step queued before it, and before every step queued after. */
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const result = Promise.all([this.barrier, ...this.unsettled]).then(fn);
    this.barrier = this.track(result);
    return result;
  }

  /** No step holds or waits for this key. */
  isIdle(key: string): boolean {
    return !this.lanes.has(key);
  }

  /**
   * From inside a running step: takes an idle lane until `release` is called (the step offering a
   * waiting contact it did not queue with). Null when the lane is busy; the caller leaves it.
   */
  tryClaim(key: string): (() => void) | null {
    if (!this.isIdle(key)) return null;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    this.hold(key, held);
    return release;
  }

  /** Resolves once every step queued so far has settled. */
  async drain(): Promise<void> {
    while (this.unsettled.size > 0) await Promise.all([...this.unsettled]);
  }

  private hold(key: string, until: Promise<void>): void {
    const lane = this.lanes.get(key) ?? { tail: until, pending: 0 };
    lane.tail = until;
    lane.pending += 1;
    this.lanes.set(key, lane);
    void until.then(() => {
      lane.pending -= 1;
      if (lane.pending === 0 && this.lanes.get(key) === lane) this.lanes.delete(key);
    });
  }

  private track(result: Promise<unknown>): Promise<void> {
    const settled = result.then(
      () => undefined,
      () => undefined,
    );
    this.unsettled.add(settled);
    void settled.then(() => this.unsettled.delete(settled));
    return settled;
  }

  private async slot<T>(fn: () => Promise<T>): Promise<T> {
    // A step that finishes hands its place to the next one waiting, so none jumps the line.
    if (this.running >= this.maxRunning) await new Promise<void>((resolve) => this.waitingToRun.push(resolve));
    else this.running += 1;
    try {
      return await fn();
    } finally {
      const next = this.waitingToRun.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}
