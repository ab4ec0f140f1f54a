import type { Server as HttpServer } from 'node:http';
import type { Logger } from 'pino';
import { Server, type Socket } from 'socket.io';
import type { z } from 'zod';
import {
  CLIENT_EVENTS,
  clientEventSchemas,
  serverEventSchemas,
  socketAuthSchema,
  type ClientEventName,
  type ClientEventParsed,
  type ClientEventResponse,
  type ClientToServerEvents,
  type DeliveryMeta,
  type DeliveryState,
  type ServerEventName,
  type ServerEventPayload,
  type ServerToClientEvents,
  type WatchTopic,
  LEAD_TOPICS,
  WATCH_TOPICS,
} from '../../shared/schemas/socket.js';
import type { ConsoleBoard } from '../../shared/schemas/console.js';
import { ERROR_CODES } from '../../shared/schemas/common.js';
import type { AuthenticatedAgent } from '../auth/agent-repository.js';
import type { AuthenticatedSession } from '../auth/session-service.js';
import type { ChatService } from '../chat/chat-service.js';
import { toContact } from '../contacts/contact-repository.js';
import type { Router } from '../routing/router.js';
import { HttpError } from '../http/errors.js';
import { bindAcked } from './ack.js';
import type { AgentDelivery, DeliverySocket } from './agent-delivery.js';

interface SocketData {
  agent: AuthenticatedAgent;
  sessionId: string;
  sessionExpiresAt: Date;
}
type AgentSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type GatewayIo = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

const room = (agentId: string) => `agent:${agentId}`;
const LEADS_ROOM = 'leads';
/** The desktops showing a broadcast topic (see WATCH_TOPICS). */
const topicRoom = (topic: WatchTopic) => `watch:${topic}`;
/** Every socket of one sign-in session, so ending the session closes them. */
const sessionRoom = (sessionId: string) => `session:${sessionId}`;
/** setTimeout's longest delay. */
const MAX_DELAY_MS = 2_147_483_647;
export const isLead = (role: string) => role === 'lead' || role === 'admin';

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

export interface SocketServerDeps {
  log: Logger;
  /** The access token's agent and live session, or null. */
  authenticate: (token: string) => Promise<AuthenticatedSession | null>;
  /** When the session ends if not refreshed; null once it is over (the socket is then closed). */
  sessionExpiresAt: (sessionId: string) => Promise<Date | null>;
  router: () => Router;
  chat: () => ChatService;
  /** Sequenced, acknowledged delivery of the events addressed to one agent. */
  delivery: () => AgentDelivery;
  allowedOrigins: readonly string[];
  /** Heartbeat: a desktop silent for pingInterval + pingTimeout is disconnected (offline). */
  heartbeat: { pingIntervalMs: number; pingTimeoutMs: number };
  /** The last board pushed to the leads, whole (`console.resync`). */
  consoleBoard: () => Promise<ConsoleBoard>;
  /** A desktop announced ready and routing took it in (before it is acknowledged). */
  onReady?: (agentId: string) => void;
}

