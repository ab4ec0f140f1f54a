import { io, type Socket } from 'socket.io-client';
import { DeliverySequence } from '../../shared/delivery-sequence.js';
import {
  deliveryMetaSchema,
  serverEventSchemas,
  type Ack,
  type ClientEventName,
  type ClientEventRequest,
  type ClientEventResponse,
  type DeliveryState,
  type ServerEventName,
} from '../../shared/schemas/socket.js';

export interface AppliedEvent {
  event: ServerEventName;
  payload: unknown;
  seq: number;
}

export interface SequencedDesktopOptions {
  /** socket.io's own reconnection (with its jittered backoff); off by default. */
  reconnection?: boolean;
  reconnectionDelay?: number;
  reconnectionDelayMax?: number;
  /** Acknowledge applied events (default true); false plays a desktop whose acks are lost. */
  acknowledge?: boolean;
  /** Only for a test of the handshake itself: do not announce ready on connect. */
  manualReady?: boolean;
}

/**
 * A desktop that speaks the delivery protocol as the renderer's connector does: announces ready
 * with its resume point on every connect, applies the agent's sequenced events in order and once
 * each (shared `DeliverySequence`), acknowledges them, and counts what it ignored as duplicates.
 * For integration and fault tests and the load benchmark; no React, no cache.
 */
export class SequencedDesktop {
  readonly socket: Socket;
  readonly applied: AppliedEvent[] = [];
  /** Sequenced events that arrived again and were ignored (re-sends, replays). */
  duplicates = 0;
  /** The last `agent.ready` answer's delivery state. */
  delivery: DeliveryState | null = null;
  /** Each connect's `agent.ready` answer, in order. */
  readonly readies: DeliveryState[] = [];
  private readonly sequence = new DeliverySequence();
  private readonly watchers = new Set<() => void>();
  private ackTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(url: string, token: () => string, private readonly options: SequencedDesktopOptions = {}) {
    this.socket = io(url, {
      auth: (callback) => callback({ token: token() }),
      transports: ['websocket'],
      // Its own connection, as a desktop on another machine has (socket.io would otherwise share
      // one connection among every client of the same URL in this process).
      forceNew: true,
      reconnection: options.reconnection ?? false,
      reconnectionDelay: options.reconnectionDelay ?? 1_000,
      reconnectionDelayMax: options.reconnectionDelayMax ?? 10_000,
      randomizationFactor: 0.5,
      autoConnect: false,
    });
    this.socket.on('connect', () => {
      if (!options.manualReady) void this.ready().catch(() => undefined);
    });
    this.socket.on('disconnect', () => this.sequence.suspend());
    for (const event of Object.keys(serverEventSchemas) as ServerEventName[]) {
      this.socket.on(event as never, ((payload: unknown, meta: unknown) => this.receive(event, payload, meta)) as never);
    }
  }

  /** Connects; resolves once `agent.ready` answered (on connect, unless `manualReady`), rejects on a refusal. */
  async connect(): Promise<void> {
    const readies = this.readies.length;
    await new Promise<void>((resolve, reject) => {
      this.socket.once('connect', () => resolve());
      this.socket.once('connect_error', reject);
      this.socket.connect();
    });
    if (!this.options.manualReady) await this.until(() => this.readies.length > readies, 10_000, 'agent.ready');
  }

  /** Announces ready with the resume point; the sequence carries on from the answer. */
  async ready(): Promise<DeliveryState> {
    const answer = await this.request('agent.ready', { delivery: { resume: this.sequence.resumePoint() } });
    if (!answer.ok) throw new Error(`agent.ready refused: ${answer.error.message}`);
    const delivery = answer.data.delivery;
    if (!delivery) throw new Error('the gateway did not answer with a delivery state');
    this.delivery = delivery;
    this.readies.push(delivery);
    this.sequence.establish(delivery);
    this.changed();
    return delivery;
  }

  request<E extends ClientEventName>(event: E, payload: ClientEventRequest<E>, timeoutMs = 10_000): Promise<Ack<ClientEventResponse<E>>> {
    return (this.socket.timeout(timeoutMs) as unknown as { emitWithAck(e: string, p: unknown): Promise<Ack<ClientEventResponse<E>>> }).emitWithAck(
      event,
      payload,
    );
  }

  /** The events of one kind applied so far (each sequenced event once). */
  appliedOf(event: ServerEventName): AppliedEvent[] {
    return this.applied.filter((e) => e.event === event);
  }

  /** Resolves when `check` holds (checked on every applied event and ready), or rejects after `timeoutMs`. */
  until<T>(check: () => T | undefined | false, timeoutMs = 10_000, what = 'the expected events'): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const test = () => {
        const result = check();
        if (result === undefined || result === false) return false;
        this.watchers.delete(test);
        clearTimeout(timer);
        resolve(result);
        return true;
      };
      const timer = setTimeout(() => {
        this.watchers.delete(test);
        reject(new Error(`${what} did not arrive within ${String(timeoutMs)} ms`));
      }, timeoutMs);
      this.watchers.add(test);
      test();
    });
  }

  close(): void {
    clearTimeout(this.ackTimer);
    this.socket.close();
  }

  private receive(event: ServerEventName, payload: unknown, rawMeta: unknown): void {
    const meta = deliveryMetaSchema.safeParse(rawMeta);
    if (!meta.success) return; // broadcasts: not this desktop's concern
    const outcome = this.sequence.receive(meta.data, () => this.applied.push({ event, payload, seq: meta.data.seq }));
    if (outcome === 'duplicate') this.duplicates++;
    this.changed();
    this.scheduleAck();
  }

  private scheduleAck(): void {
    if (this.options.acknowledge === false || this.ackTimer !== undefined) return;
    this.ackTimer = setTimeout(() => {
      this.ackTimer = undefined;
      const point = this.sequence.appliedPoint();
      if (point && this.socket.connected) void this.request('sync.ack', point).catch(() => undefined);
    }, 0);
  }

  private changed(): void {
    for (const watcher of [...this.watchers]) watcher();
  }
}
