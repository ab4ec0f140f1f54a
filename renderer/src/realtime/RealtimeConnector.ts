import type { QueryClient } from '@tanstack/react-query';
import {
  CLIENT_EVENTS,
  deliveryMetaSchema,
  serverEventSchemas,
  type ClientEventName,
  type ClientEventRequest,
  type ClientEventResponse,
  type ServerEventName,
} from '../../../shared/schemas/socket';
import { refreshSession, type RefreshOutcome } from '../api/auth/session';
import type { AppStore } from '../state';
import { ackSchemaOf, payloadSchemaOf } from './ack';
import { DeliverySequence } from '../../../shared/delivery-sequence';
import { DeliveryAcks } from '../../../shared/delivery-acks';
import { resyncAfterReconnect } from './resync';
import { REALTIME_ERROR_CODES, RealtimeError } from './errors';
import { BoardPatches } from './board-patches';
import { createServerEventHandlers, type ServerEventHandlers } from './server-event-handlers';
import type { RealtimeSocket, SocketFactory } from './socket';
import { TopicWatch } from './topic-watch';

export interface RealtimeConnectorOptions {
  url: string;
  /** The session this connector serves; the access token is read from the store at each connect. */
  sessionId: string;
  socketFactory: SocketFactory;
  queryClient: QueryClient;
  store: AppStore;
  /** How long a client event waits for its acknowledgement. */
  ackTimeoutMs?: number;
  /** Delay before asking again when `agent.ready` failed or the server refused the connection. */
  retryDelayMs?: number;
  logger?: Pick<Console, 'warn'>;
  /** Refreshes the session (single-flight); the default is the HTTP client's. */
  refreshSession?: () => Promise<RefreshOutcome>;
}

const SERVER_EVENT_NAMES = Object.keys(serverEventSchemas) as ServerEventName[];
const UNAUTHORIZED = 'unauthorized';

/**
 * Owns the one socket to the gateway. Connects with the access token in force, refreshes the
 * session once when the gateway refuses it (and signs out when that fails), announces `agent.ready`
 * on every (re)connect and only then reports the workspace `ready`; parses each server event
 * with its shared schema before the handler map sees it; sends client events with a typed,
 * acknowledged, timed `emit`.
 */
export class RealtimeConnector {
  private socket: RealtimeSocket | null = null;
  private readonly handlers: ServerEventHandlers;
  private readonly ackTimeoutMs: number;
  private readonly retryDelayMs: number;
  private readonly logger: Pick<Console, 'warn'>;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private wasReady = false;
  /** The session was refreshed for the current connection attempt (once is enough). */
  private refreshedForConnect = false;
  /** The agent's events in order and once each, across re-sends and reconnects. */
  private readonly sequence = new DeliverySequence();
  /** The gateway sequences this desktop's events (it said so in its `agent.ready` answer). */
  private sequenced = false;
  /** `sync.ack`, once per burst of applied events. */
  private readonly acks = new DeliveryAcks({
    sequence: this.sequence,
    connected: () => this.socket?.connected ?? false,
    send: (point) =>
      this.emit(CLIENT_EVENTS.syncAck, point).then(
        () => true,
        () => false, // lost with the connection: the gateway re-sends, the next ack covers it
      ),
    later: (fn) => setTimeout(fn, 0),
  });
  /** The broadcasts this desktop shows (presence, worklist): the gateway sends only those. */
  private readonly topics: TopicWatch;

  constructor(private readonly options: RealtimeConnectorOptions) {
    this.logger = options.logger ?? console;
    const boardPatches = new BoardPatches({
      queryClient: options.queryClient,
      resync: () => this.emit(CLIENT_EVENTS.consoleResync, {}),
      logger: this.logger,
    });
    this.handlers = createServerEventHandlers({ ...options, boardPatches });
    this.ackTimeoutMs = options.ackTimeoutMs ?? 10_000;
    this.retryDelayMs = options.retryDelayMs ?? 3_000;
    this.topics = new TopicWatch({
      queryClient: options.queryClient,
      send: (topics) => this.emit(CLIENT_EVENTS.topicsWatch, { topics }),
      logger: this.logger,
    });
  }

  start(): void {
    if (this.socket !== null) return;
    const socket = this.options.socketFactory(this.options.url, () => ({
      token: this.store.token ?? '',
    }));
    this.socket = socket;
    this.store.setConnection('connecting');
    this.topics.start();

    socket.on('connect', () => {
      this.refreshedForConnect = false;
      void this.announceReady(socket);
    });
    socket.on('disconnect', (reason) => {
      if (this.socket !== socket) return;
      this.sequence.suspend();
      this.topics.disconnected();
      this.store.setConnection('connecting');
      // The server closed us on purpose (the session ended, or expired unrefreshed); socket.io
      // will not retry that by itself. Asking again tells which: a refused handshake refreshes.
      if (reason === 'io server disconnect') socket.connect();
    });
    socket.on('connect_error', (error) => {
      if (this.socket !== socket) return;
      if (error.message === UNAUTHORIZED) {
        void this.reauthenticate(socket);
        return;
      }
      if (!socket.active) this.retryLater(() => socket.connect());
    });
    for (const event of SERVER_EVENT_NAMES) {
      socket.on(event, (payload, meta) => this.receive(event, this.handlers[event], payload, meta));
    }
    socket.connect();
  }

