import type { Logger } from 'pino';
import type { Namespace, Server, Socket } from 'socket.io';
import type { CustomerChatStatus } from '../../shared/schemas/chat.js';
import {
  CUSTOMER_NAMESPACE,
  customerClientEventSchemas,
  customerServerEventSchemas,
  type CustomerServerEventName,
  type CustomerServerEventPayload,
} from '../../shared/schemas/customer-socket.js';
import { socketAuthSchema } from '../../shared/schemas/socket.js';
import type { ChatTokens } from '../auth/tokens.js';
import { bindAcked } from '../realtime/ack.js';
import type { Router } from '../routing/router.js';
import { loadTranscript } from './chat-repository.js';
import type { ChatService } from './chat-service.js';
import type { Db } from '../db/client.js';

const room = (contactId: string) => `chat:${contactId}`;

export interface CustomerSocketDeps {
  db: Db;
  log: Logger;
  chatTokens: ChatTokens;
  chat: ChatService;
  router: () => Router;
  /** A customer whose page is gone this long (closed, not reloaded) has left the chat. */
  leaveGraceMs: number;
}

/** Where the chat stands, as the customer page shows it. */
export function chatStatus(router: Router, contactId: string): CustomerChatStatus {
  const live = router.liveState(contactId);
  if (live === null || live.state === 'wrap_up') return { state: 'ended', agentName: null };
  if (live.state !== 'active' || live.ownerId === null) return { state: 'waiting', agentName: null };
  return { state: 'connected', agentName: router.status(live.ownerId)?.displayName ?? null };
}

/** The `/customer` namespace: a chat token opens that one chat, nothing else. */
export function createCustomerSocket(io: Server, deps: CustomerSocketDeps) {
  const ns: Namespace = io.of(CUSTOMER_NAMESPACE);
  const leaving = new Map<string, NodeJS.Timeout>();

  ns.use((socket, next) => {
    const auth = socketAuthSchema.safeParse(socket.handshake.auth);
    if (!auth.success) {
      next(new Error('unauthorized'));
      return;
    }
    deps.chatTokens.verify(auth.data.token).then(
      (contactId) => {
        if (contactId === null) {
          next(new Error('unauthorized'));
          return;
        }
        (socket.data as { contactId: string }).contactId = contactId;
        next();
      },
      (error: unknown) => {
        deps.log.error({ err: error }, 'customer socket authentication failed');
        next(new Error('unavailable'));
      },
    );
  });

  ns.on('connection', (socket: Socket) => {
    const contactId = (socket.data as { contactId: string }).contactId;
    void socket.join(room(contactId));
    const pending = leaving.get(contactId);
    if (pending) clearTimeout(pending);
    leaving.delete(contactId);
    const s = customerClientEventSchemas;
    bindAcked(socket, 'chat.send', s['chat.send'], (draft) => deps.chat.customerSend(contactId, draft), deps.log);
    bindAcked(socket, 'chat.typing', s['chat.typing'], (req) => {
      deps.chat.customerTyping(contactId, req.typing);
      return Promise.resolve({});
    }, deps.log);
    bindAcked(socket, 'chat.leave', s['chat.leave'], async () => {
      await deps.router().hangup(contactId);
      return { state: 'ended' as const, agentName: null };
    }, deps.log);
    bindAcked(socket, 'chat.resume', s['chat.resume'], async () => ({
      status: chatStatus(deps.router(), contactId),
      messages: await loadTranscript(deps.db, contactId),
    }), deps.log);

    socket.on('disconnect', () => {
      void ns.in(room(contactId)).fetchSockets().then((left) => {
        if (left.length > 0 || leaving.has(contactId)) return;
        const timer = setTimeout(() => {
          leaving.delete(contactId);
          deps.router().hangup(contactId).catch((error: unknown) => deps.log.error({ err: error, contactId }, 'chat leave failed'));
        }, deps.leaveGraceMs);
        timer.unref();
        leaving.set(contactId, timer);
      });
    });
  });

  const emit = <E extends CustomerServerEventName>(contactId: string, event: E, payload: CustomerServerEventPayload<E>) => {
    const checked: unknown = customerServerEventSchemas[event].parse(payload);
    ns.to(room(contactId)).emit(event, checked);
  };
  return {
    emit,
    close: () => {
      for (const t of leaving.values()) clearTimeout(t);
      leaving.clear();
    },
  };
}
