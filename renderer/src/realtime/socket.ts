import { io, type Socket } from 'socket.io-client';
import type {
  ClientEventName,
  ClientEventRequest,
  ClientToServerEvents,
  ServerEventName,
  ServerToClientEvents,
} from '../../../shared/schemas/socket';

/** socket.io's own events the connector listens to. */
export interface ReservedSocketListeners {
  connect: () => void;
  connect_error: (error: Error) => void;
  disconnect: (reason: string) => void;
}

/**
 * The part of a socket.io client the connector uses. Server payloads arrive as `unknown`:
 * the connector parses them, types do not validate. Tests implement this with a fake.
 */
export interface RealtimeSocket {
  readonly connected: boolean;
  /** False when the server refused the connection: socket.io will not retry by itself. */
  readonly active: boolean;
  on<K extends keyof ReservedSocketListeners>(
    event: K,
    listener: ReservedSocketListeners[K],
  ): unknown;
  /** `meta`: the event's place in the agent's delivery sequence, when it has one. */
  on(event: ServerEventName, listener: (payload: unknown, meta?: unknown) => void): unknown;
  removeAllListeners(): unknown;
  connect(): unknown;
  disconnect(): unknown;
  timeout(ms: number): {
    emitWithAck(
      event: ClientEventName,
      payload: ClientEventRequest<ClientEventName>,
    ): Promise<unknown>;
  };
}

/**
 * `auth` is asked on every (re)connect, so a reconnect presents the access token in force then
 * (it is refreshed every few minutes), not the one the socket was created with.
 */
export type SocketFactory = (url: string, auth: () => { token: string }) => RealtimeSocket;

/** socket.io's reconnection backoff for desktops (docs/reliability.md). */
export const RECONNECT_BACKOFF = { delayMs: 1_000, maxDelayMs: 10_000, jitter: 0.5 } as const;

/**
 * The production factory: socket.io at the gateway URL, WebSocket only, connected on `connect()`.
 * Typed by the shared `ServerToClientEvents` / `ClientToServerEvents`; `RealtimeConnector.emit<E>`
 * ties each request to its event.
 */
export const createSocketIoSocket: SocketFactory = (url, auth) => {
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(url, {
    auth: (callback) => {
      callback(auth());
    },
    transports: ['websocket'],
    autoConnect: false,
    // Jittered exponential backoff: after a gateway restart a whole floor of desktops comes back
    // spread over seconds (each try at delay × 2^n, ± half, capped), not in one thundering herd.
    reconnectionDelay: RECONNECT_BACKOFF.delayMs,
    reconnectionDelayMax: RECONNECT_BACKOFF.maxDelayMs,
    randomizationFactor: RECONNECT_BACKOFF.jitter,
  });
  return socket;
};
