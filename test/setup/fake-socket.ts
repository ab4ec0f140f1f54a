/**
 * A fake socket.io client for the real `RealtimeConnector`. It records what the desktop emits,
 * answers acknowledgements like the gateway would, and lets a test push server events:
 *
 *   const sockets = createFakeSocketFactory();
 *   // … render or start a connector with sockets.factory …
 *   sockets.latest().serverEmit('contact.offered', offer);
 *   expect(sockets.latest().emitsOf('agent.ready')).toHaveLength(1);
 */
import type { AgentState } from '../../shared/domain';
import type { AgentStatus } from '../../shared/schemas/auth';
import { aContact } from '../../renderer/src/features/pop/test-fixtures';
import type {
  ClientEventName,
  ClientEventRequest,
  ServerEventName,
  ServerEventPayload,
} from '../../shared/schemas/socket';
import type {
  RealtimeSocket,
  ReservedSocketListeners,
  SocketFactory,
} from '../../renderer/src/realtime/socket';

export interface EmittedEvent {
  event: ClientEventName;
  payload: unknown;
}

/** Answer this to let the acknowledgement time out. */
export const NO_ANSWER = Symbol('no answer');
/**
 * What the fake gateway answers to a client event: normally an `Ack<…>`; anything else (a
 * malformed ack) is allowed so tests can check the connector rejects it.
 */
type Responder<E extends ClientEventName> = (payload: ClientEventRequest<E>) => unknown;

export interface FakeSocketOptions {
  /** Fire `connect` as soon as the connector calls `connect()` (default true). */
  autoConnect?: boolean;
  agentId?: string;
  /** The presence the gateway reports on `agent.ready`. */
  readyState?: AgentState;
}

type Listener = (arg: never) => void;

/** An agent's presence as the gateway reports it. */
export function aStatus(overrides: Partial<AgentStatus> = {}): AgentStatus {
  return {
    agentId: 'agent-1',
    displayName: 'Agent One',
    role: 'csr',
    state: 'available',
    reason: null,
    since: new Date().toISOString(),
    holding: 0,
    queues: ['claims'],
    ...overrides,
  };
}

export class FakeSocket implements RealtimeSocket {
  connected = false;
  active = false;
  readonly emitted: EmittedEvent[] = [];
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly responders = new Map<ClientEventName, (payload: never) => unknown>();
  private readonly options: Required<FakeSocketOptions>;

  constructor(
    readonly url: string,
    private readonly authOf: () => { token: string },
    options: FakeSocketOptions = {},
  ) {
    this.options = { autoConnect: true, agentId: 'agent-1', readyState: 'available', ...options };
    const { agentId, readyState } = this.options;
    this.answer('agent.ready', () => ({ ok: true, data: aStatus({ agentId, state: readyState }) }));
    this.answer('agent.set-state', ({ state, reason }) => ({
      ok: true,
      data: aStatus({ agentId, state, reason: reason ?? null }),
    }));
    this.answer('contact.accept', ({ contactId }) => ({
      ok: true,
      data: aContact({ id: contactId, state: 'active', ownerId: agentId, acceptedAt: new Date().toISOString() }),
    }));
    this.answer('contact.decline', ({ contactId }) => ({ ok: true, data: { contactId } }));
    this.answer('contact.end', ({ contactId }) => {
      const now = Date.now();
      return {
        ok: true,
        data: aContact({
          id: contactId,
          state: 'wrap_up',
          ownerId: agentId,
          wrapUpStartedAt: new Date(now).toISOString(),
          acwDeadline: new Date(now + 120_000).toISOString(),
        }),
      };
    });
    this.answer('contact.wrap-up', ({ contactId }) => ({
      ok: true,
      data: { contactId, complaintId: null, promiseId: null },
    }));
    this.answer('contact.link', ({ contactId, customerId }) => ({
      ok: true,
      data: { contactId, customerId },
    }));
    this.answer('sys.ping', ({ sentAt }) => ({ ok: true, data: { sentAt, serverAt: Date.now() } }));
    this.answer('topics.watch', ({ topics }) => ({ ok: true, data: { topics } }));
  }