/** socket.io on the gateway's HTTP server: token auth on connect, every payload parsed. */
export function createSocketServer(httpServer: HttpServer, deps: SocketServerDeps): GatewayIo {
  const io: GatewayIo = new Server(httpServer, {
    serveClient: false,
    pingInterval: deps.heartbeat.pingIntervalMs,
    pingTimeout: deps.heartbeat.pingTimeoutMs,
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
      (session) => {
        if (!session) {
          next(new Error('unauthorized'));
          return;
        }
        socket.data.agent = session.agent;
        socket.data.sessionId = session.sessionId;
        socket.data.sessionExpiresAt = session.sessionExpiresAt;
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
    void socket.join(sessionRoom(socket.data.sessionId));
    if (isLead(agent.role)) void socket.join(LEADS_ROOM);
    const stopWatching = watchSessionExpiry(socket, deps);
    deps.router().attach(agent, socket.id);
    deps.log.info({ agentId: agent.id, socketId: socket.id }, 'desktop connected');
    const on = <E extends ClientEventName>(event: E, handler: (request: ClientEventParsed<E>) => Promise<ClientEventResponse<E>>) => {
      const schemas = clientEventSchemas[event] as unknown as {
        request: z.ZodType<ClientEventParsed<E>>;
        response: z.ZodType<ClientEventResponse<E>>;
      };
      bindAcked(socket as unknown as Parameters<typeof bindAcked>[0], event, schemas, handler, deps.log);
    };
    const router = () => deps.router();

    // One `agent.ready` at a time per desktop: one asked again while the first waits in routing's
    // queue (its ack timed out under load) shares the first's answer instead of queueing again.
    let readying: Promise<ClientEventResponse<'agent.ready'>> | null = null;
    const announceReady = async (req: ClientEventParsed<'agent.ready'>) => {
      let delivery: DeliveryState | undefined;
      // Inside routing's turn: the sequence point and the contacts held are one snapshot.
      const status = await router().ready(agent.id, (held) => {
        if (req.delivery === undefined) return false;
        delivery = { ...deps.delivery().ready(socket as unknown as DeliverySocket, agent.id, req.delivery.resume), held };
        return delivery.resumed;
      });
      deps.onReady?.(agent.id);
      return delivery ? { ...status, delivery } : status;
    };
    on(CLIENT_EVENTS.agentReady, (req) => {
      readying ??= announceReady(req).finally(() => {
        readying = null;
      });
      return readying;
    });
    on(CLIENT_EVENTS.syncAck, (req) => {
      deps.delivery().ack(socket.id, req);
      return Promise.resolve({});
    });
    on(CLIENT_EVENTS.agentSetState, (req) => router().setAvailability(agent.id, req.state, req.reason));
    on(CLIENT_EVENTS.contactAccept, async (req) => toContact(await router().accept(agent.id, req.contactId)));
    on(CLIENT_EVENTS.contactDecline, async (req) => {
      await router().decline(agent.id, req.contactId);
      return { contactId: req.contactId };
    });
    on(CLIENT_EVENTS.contactEnd, async (req) => toContact(await router().end(agent.id, req.contactId)));
    on(CLIENT_EVENTS.contactWrapUp, async (req) => {
      const { row, complaintId, promiseId } = await router().wrapUp(agent.id, req);
      return { contactId: row.id, complaintId, promiseId };
    });
    on(CLIENT_EVENTS.contactTransfer, async (req) => toContact(await router().transfer(agent.id, req)));
    on(CLIENT_EVENTS.contactLink, async (req) => {
      await router().linkCustomer(agent.id, req.contactId, req.customerId, socket.handshake.address);
      return { contactId: req.contactId, customerId: req.customerId };
    });
    on(CLIENT_EVENTS.chatSend, (req) => deps.chat().agentSend(agent, req.contactId, req));
    on(CLIENT_EVENTS.chatTyping, async (req) => {
      await deps.chat().agentTyping(agent.id, req.contactId, req.typing);
      return {};
    });
    on(CLIENT_EVENTS.consultSend, (req) => router().consult(agent.id, req, socket.handshake.address));
    on(CLIENT_EVENTS.topicsWatch, async (req) => {
      // A lead's topic asked by anyone else is not watched (the answer lists what is).
      const allowed = (topic: WatchTopic) => isLead(agent.role) || !LEAD_TOPICS.includes(topic);
      const watched = new Set(req.topics.filter(allowed));
      for (const topic of WATCH_TOPICS) {
        if (watched.has(topic)) await socket.join(topicRoom(topic));
        else await socket.leave(topicRoom(topic));
      }
      return { topics: [...watched] };
    });
    on(CLIENT_EVENTS.consoleResync, () =>
      isLead(agent.role)
        ? deps.consoleBoard()
        : Promise.reject(new HttpError(403, ERROR_CODES.forbidden, 'Only team leads and admins can use the console')),
    );
    on(CLIENT_EVENTS.ping, (req) => Promise.resolve({ sentAt: req.sentAt, serverAt: Date.now() }));

    socket.on('disconnect', () => {
      stopWatching();
      deps.delivery().forget(socket.id);
      router()
        .detach(agent.id, socket.id)
        .catch((error: unknown) => deps.log.error({ err: error, agentId: agent.id }, 'detach failed'));
    });
  });

  return io;
}

/**
 * A socket outlives its access token but not its session: when the session's expiry comes and
 * nobody refreshed it (or it was revoked meanwhile), the socket is closed. Returns the stop.
 */
function watchSessionExpiry(socket: AgentSocket, deps: Pick<SocketServerDeps, 'sessionExpiresAt' | 'log'>): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = (at: Date) => {
    timer = setTimeout(check, Math.min(Math.max(at.getTime() - Date.now(), 0), MAX_DELAY_MS));
  };
  const check = () => {
    deps.sessionExpiresAt(socket.data.sessionId).then(
      (next) => {
        if (!socket.connected) return;
        if (next === null || next.getTime() <= Date.now()) socket.disconnect(true);
        else arm(next);
      },
      (error: unknown) => {
        deps.log.error({ err: error, sessionId: socket.data.sessionId }, 'session expiry check failed');
        arm(new Date(Date.now() + 60_000));
      },
    );
  };
  arm(socket.data.sessionExpiresAt);
  return () => clearTimeout(timer);
}

/**
 * Closes every desktop socket of these sessions at once (sign-out, refresh-token reuse). Through
 * the adapter, so with several nodes (a Redis adapter) the sockets on the other nodes close too.
 */
