import type {
  DeliveryMeta,
  DeliveryPoint,
  DeliveryState,
} from './schemas/socket.js';

interface Waiting {
  epoch: string;
  apply: () => void;
}

/**
 * The desktop's side of an agent's delivery sequence: applies sequenced events in order and once
 * each, whatever order and however often they arrive (re-sends, replays after a reconnect).
 * Until `agent.ready` answers, events are held: only then is it known where the sequence starts.
 */
export class DeliverySequence {
  private epoch: string | null = null;
  private seq = 0;
  private established = false;
  private readonly waiting = new Map<number, Waiting>();

  /** Where to resume after a reconnect, or null when nothing was applied in this run yet. */
  resumePoint(): DeliveryPoint | null {
    return this.epoch === null ? null : { epoch: this.epoch, seq: this.seq };
  }

  /** What has been applied (for `sync.ack`); null before the first `agent.ready` answer. */
  appliedPoint(): DeliveryPoint | null {
    return this.established ? this.resumePoint() : null;
  }

  /** The connection dropped: hold what arrives until the next `agent.ready` answer. */
  suspend(): void {
    this.established = false;
  }

  /**
   * An event arrived. Returns whether it was applied now (with any held ones it unblocked),
   * held for later (ahead of a gap, or before `agent.ready` answered) or a duplicate, ignored.
   */
  receive(meta: DeliveryMeta, apply: () => void): 'applied' | 'held' | 'duplicate' {
    if (this.established) {
      if (meta.epoch !== this.epoch || meta.seq <= this.seq) return 'duplicate';
    }
    if (this.waiting.has(meta.seq) && this.waiting.get(meta.seq)?.epoch === meta.epoch) return 'duplicate';
    this.waiting.set(meta.seq, { epoch: meta.epoch, apply });
    if (!this.established) return 'held';
    return this.drain() > 0 && meta.seq <= this.seq ? 'applied' : 'held';
  }

  /**
   * `agent.ready` answered. Resumed: carry on from where we were (the re-sent events are held
   * already). Not resumed: start afresh at the gateway's point; what was held from before it, or
   * from another run, is dropped.
   */
  establish(state: Pick<DeliveryState, 'epoch' | 'seq' | 'resumed'>): void {
    if (!state.resumed || this.epoch !== state.epoch) {
      this.epoch = state.epoch;
      this.seq = state.seq;
      for (const [seq, waiting] of this.waiting) {
        if (waiting.epoch !== state.epoch || seq <= state.seq) this.waiting.delete(seq);
      }
    }
    this.established = true;
    this.drain();
  }

  /** Applies held events while the next one in the sequence is there. */
  private drain(): number {
    let applied = 0;
    for (;;) {
      const next = this.waiting.get(this.seq + 1);
      if (next === undefined || next.epoch !== this.epoch) return applied;
      this.waiting.delete(this.seq + 1);
      this.seq += 1;
      applied += 1;
      next.apply();
    }
  }
}
