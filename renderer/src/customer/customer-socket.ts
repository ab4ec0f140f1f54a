import { io, type Socket } from 'socket.io-client';
import { z } from 'zod';
import type { ChatMessage, CustomerChatStatus } from '../../../shared/schemas/chat';
import { apiErrorSchema } from '../../../shared/schemas/common';
import {
  CUSTOMER_NAMESPACE,
  customerClientEventSchemas,
  customerServerEventSchemas,
  type CustomerClientEventName,
  type CustomerClientEventRequest,
  type CustomerClientEventResponse,
  type CustomerServerEventName,
  type CustomerServerEventPayload,
} from '../../../shared/schemas/customer-socket';
import type { Ack } from '../../../shared/schemas/socket';

/** socket.io's own events the wrapper listens to. */
export interface ReservedCustomerSocketListeners {
  connect: () => void;
  connect_error: (error: Error) => void;
  disconnect: (reason: string) => void;
}

/** The part of a socket.io client the wrapper uses; server payloads arrive as `unknown`. */
export interface CustomerSocket {
  readonly connected: boolean;
  /** False once the server refused the handshake: socket.io will not retry by itself. */
  readonly active: boolean;
  on<K extends keyof ReservedCustomerSocketListeners>(
    event: K,
    listener: ReservedCustomerSocketListeners[K],
  ): unknown;
  on(event: CustomerServerEventName, listener: (payload: unknown) => void): unknown;
  removeAllListeners(): unknown;
  connect(): unknown;
  disconnect(): unknown;
  timeout(ms: number): {
    emitWithAck(
      event: CustomerClientEventName,
      payload: CustomerClientEventRequest<CustomerClientEventName>,
    ): Promise<unknown>;
  };
}

export type CustomerSocketFactory = (auth: { token: string }) => CustomerSocket;

type ServerToClient = { [E in CustomerServerEventName]: (payload: unknown) => void };
type ClientToServer = {
  [E in CustomerClientEventName]: (
    payload: CustomerClientEventRequest<E>,
    ack: (response: unknown) => void,
  ) => void;
};

/** The production factory: namespace `/customer` on this page's origin, WebSocket only. */
export const createCustomerSocketIo: CustomerSocketFactory = (auth) => {
  const socket: Socket<ServerToClient, ClientToServer> = io(CUSTOMER_NAMESPACE, {
    auth,
    transports: ['websocket'],
    autoConnect: false,
  });
  return socket;
};

export const CUSTOMER_CHAT_ERROR_CODES = {
  offline: 'offline',
  timeout: 'ack_timeout',
  invalidAck: 'invalid_ack',
} as const;

/** A request the gateway refused, did not answer in time, or answered in an unknown shape. */
export class CustomerChatError extends Error {
  override readonly name = 'CustomerChatError';
  readonly code: string;
  readonly field: string | undefined;

  constructor(init: { code: string; message: string; field?: string | undefined }) {
    super(init.message);
    this.code = init.code;
    this.field = init.field;
  }
}

function ackSchema<T extends z.ZodType>(data: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), data }),
    z.object({ ok: z.literal(false), error: apiErrorSchema.shape.error }),
  ]);
}

const ackSchemas: {
  [E in CustomerClientEventName]: z.ZodType<Ack<CustomerClientEventResponse<E>>>;
} = {
  'chat.send': ackSchema(customerClientEventSchemas['chat.send'].response),
  'chat.typing': ackSchema(customerClientEventSchemas['chat.typing'].response),
  'chat.leave': ackSchema(customerClientEventSchemas['chat.leave'].response),
  'chat.resume': ackSchema(customerClientEventSchemas['chat.resume'].response),
};
// The shared tables re-typed per key, so a generic event name keeps its own types.
const payloadSchemas: {
  [E in CustomerServerEventName]: z.ZodType<CustomerServerEventPayload<E>>;
} = customerServerEventSchemas;
const requestSchemas: {
  [E in CustomerClientEventName]: z.ZodType<CustomerClientEventRequest<E>>;
} = {
  'chat.send': customerClientEventSchemas['chat.send'].request,
  'chat.typing': customerClientEventSchemas['chat.typing'].request,
  'chat.leave': customerClientEventSchemas['chat.leave'].request,
  'chat.resume': customerClientEventSchemas['chat.resume'].request,
};