export function disconnectSessions(io: GatewayIo, sessionIds: readonly string[]): void {
  if (sessionIds.length === 0) return;
  io.in(sessionIds.map(sessionRoom)).disconnectSockets(true);
}

/** Closes every desktop socket of an agent (disabled by an admin), on every node. */
export function disconnectAgent(io: GatewayIo, agentId: string): void {
  io.in(room(agentId)).disconnectSockets(true);
}

/** Events for one agent that are not worth re-sending: a moment's state, soon stale. */
const EPHEMERAL: ReadonlySet<ServerEventName> = new Set(['chat.typing']);

/**
 * Sends a server event to every desktop of one agent, parsed against its schema first: through
 * the agent's delivery sequence (acknowledged, re-sent, resumable), except ephemeral events.
 */
export function emitToAgent<E extends ServerEventName>(
  io: GatewayIo,
  delivery: AgentDelivery,
  agentId: string,
  event: E,
  payload: ServerEventPayload<E>,
): void {
  const checked = serverEventSchemas[event].parse(payload) as ServerEventPayload<E>;
  if (EPHEMERAL.has(event)) {
    (io.to(room(agentId)) as unknown as { emit(event: string, payload: unknown): void }).emit(event, checked);
    return;
  }
  delivery.send(agentId, event, checked);
}

/** One event with its delivery point to every desktop of one agent (AgentDelivery's transport). */
export function emitToAgentRoom(io: GatewayIo, agentId: string, event: ServerEventName, payload: unknown, meta: DeliveryMeta): void {
  (io.to(room(agentId)) as unknown as { emit(event: string, payload: unknown, meta: DeliveryMeta): void }).emit(
    event,
    payload,
    meta,
  );
}

/** Sends one server event to every desktop of these agents: one broadcast, encoded once. */
export function emitToAgents<E extends ServerEventName>(
  io: GatewayIo,
  agentIds: readonly string[],
  event: E,
  payload: ServerEventPayload<E>,
): void {
  if (agentIds.length === 0) return;
  const checked = serverEventSchemas[event].parse(payload) as ServerEventPayload<E>;
  (io.to(agentIds.map(room)) as unknown as { emit(event: string, payload: unknown): void }).emit(event, checked);
}

/**
 * Whether a desktop connected to this node shows `topic`. Only for a broadcast whose content is
 * this node's own state (the agents grid is built from this node's router): the room is looked up
 * locally, so with several nodes a topic watched only on another node reads false here.
 */
export function watchedOnThisNode(io: GatewayIo, topic: WatchTopic): boolean {
  return (io.of('/').adapter.rooms.get(topicRoom(topic))?.size ?? 0) > 0;
}

/** Sends a broadcast to the desktops that said they show it (`topics.watch`). */
export function emitToWatchers<E extends WatchTopic>(io: GatewayIo, event: E, payload: ServerEventPayload<E>): void {
  const checked = serverEventSchemas[event].parse(payload) as ServerEventPayload<E>;
  (io.to(topicRoom(event)) as unknown as { emit(event: string, payload: unknown): void }).emit(event, checked);
}

/** The room of the desktops silently monitoring a contact (team leads; never the customer's namespace). */
export const monitorRoom = (contactId: string) => `monitor:${contactId}`;

/** Every desktop of this agent joins the contact's monitor room (through the adapter, so across nodes). */
export function joinMonitor(io: GatewayIo, agentId: string, contactId: string): void {
  io.in(room(agentId)).socketsJoin(monitorRoom(contactId));
}

export function leaveMonitor(io: GatewayIo, agentId: string, contactId: string): void {
  io.in(room(agentId)).socketsLeave(monitorRoom(contactId));
}

/**
 * Sends a server event to the desktops monitoring a contact. `exceptAgentId`'s desktops are left
 * out (they were sent it as the agent holding the contact), so nobody gets it twice.
 */
export function emitToMonitors<E extends ServerEventName>(
  io: GatewayIo,
  contactId: string,
  event: E,
  payload: ServerEventPayload<E>,
  exceptAgentId?: string | null,
): void {
  const checked = serverEventSchemas[event].parse(payload) as ServerEventPayload<E>;
  const target = exceptAgentId ? io.to(monitorRoom(contactId)).except(room(exceptAgentId)) : io.to(monitorRoom(contactId));
  (target as unknown as { emit(event: string, payload: unknown): void }).emit(event, checked);
}

/** Sends a server event to every team lead's and admin's desktop. */
export function emitToLeads<E extends ServerEventName>(io: GatewayIo, event: E, payload: ServerEventPayload<E>): void {
  const checked = serverEventSchemas[event].parse(payload) as ServerEventPayload<E>;
  (io.to(LEADS_ROOM) as unknown as { emit(event: string, payload: unknown): void }).emit(event, checked);
}
