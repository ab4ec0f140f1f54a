import type { QueryClient } from '@tanstack/react-query';
import {
  CLIENT_EVENTS,
  serverEventSchemas,
  type ClientEventName,
  type ClientEventRequest,
  type ClientEventResponse,
  type ServerEventName,
} from '../../../shared/schemas/socket';
import { refreshSession, type RefreshOutcome } from '../api/auth/session';
import { consoleKeys } from '../api/console/keys';
import { customerKeys } from '../api/customers/keys';
import { preemptionKeys } from '../api/preemption/keys';
import type { AppStore } from '../state';
import { ackSchemaOf, payloadSchemaOf } from './ack';
import { REALTIME_ERROR_CODES, RealtimeError } from './errors';
import { createServerEventHandlers, type ServerEventHandlers } from './server-event-handlers';
import type { RealtimeSocket, SocketFactory } from './socket';

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

  constructor(private readonly options: RealtimeConnectorOptions) {
    this.handlers = createServerEventHandlers(options);
    this.ackTimeoutMs = options.ackTimeoutMs ?? 10_000;
    this.retryDelayMs = options.retryDelayMs ?? 3_000;
    this.logger = options.logger ?? console;
  }

  start(): void {
    if (this.socket !== null) return;
    const socket = this.options.socketFactory(this.options.url, () => ({
      token: this.store.token ?? '',
    }));
    this.socket = socket;
    this.store.setConnection('connecting');

    socket.on('connect', () => {
      this.refreshedForConnect = false;
      void this.announceReady(socket);
    });
    socket.on('disconnect', (reason) => {
      if (this.socket !== socket) return;
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
      socket.on(event, (payload) => this.receive(event, this.handlers[event], payload));
    }
    socket.connect();
  }

  stop(): void {
    clearTimeout(this.retryTimer);
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
      const status = await this.emit(CLIENT_EVENTS.agentReady, {});
      if (this.socket !== socket) return;
      this.store.setPresence(status);
      this.store.setConnection('ready');
      // After a reconnect, whatever was live may have moved on while we were away.
      if (this.wasReady) {
        const { queryClient } = this.options;
        void queryClient.invalidateQueries({ queryKey: customerKeys.all });
        void queryClient.invalidateQueries({ queryKey: preemptionKeys.all });
        void queryClient.invalidateQueries({ queryKey: consoleKeys.all });
      }
      this.wasReady = true;
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

  private receive<E extends ServerEventName>(
    event: E,
    handler: ServerEventHandlers[E],
    raw: unknown,
  ): void {
    // Signed out (or in as someone else) but not yet stopped: nothing may land in the cache.
    if (this.store.sessionId !== this.options.sessionId) return;
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