  /** What the socket presents at its next (re)connect, as socket.io asks the `auth` callback. */
  get auth(): { token: string } {
    return this.authOf();
  }

  // ——— the socket.io surface the connector uses ———

  on<K extends keyof ReservedSocketListeners>(event: K, listener: ReservedSocketListeners[K]): this;
  on(event: ServerEventName, listener: (payload: unknown, meta?: unknown) => void): this;
  on(event: string, listener: Listener): this {
    const set = this.listeners.get(event) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(event, set);
    return this;
  }

  removeAllListeners(): this {
    this.listeners.clear();
    return this;
  }

  connect(): this {
    this.active = true;
    if (this.options.autoConnect) queueMicrotask(() => this.serverConnect());
    return this;
  }

  disconnect(): this {
    const wasConnected = this.connected;
    this.connected = false;
    this.active = false;
    if (wasConnected) this.fire('disconnect', 'io client disconnect');
    return this;
  }

  timeout(ms: number) {
    return {
      emitWithAck: (event: ClientEventName, payload: ClientEventRequest<ClientEventName>) => {
        this.emitted.push({ event, payload });
        const answer = this.responders.get(event)?.(payload as never);
        return new Promise<unknown>((resolve, reject) => {
          if (answer === NO_ANSWER)
            setTimeout(() => reject(new Error('operation has timed out')), ms);
          else queueMicrotask(() => resolve(answer));
        });
      },
    };
  }

  // ——— what a test does as the gateway ———

  /** Replaces the gateway's answer to a client event. */
  answer<E extends ClientEventName>(event: E, responder: Responder<E>): void {
    this.responders.set(event, responder);
  }

  /** Pushes a server event as it would arrive (validated by the connector, not here). */
  serverEmit<E extends ServerEventName>(event: E, payload: ServerEventPayload<E>): void {
    this.fire(event, payload);
  }

  /** Pushes an event with its place in the agent's delivery sequence, as the gateway does. */
  serverEmitSequenced<E extends ServerEventName>(
    event: E,
    payload: ServerEventPayload<E>,
    meta: { epoch: string; seq: number },
  ): void {
    this.fire(event, payload, meta);
  }

  /** Pushes anything under a server event name: for malformed-payload tests. */
  serverEmitRaw(event: ServerEventName, payload: unknown): void {
    this.fire(event, payload);
  }

  serverConnect(): void {
    this.connected = true;
    this.active = true;
    this.fire('connect');
  }

  /** The transport drops; socket.io would reconnect by itself (`serverConnect` again). */
  serverDisconnect(reason = 'transport close'): void {
    this.connected = false;
    this.fire('disconnect', reason);
  }

  /** Drop and come back: what the connector sees on a reconnect. */
  reconnect(): void {
    this.serverDisconnect();
    this.serverConnect();
  }

  /** The gateway refuses the handshake (its middleware calls `next(new Error(message))`). */
  refuseConnection(message: string): void {
    this.connected = false;
    this.active = false;
    this.fire('connect_error', new Error(message));
  }

  emitsOf<E extends ClientEventName>(event: E): ClientEventRequest<E>[] {
    return this.emitted
      .filter((e) => e.event === event)
      .map((e) => e.payload as ClientEventRequest<E>);
  }

  private fire(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? [])
      (listener as (...args: unknown[]) => void)(...args);
  }
}

/** A socket factory that hands out `FakeSocket`s and remembers them, newest last. */
export function createFakeSocketFactory(options: FakeSocketOptions = {}) {
  const sockets: FakeSocket[] = [];
  const factory: SocketFactory = (url, auth) => {
    const socket = new FakeSocket(url, auth, options);
    sockets.push(socket);
    return socket;
  };
  const latest = (): FakeSocket => {
    const socket = sockets.at(-1);
    if (socket === undefined) throw new Error('No socket was created: is the agent signed in?');
    return socket;
  };
  return { factory, sockets, latest };
}
export type FakeSocketFactory = ReturnType<typeof createFakeSocketFactory>;
