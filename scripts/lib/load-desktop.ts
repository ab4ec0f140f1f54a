/**
 * One desktop of the load benchmark: the delivery protocol as the renderer's RealtimeConnector
 * speaks it on the wire, and nothing it would show. Announces `agent.ready` with its resume point
 * on every connect, applies the agent's sequenced events in order and once each (the shared
 * `DeliverySequence`), acknowledges them, and reconnects as a desktop does: socket.io's jittered
 * backoff, and at once after the gateway closed it (`io server disconnect`, which socket.io would
 * not retry by itself).
 *
 * Leaner than `server/testing/SequencedDesktop` on purpose: a thousand of these share one worker
 * thread, so nothing is kept per event (no payloads, no watchers) and the benchmark reacts to each
 * event as it is applied.
 */
import { io, type Socket } from 'socket.io-client';
import { DeliveryAcks } from '../../shared/delivery-acks.js';
import { DeliverySequence } from '../../shared/delivery-sequence.js';
import type { AgentStatus } from '../../shared/schemas/auth.js';
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

/**
 * The renderer's `RECONNECT_BACKOFF` (renderer/src/realtime/socket.ts: 1 s doubling to 10 s,
 * ± 50 %), restated because scripts may not import the renderer. Keep the two the same: the
 * restart figure is what a floor of real desktops would see only while they are.
 */
export const DESKTOP_RECONNECT = {
  reconnectionDelay: 1_000,
  reconnectionDelayMax: 10_000,
  randomizationFactor: 0.5,
} as const;

/** The connector's wait before asking again when `agent.ready` failed or the handshake was refused. */
const RETRY_MS = 3_000;
const ACK_TIMEOUT_MS = 10_000;
const SERVER_EVENTS = Object.keys(serverEventSchemas) as ServerEventName[];

export type ReadyAnswer = AgentStatus & { delivery: DeliveryState };

export interface LoadDesktopListener {
  /** A sequenced event, applied: in order, once. */
  applied(event: ServerEventName, payload: unknown): void;
  /** An event without a delivery point (presence, counts, the agent's own state). */
  broadcast(event: ServerEventName, payload: unknown): void;
  /** `agent.ready` answered on this connection. */
  ready(answer: ReadyAnswer): void;
  problem(what: string): void;
}

export class LoadDesktop {
  private readonly socket: Socket;
  private readonly sequence = new DeliverySequence();
  private isReady = false;
  private closed = false;
  private waiters: (() => void)[] = [];
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  /** `sync.ack`, once per burst, as the renderer's connector does. */
  private readonly acks: DeliveryAcks;
  /** Sequenced events that arrived again (re-sends, replays) and were ignored. */
  ignored = 0;

  constructor(
    url: string,
    token: string,
    private readonly listener: LoadDesktopListener,
  ) {
    this.socket = io(url, {
      auth: { token },
      transports: ['websocket'],
      autoConnect: false,
      ...DESKTOP_RECONNECT,
    });
    this.acks = new DeliveryAcks({
      sequence: this.sequence,
      connected: () => this.socket.connected,
      send: (point) => this.request('sync.ack', point).then((ack) => ack !== null),
      later: (fn) => setTimeout(fn, 0),
    });
    this.socket.on('connect', () => void this.announce());
    this.socket.on('disconnect', (reason) => {
      if (!this.closed) listener.problem(`disconnected: ${reason}`);
      this.isReady = false;
      this.sequence.suspend();
      if (reason === 'io server disconnect' && !this.closed) this.socket.connect();
    });
    this.socket.on('connect_error', (error) => {
      if (this.closed || this.socket.active) return; // socket.io retries with its backoff
      listener.problem(`handshake refused: ${error.message}`);
      this.later(() => this.socket.connect());
    });
    for (const event of SERVER_EVENTS) {
      this.socket.on(event, (payload: unknown, meta: unknown) =>
        this.receive(event, payload, meta),
      );
    }
  }

  get ready(): boolean {
    return this.isReady;
  }

  /** Connects; resolves once `agent.ready` has answered. */
  start(): Promise<void> {
    this.socket.connect();
    return this.whenReady(Number.POSITIVE_INFINITY).then(() => undefined);
  }

  /** Resolves true once the desktop is connected and announced ready, false at `deadline` (performance.now()). */
  whenReady(deadline: number): Promise<boolean> {
    if (this.isReady) return Promise.resolve(true);
    return new Promise((resolve) => {
      const wait = deadline - performance.now();
      const timer = Number.isFinite(wait)
        ? setTimeout(
            () => {
              this.waiters = this.waiters.filter((w) => w !== done);
              resolve(false);
            },
            Math.max(0, wait),
          )
        : undefined;
      const done = () => {
        clearTimeout(timer);
        resolve(true);
      };
      this.waiters.push(done);
    });
  }

  /** A client event with its acknowledgement; null when none came in time (or the socket dropped). */
  async request<E extends ClientEventName>(
    event: E,
    payload: ClientEventRequest<E>,
  ): Promise<Ack<ClientEventResponse<E>> | null> {
    try {
      return (await this.socket.timeout(ACK_TIMEOUT_MS).emitWithAck(event, payload)) as Ack<
        ClientEventResponse<E>
      >;
    } catch {
      return null;
    }
  }

  close(): void {
    this.closed = true;
    this.acks.stop();
    clearTimeout(this.retryTimer);
    this.socket.close();
  }

  private later(run: () => void): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      if (!this.closed) run();
    }, RETRY_MS);
  }

  private async announce(): Promise<void> {
    const answer = await this.request('agent.ready', {
      delivery: { resume: this.sequence.resumePoint() },
    });
    if (this.closed || !this.socket.connected) return;
    if (!answer?.ok || !answer.data.delivery) {
      this.listener.problem(
        `agent.ready ${answer ? (answer.ok ? 'answered without delivery' : `refused: ${answer.error.message}`) : 'not answered'}`,
      );
      this.later(() => {
        if (this.socket.connected) void this.announce();
      });
      return;
    }
    const { delivery } = answer.data;
    // The listener first: a fresh start forgets what was shown, then the held events apply.
    this.listener.ready({ ...answer.data, delivery });
    this.sequence.establish(delivery);
    this.isReady = true;
    const waiters = this.waiters;
    this.waiters = [];
    for (const done of waiters) done();
    this.acks.schedule();
  }

  private receive(event: ServerEventName, payload: unknown, rawMeta: unknown): void {
    if (rawMeta === undefined) {
      this.listener.broadcast(event, payload);
      return;
    }
    const meta = deliveryMetaSchema.safeParse(rawMeta);
    if (!meta.success) {
      this.listener.problem(`${event} with an unknown delivery point`);
      return;
    }
    const outcome = this.sequence.receive(meta.data, () => this.listener.applied(event, payload));
    if (outcome === 'duplicate') this.ignored += 1;
    this.acks.schedule();
  }
}
