import type { Server as HttpServer } from 'node:http';
import type { Logger } from 'pino';
import { Server, type Socket } from 'socket.io';
import type { z } from 'zod';
import { ERROR_CODES } from '../../shared/schemas/common.js';
import {
  CLIENT_EVENTS,
  clientEventSchemas,
  serverEventSchemas,
  socketAuthSchema,
  type Ack,
  type ClientEventName,
  type ClientEventRequest,
  type ClientEventResponse,
  type ClientToServerEvents,
  type ServerEventName,
  type ServerEventPayload,
  type ServerToClientEvents,
} from '../../shared/schemas/socket.js';
import type { AuthenticatedAgent } from '../auth/agent-repository.js';
import { firstIssue } from '../http/errors.js';
import { RoutingError, type Router } from '../routing/router.js';

interface SocketData {
  agent: AuthenticatedAgent;
}
type AgentSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type GatewayIo = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

const room = (agentId: string) => `agent:${agentId}`;

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

export interface SocketServerDeps {
  log: Logger;
  authenticate: (token: string) => Promise<AuthenticatedAgent | null>;
  router: () => Router;
  allowedOrigins: readonly string[];
}

/** socket.io on the gateway's HTTP server: token auth on connect, every payload parsed. */
export function createSocketServer(httpServer: HttpServer, deps: SocketServerDeps): GatewayIo {
  const io: GatewayIo = new Server(httpServer, {
    serveClient: false,
    maxHttpBufferSize: 256 * 1024,
    cors: { origin: [...deps.allowedOrigins] },
    // A page from another origin may not open an agent's socket (browsers don't apply CORS to
    // WebSockets, so the Origin header is checked here). Non-browser clients send none.
    allowRequest: (req, callback) => {
      const origin = req.headers.origin;
      const host = req.headers.host;
      callback(null, origin === undefined || originHost(origin) === host || deps.allowedOrigins.includes(origin));
    },
  });

  io.use((socket, next) => {
    const auth = socketAuthSchema.safeParse(socket.handshake.auth);
    if (!auth.success) {
      next(new Error('unauthorized'));
      return;
    }
    deps.authenticate(auth.data.token).then(
      (agent) => {
        if (!agent) {
          next(new Error('unauthorized'));
          return;
        }
        socket.data.agent = agent;
        next();
      },
      (error: unknown) => {
        deps.log.error({ err: error }, 'socket authentication failed');
        next(new Error('unavailable'));
      },
    );
  });

  io.on('connection', (socket: AgentSocket) => {
    const agent = socket.data.agent;
    void socket.join(room(agent.id));
    deps.router().attach(agent, socket.id);
    deps.log.info({ agentId: agent.id, socketId: socket.id }, 'desktop connected');

    on(socket, CLIENT_EVENTS.agentReady, () => deps.router().ready(agent.id));
    on(socket, CLIENT_EVENTS.agentSetState, (req) => deps.router().setAvailability(agent.id, req.state));
    on(socket, CLIENT_EVENTS.contactEnd, async (req) => {
      await deps.router().endContact(agent.id, req.contactId);
      return { contactId: req.contactId };
    });
    on(socket, CLIENT_EVENTS.contactLink, async (req) => {
      await deps.router().linkCustomer(agent.id, req.contactId, req.customerId);
      return { contactId: req.contactId, customerId: req.customerId };
    });
    on(socket, CLIENT_EVENTS.ping, (req) => Promise.resolve({ sentAt: req.sentAt, serverAt: Date.now() }));

    socket.on('disconnect', () => {
      void deps.router().detach(agent.id, socket.id);
    });
  });

  /** Wraps a client event: parse the request, run, parse the answer, always ack. */
  function on<E extends ClientEventName>(
    socket: AgentSocket,
    event: E,
    handler: (request: ClientEventRequest<E>) => Promise<ClientEventResponse<E>>,
  ): void {
    const schemas = clientEventSchemas[event];
    const listener = (payload: unknown, ack: unknown) => {
      if (typeof ack !== 'function') return;
      const reply = ack as (response: Ack<ClientEventResponse<E>>) => void;
      const parsed = (schemas.request as z.ZodType).safeParse(payload);
      if (!parsed.success) {
        const { field, message } = firstIssue(parsed.error);
        reply({ ok: false, error: { code: ERROR_CODES.validation, message, field } });
        return;
      }
      handler(parsed.data as ClientEventRequest<E>).then(
        (data) => {
          reply({ ok: true, data: (schemas.response as z.ZodType).parse(data) as ClientEventResponse<E> });
        },
        (error: unknown) => {
          if (error instanceof RoutingError) {
            const { code, message, field } = error;
            reply({ ok: false, error: field === undefined ? { code, message } : { code, message, field } });
            return;
          }
          deps.log.error({ err: error, event }, 'socket handler failed');
          reply({ ok: false, error: { code: ERROR_CODES.internal, message: 'Something went wrong on our side' } });
        },
      );
    };
    (socket as unknown as { on(event: string, fn: (payload: unknown, ack: unknown) => void): void }).on(
      event,
      listener,
    );
  }

  return io;
}

/** Sends a server event to every desktop of one agent, parsed against its schema first. */
export function emitToAgent<E extends ServerEventName>(
  io: GatewayIo,
  agentId: string,
  event: E,
  payload: ServerEventPayload<E>,
): void {
  const checked = serverEventSchemas[event].parse(payload) as ServerEventPayload<E>;
  (io.to(room(agentId)) as unknown as { emit(event: string, payload: unknown): void }).emit(event, checked);
}

/** Sends a server event to every signed-in desktop (all sockets passed the auth middleware). */
export function emitToAll<E extends ServerEventName>(io: GatewayIo, event: E, payload: ServerEventPayload<E>): void {
  const checked = serverEventSchemas[event].parse(payload) as ServerEventPayload<E>;
  (io as unknown as { emit(event: string, payload: unknown): void }).emit(event, checked);
}