/** Where the connection stands, as the page shows it. */
export type CustomerConnection = 'connecting' | 'online' | 'reconnecting' | 'refused' | 'closed';

export interface CustomerChatHandlers {
  connection: (state: CustomerConnection) => void;
  /** After every (re)connect: the transcript so far and where the chat stands. */
  resumed: (data: CustomerClientEventResponse<'chat.resume'>) => void;
  message: (message: ChatMessage) => void;
  typing: (typing: boolean) => void;
  status: (status: CustomerChatStatus) => void;
  /** A failure nobody awaits (the resume after a connect). */
  failure: (error: CustomerChatError) => void;
}

export const ACK_TIMEOUT_MS = 10_000;

/**
 * Owns the customer's socket: connects with the chat token, resumes on every (re)connect, parses
 * every server payload with the shared schemas and hands the valid ones to `handlers`.
 */
export class CustomerChatSocket {
  private readonly socket: CustomerSocket;

  constructor(
    token: string,
    private readonly handlers: CustomerChatHandlers,
    factory: CustomerSocketFactory = createCustomerSocketIo,
    private readonly ackTimeoutMs = ACK_TIMEOUT_MS,
  ) {
    this.socket = factory({ token });
  }

  start(): void {
    const { socket, handlers } = this;
    socket.on('connect', () => {
      handlers.connection('online');
      this.request('chat.resume', {}).then(handlers.resumed, handlers.failure);
    });
    socket.on('connect_error', () => {
      handlers.connection(socket.active ? 'reconnecting' : 'refused');
    });
    socket.on('disconnect', (reason) => {
      if (reason === 'io client disconnect') return;
      // The server closed it (socket.io will not retry); anything else reconnects by itself.
      handlers.connection(reason === 'io server disconnect' ? 'closed' : 'reconnecting');
    });
    this.listen('chat.message', handlers.message);
    this.listen('chat.typing', ({ typing }) => handlers.typing(typing));
    this.listen('chat.status', handlers.status);
    handlers.connection('connecting');
    socket.connect();
  }

  /** After the server closed the connection: try once more. */
  reconnect(): void {
    this.handlers.connection('connecting');
    this.socket.connect();
  }

  stop(): void {
    this.socket.removeAllListeners();
    this.socket.disconnect();
  }

  send(draft: CustomerClientEventRequest<'chat.send'>): Promise<ChatMessage> {
    return this.request('chat.send', draft);
  }

  leave(): Promise<CustomerChatStatus> {
    return this.request('chat.leave', {});
  }

  /** Fire and forget: a lost typing hint is not worth an error. */
  setTyping(typing: boolean): void {
    if (!this.socket.connected) return;
    this.request('chat.typing', { typing }).catch(() => undefined);
  }

  private listen<E extends CustomerServerEventName>(
    event: E,
    handle: (payload: CustomerServerEventPayload<E>) => void,
  ): void {
    const schema = payloadSchemas[event];
    this.socket.on(event, (payload) => {
      const parsed = schema.safeParse(payload);
      if (parsed.success) handle(parsed.data);
      else console.warn(`[customer-chat] dropped a malformed ${event}`, parsed.error.issues);
    });
  }

  private async request<E extends CustomerClientEventName>(
    event: E,
    payload: CustomerClientEventRequest<E>,
  ): Promise<CustomerClientEventResponse<E>> {
    if (!this.socket.connected) {
      throw new CustomerChatError({
        code: CUSTOMER_CHAT_ERROR_CODES.offline,
        message: 'Not connected to the chat service.',
      });
    }
    const body = requestSchemas[event].parse(payload);
    let raw: unknown;
    try {
      raw = await this.socket.timeout(this.ackTimeoutMs).emitWithAck(event, body);
    } catch {
      throw new CustomerChatError({
        code: CUSTOMER_CHAT_ERROR_CODES.timeout,
        message: 'The chat service did not answer in time.',
      });
    }
    const ack = ackSchemas[event].safeParse(raw);
    if (!ack.success) {
      throw new CustomerChatError({
        code: CUSTOMER_CHAT_ERROR_CODES.invalidAck,
        message: `The chat service answered ${event} in an unexpected shape.`,
      });
    }
    if (!ack.data.ok) throw new CustomerChatError(ack.data.error);
    return ack.data.data;
  }
}
