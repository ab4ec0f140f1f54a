import type { Outbox } from './outbox';
import { refusalOf } from './outbox-errors';
import type { OutboxItem } from './outbox-item';

export interface OutboxRunnerOptions {
  outbox: Outbox;
  /** Sends one item (the client event with its payload); resolves with the acknowledged data. */
  send: (item: OutboxItem) => Promise<unknown>;
  /** The signed-in agent: only their items are sent. Null when nobody is signed in. */
  agentId: () => string | null;
  /** The agent's socket is connected and announced ready. */
  online: () => boolean;
  /** Runs before the item leaves the outbox: the real message takes the pending one's place. */
  onDelivered?: (item: OutboxItem, result: unknown) => void;
  /** Waits before sending again after a failure that may pass; the last one repeats. */
  retryDelaysMs?: readonly number[];
}

const DEFAULT_RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

type Attempt = 'sent' | 'failed' | 'retry';

/**
 * Sends the signed-in agent's outbox, oldest first, one at a time: nothing overtakes an item that
 * is still waiting for the network. An item the gateway refused is set aside for the agent, and the
 * later items of the same contact wait behind it (a conversation never reads out of order); other
 * contacts' items go on. `kick` whenever there may be something to send: on start, on a new item,
 * when the connection is ready again.
 */
export class OutboxRunner {
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private readonly delays: readonly number[];

  constructor(private readonly options: OutboxRunnerOptions) {
    this.delays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  }

  kick(): void {
    if (this.stopped) return;
    if (this.running !== null) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.running = this.drain()
      .catch((error: unknown) => {
        // Storage failed under us: try again later rather than never.
        console.warn('[outbox] sending stopped', error);
        this.retryLater();
      })
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Resolves once nothing is being sent (tests). */
  async idle(): Promise<void> {
    while (this.running !== null) await this.running;
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private canSend(agentId: string): boolean {
    return !this.stopped && this.options.agentId() === agentId && this.options.online();
  }

  private async drain(): Promise<void> {
    const agentId = this.options.agentId();
    if (agentId === null || !this.canSend(agentId)) return;
    const { outbox } = this.options;
    await outbox.load();
    const heldBack = new Set<string>();
    for (const { key } of outbox.itemsOf(agentId)) {
      if (!this.canSend(agentId)) return;
      const item = outbox.find(key);
      if (item === undefined) continue;
      if (item.status === 'failed' || heldBack.has(item.contactId)) {
        heldBack.add(item.contactId);
        continue;
      }
      const outcome = await this.attempt(item);
      if (outcome === 'retry') {
        this.retryLater();
        return;
      }
      if (outcome === 'failed') heldBack.add(item.contactId);
    }
    this.failures = 0;
  }

  private async attempt(pending: OutboxItem): Promise<Attempt> {
    const { outbox } = this.options;
    const item = await outbox.recordAttempt(pending);
    let result: unknown;
    try {
      result = await this.options.send(item);
    } catch (error) {
      const refusal = refusalOf(error, item.attempts);
      if (refusal === null) return 'retry';
      await outbox.fail(item, refusal);
      return 'failed';
    }
    this.failures = 0;
    // Signed out meanwhile: the gateway has it, but nothing of it may reach the next session's screen.
    if (!this.stopped) this.options.onDelivered?.(item, result);
    await outbox.delivered(item, result);
    return 'sent';
  }

  private retryLater(): void {
    if (this.stopped) return;
    const delay = this.delays[Math.min(this.failures, this.delays.length - 1)] ?? 1_000;
    this.failures += 1;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.kick(), delay);
  }
}
