import type { DeliverySequence } from './delivery-sequence.js';
import type { DeliveryPoint } from './schemas/socket.js';

export interface DeliveryAcksOptions {
  sequence: DeliverySequence;
  /** Whether an acknowledgement can go now (the socket is connected). */
  connected: () => boolean;
  /** Sends `sync.ack`; resolves false when it was lost with the connection. */
  send: (point: DeliveryPoint) => Promise<boolean>;
  /** Runs `fn` on a later turn, after the burst (the runtime's `setTimeout(fn, 0)`). */
  later: (fn: () => void) => void;
}

/**
 * The desktop's acknowledgements of its delivery sequence: one `sync.ack` soon after a burst of
 * applied events (on a later turn), none when nothing new was applied, and a lost one is sent
 * again with the next (the gateway re-sends what it has not seen acknowledged meanwhile).
 */
export class DeliveryAcks {
  private pending = false;
  /** Bumped by `stop()`: an acknowledgement scheduled before it does not go out. */
  private generation = 0;
  /** The last point acknowledged (`epoch:seq`). */
  private acked = '';

  constructor(private readonly options: DeliveryAcksOptions) {}

  /** Something was received: acknowledge what is applied, once for the burst. */
  schedule(): void {
    if (this.pending) return;
    this.pending = true;
    const generation = this.generation;
    this.options.later(() => {
      if (generation !== this.generation) return;
      this.pending = false;
      this.flush();
    });
  }

  /** Drops the acknowledgement waiting to go (the connection is being stopped). */
  stop(): void {
    this.generation += 1;
    this.pending = false;
  }

  private flush(): void {
    const point = this.options.sequence.appliedPoint();
    const key = point === null ? '' : `${point.epoch}:${String(point.seq)}`;
    if (point === null || !this.options.connected() || key === this.acked) return;
    this.acked = key;
    void this.options.send(point).then((sent) => {
      if (!sent) this.acked = '';
    });
  }
}
