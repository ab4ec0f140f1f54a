/**
 * Desktops and customer chat pages over socket.io, as thin as the benchmark needs: agents accept
 * every chat offered to them, customers open chats, and a message's trip from one side's send to
 * the other side's `chat.message` is timed on one clock (the thread running these clients).
 */
import { io as connect, type Socket } from 'socket.io-client';
import { loginResponseSchema } from '../../shared/schemas/auth.js';
import {
  chatMessageSchema,
  chatSessionResponseSchema,
  type ChatMessage,
} from '../../shared/schemas/chat.js';
import { CUSTOMER_NAMESPACE } from '../../shared/schemas/customer-socket.js';
import type {
  Ack,
  ClientToServerEvents,
  ServerToClientEvents,
} from '../../shared/schemas/socket.js';

type DesktopSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Messages on their way: text (unique per message) → when it was sent and who waits for it. */
export class InFlight {
  private readonly pending = new Map<string, { sentAt: number; resolve: (ms: number) => void }>();

  /** Resolves with the ms from `send()` to its receipt, or null after `timeoutMs`. */
  track(text: string, send: () => void, timeoutMs: number): Promise<number | null> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(text);
        resolve(null);
      }, timeoutMs);
      this.pending.set(text, {
        sentAt: performance.now(),
        resolve: (ms) => {
          clearTimeout(timer);
          resolve(ms);
        },
      });
      send();
    });
  }

  /** A side received a message: the clock stops first, the payload is parsed after. */
  received(payload: unknown): void {
    const at = performance.now();
    const message: ChatMessage = chatMessageSchema.parse(payload);
    const waiting = this.pending.get(message.text);
    if (!waiting) return; // an echo of one's own message, or a late one
    this.pending.delete(message.text);
    waiting.resolve(at - waiting.sentAt);
  }
}

export interface BenchAgent {
  username: string;
  socket: DesktopSocket;
}

function connected(socket: Socket): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
}

async function postJson(url: string, body: unknown): Promise<unknown> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`POST ${url}: ${String(res.status)} ${await res.text()}`);
  return res.json();
}

/** Runs `fn` over `items`, `width` at a time. */
export async function inBatches<T, R>(
  items: readonly T[],
  width: number,
  fn: (item: T, i: number) => Promise<R>,
): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += width) {
    out.push(...(await Promise.all(items.slice(i, i + width).map((item, j) => fn(item, i + j)))));
  }
  return out;
}

/**
 * Signs an agent in, opens their desktop socket and announces ready; every chat offered is
 * accepted at once and reported through `onAccepted`. Messages from customers go to `inbox`.
 */
export async function connectAgent(
  url: string,
  username: string,
  password: string,
  inbox: InFlight,
  onAccepted: (contactId: string, agent: BenchAgent) => void,
  onError: (what: string) => void,
): Promise<BenchAgent> {
  const { token } = loginResponseSchema.parse(
    await postJson(`${url}/api/v1/auth/login`, { username, password }),
  );
  const socket: DesktopSocket = connect(url, {
    auth: { token },
    transports: ['websocket'],
    reconnection: false,
  });
  const agent: BenchAgent = { username, socket };
  socket.on('chat.message', (payload) => {
    if (payload.sender === 'customer') inbox.received(payload);
  });
  socket.on('contact.offered', (offer) => {
    const contactId = offer.contact.id;
    socket.emit('contact.accept', { contactId }, (ack) => {
      if (ack.ok) onAccepted(contactId, agent);
      else onError(`contact.accept refused: ${ack.error.message}`);
    });
  });
  socket.on('disconnect', (reason) => onError(`desktop ${username} disconnected: ${reason}`));
  await connected(socket);
  const ready = await socket.emitWithAck('agent.ready', {});
  if (!ready.ok) throw new Error(`agent.ready refused for ${username}: ${ready.error.message}`);
  return agent;
}

export interface BenchCustomer {
  contactId: string;
  socket: Socket;
}

/** Starts a chat as the customer page does and connects its socket; the agent's replies go to `inbox`. */
export async function startCustomerChat(
  url: string,
  request: { name: string; language: 'zh-CN'; message: string; phone?: string },
  inbox: InFlight,
  onError: (what: string) => void,
): Promise<BenchCustomer> {
  const { contactId, token } = chatSessionResponseSchema.parse(
    await postJson(`${url}/api/v1/chat/sessions`, request),
  );
  const socket = connect(`${url}${CUSTOMER_NAMESPACE}`, {
    auth: { token },
    transports: ['websocket'],
    reconnection: false,
  });
  socket.on('chat.message', (payload: unknown) => {
    if ((payload as { sender?: unknown }).sender === 'agent') inbox.received(payload);
  });
  socket.on('disconnect', (reason) => onError(`customer ${contactId} disconnected: ${reason}`));
  await connected(socket);
  return { contactId, socket };
}

/** One chat in the benchmark: the customer's page and the desktop that accepted it. */
export interface BenchChat {
  contactId: string;
  customer: BenchCustomer;
  agent: BenchAgent;
}

export interface Exchange {
  /** Customer send → the agent's `chat.message` (ms); null when it never came. */
  toAgent: number | null;
  toCustomer: number | null;
}

/**
 * One exchange in one chat: the customer writes and, once the agent has it, the agent answers;
 * timed until the customer has the answer. A refused send (ack not ok) is reported and not waited on.
 */
export async function exchange(
  chat: BenchChat,
  label: string,
  queues: { agents: InFlight; customers: InFlight },
  timeoutMs: number,
  onError: (what: string) => void,
): Promise<Exchange> {
  const fromCustomer = `${label} customer ${chat.contactId}`;
  const toAgent = await queues.agents.track(
    fromCustomer,
    () => {
      chat.customer.socket.emit(
        'chat.send',
        { text: fromCustomer, attachments: [] },
        (ack: Ack<unknown>) => {
          if (!ack.ok) onError(`customer chat.send refused: ${ack.error.message}`);
        },
      );
    },
    timeoutMs,
  );
  const fromAgent = `${label} agent ${chat.contactId}`;
  const toCustomer = await queues.customers.track(
    fromAgent,
    () => {
      chat.agent.socket.emit(
        'chat.send',
        { contactId: chat.contactId, text: fromAgent, attachments: [] },
        (ack) => {
          if (!ack.ok) onError(`agent chat.send refused: ${ack.error.message}`);
        },
      );
    },
    timeoutMs,
  );
  return { toAgent, toCustomer };
}
