/**
 * When the team leads' board is rebuilt. One rebuild at a time; a change while idle starts one
 * after `gatherMs` (the other touches of the same event join it); under a stream of changes a
 * rebuild starts `intervalMs` after the previous one started, or as soon as it ends when it took
 * longer. A change never waits for more than the rest of the rebuild under way plus one more.
 *
 * Before, the next rebuild was timed from the end of the last one (a change arriving during a
 * rebuild waited for it, then the whole interval, then its own rebuild).
 */
export interface PacerOptions {
  /** How long a first change waits for the rest of its event (default 20 ms). */
  gatherMs?: number;
  /** The least time between two rebuilds' starts (default 250 ms: well within a second). */
  intervalMs?: number;
  now?: () => number;
}

export class RebuildPacer {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  /** When the first change not yet served by a rebuild came (null: none). */
  private pendingSince: number | null = null;
  private lastStart = Number.NEGATIVE_INFINITY;
  private closed = false;
  private readonly gatherMs: number;
  private readonly intervalMs: number;
  private readonly now: () => number;

  constructor(
    /**
     * The rebuild, told when the oldest change it serves came; its failures are its own to
     * report (a rejection here is dropped).
     */
    private readonly rebuild: (requestedAt: number) => Promise<void>,
    options: PacerOptions = {},
  ) {
    this.gatherMs = options.gatherMs ?? 20;
    this.intervalMs = options.intervalMs ?? 250;
    this.now = options.now ?? (() => Date.now());
  }

  /** Something changed: a rebuild will start that sees it. */
  request(): void {
    this.pendingSince ??= this.now();
    this.schedule();
  }

  /** No more rebuilds; resolves once the one under way (if any) has ended. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  private schedule(): void {
    if (this.closed || this.pendingSince === null || this.timer !== null || this.running !== null)
      return;
    const delay = Math.max(this.gatherMs, this.lastStart + this.intervalMs - this.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      this.start();
    }, delay);
    this.timer.unref();
  }

  private start(): void {
    const requestedAt = this.pendingSince;
    if (this.closed || requestedAt === null) return;
    this.pendingSince = null;
    this.lastStart = this.now();
    this.running = this.rebuild(requestedAt)
      .catch(() => undefined)
      .finally(() => {
        this.running = null;
        this.schedule();
      });
  }
}