  stop(): void {
    clearTimeout(this.retryTimer);
    this.acks.stop();
    this.topics.stop();
    const socket = this.socket;
    this.socket = null;
    if (socket === null) return;
    socket.removeAllListeners();
    socket.disconnect();
    this.store.setConnection('offline');
  }

  /** Sends a client event and resolves with its parsed acknowledgement, or throws `RealtimeError`. */
  async emit<E extends ClientEventName>(
    event: E,
    payload: ClientEventRequest<E>,
  ): Promise<ClientEventResponse<E>> {
    const socket = this.socket;
    if (socket === null) {
      throw new RealtimeError({ code: REALTIME_ERROR_CODES.offline, message: 'Not connected.' });
    }
    let raw: unknown;
    try {
      raw = await socket.timeout(this.ackTimeoutMs).emitWithAck(event, payload);
    } catch {
      throw new RealtimeError({
        code: REALTIME_ERROR_CODES.timeout,
        message: `The gateway did not answer ${event} in time.`,
      });
    }
    const ack = ackSchemaOf(event).safeParse(raw);
    if (!ack.success) {
      this.logger.warn(
        `[realtime] ${event}: acknowledgement does not match its schema`,
        ack.error.issues,
      );
      throw new RealtimeError({
        code: REALTIME_ERROR_CODES.invalidAck,
        message: `The gateway answered ${event} in an unknown shape.`,
      });
    }
    if (!ack.data.ok) throw new RealtimeError(ack.data.error);
    return ack.data.data;
  }

  private get store() {
    return this.options.store.getState();
  }

  private async announceReady(socket: RealtimeSocket): Promise<void> {
    clearTimeout(this.retryTimer);
    try {
      const { delivery, ...status } = await this.emit(CLIENT_EVENTS.agentReady, {
        delivery: { resume: this.sequence.resumePoint() },
      });
      if (this.socket !== socket) return;
      this.sequenced = delivery !== undefined;
      // Before the held events are applied: a fresh start drops what the gateway no longer holds.
      resyncAfterReconnect(this.options, { delivery, wasReady: this.wasReady });
      if (delivery) this.sequence.establish(delivery);
      this.store.setPresence(status);
      this.store.setConnection('ready');
      this.wasReady = true;
      this.acks.schedule();
      this.topics.connected();
    } catch (error) {
      if (this.socket !== socket) return;
      this.logger.warn('[realtime] agent.ready failed; asking again', error);
      this.retryLater(() => {
        if (socket.connected) void this.announceReady(socket);
      });
    }
  }

  /** The gateway refused the access token: refresh once, then connect with the new one. */
  private async reauthenticate(socket: RealtimeSocket): Promise<void> {
    if (this.refreshedForConnect) {
      this.store.signOut('session-ended');
      return;
    }
    this.refreshedForConnect = true;
    const outcome = await (this.options.refreshSession ?? refreshSession)();
    if (this.socket !== socket) return;
    if (outcome === 'refreshed') socket.connect();
    else if (outcome === 'unreachable') {
      this.retryLater(() => {
        this.refreshedForConnect = false;
        socket.connect();
      });
    }
    // 'ended': the agent is signed out already, and this connector is stopped.
  }

  private retryLater(run: () => void): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(run, this.retryDelayMs);
  }

  /** A sequenced event goes through the delivery sequence (in order, once); others apply now. */
  private receive<E extends ServerEventName>(
    event: E,
    handler: ServerEventHandlers[E],
    raw: unknown,
    rawMeta: unknown,
  ): void {
    // Signed out (or in as someone else) but not yet stopped: nothing may land in the cache.
    if (this.store.sessionId !== this.options.sessionId) return;
    if (rawMeta === undefined) {
      this.apply(event, handler, raw);
      return;
    }
    const meta = deliveryMetaSchema.safeParse(rawMeta);
    if (!meta.success) {
      this.logger.warn(`[realtime] ignored ${event}: unknown delivery point`, meta.error.issues);
      return;
    }
    // Before the first answer we cannot know yet whether the gateway sequences: hold it.
    if (!this.sequenced && this.wasReady) {
      this.apply(event, handler, raw);
      return;
    }
    this.sequence.receive(meta.data, () => this.apply(event, handler, raw));
    this.acks.schedule();
  }

  /** Parses the payload with its shared schema and hands it to its handler. */
  private apply<E extends ServerEventName>(
    event: E,
    handler: ServerEventHandlers[E],
    raw: unknown,
  ): void {
    const parsed = payloadSchemaOf(event).safeParse(raw);
    if (!parsed.success) {
      this.logger.warn(
        `[realtime] ignored ${event}: payload does not match its schema`,
        parsed.error.issues,
      );
      return;
    }
    try {
      handler(parsed.data);
    } catch (error) {
      this.logger.warn(`[realtime] handler for ${event} failed`, error);
    }
  }
}
