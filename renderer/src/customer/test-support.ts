/**
 * Test doubles for the customer page: a fake `/customer` socket that answers like the gateway
 * and lets a test push server events, a fake `fetch`, and `renderCustomerChat`.
 *
 *   const { sockets, user } = renderCustomerChat({ session: aStoredSession() });
 *   sockets.latest().serverEmit('chat.message', aChatMessage({ sender: 'agent' }));
 */
import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { StrictMode, createElement } from 'react';
import type { Language } from '../../../shared/domain';
import type { ChatMessage, CustomerChatStatus } from '../../../shared/schemas/chat';
import type {
  CustomerClientEventName,
  CustomerClientEventRequest,
  CustomerServerEventName,
  CustomerServerEventPayload,
} from '../../../shared/schemas/customer-socket';
import { saveChatSession, type FetchLike, type StoredChatSession } from './chat-session';
import { CustomerChatApp } from './CustomerChatApp';
import { createCustomerI18n } from './customer-i18n';
import type {
  CustomerSocket,
  CustomerSocketFactory,
  ReservedCustomerSocketListeners,
} from './customer-socket';

type Listener = (arg: never) => void;
type Responder<E extends CustomerClientEventName> = (
  payload: CustomerClientEventRequest<E>,
) => unknown;

let nextId = 1;

export function aChatMessage(overrides: Partial<ChatMessage> = {}): ChatMessage {
  const id = `msg-${nextId++}`;
  return {
    id,
    contactId: 'contact-1',
    sender: 'agent',
    authorName: overrides.sender === 'agent' || overrides.sender === undefined ? 'Lin Mei' : null,
    text: `Message ${id}`,
    attachments: [],
    sentAt: new Date().toISOString(),
    ...overrides,
  };
}

export function aStoredSession(overrides: Partial<StoredChatSession> = {}): StoredChatSession {
  return {
    contactId: 'contact-1',
    token: 'chat-token',
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    language: 'en',
    ...overrides,
  };
}

/** A fake socket.io client on `/customer`: records emits, answers acks, pushes server events. */
export class FakeCustomerSocket implements CustomerSocket {
  connected = false;
  active = false;
  readonly emitted: { event: CustomerClientEventName; payload: unknown }[] = [];
  status: CustomerChatStatus = { state: 'waiting', agentName: null };
  transcript: ChatMessage[] = [];
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly responders = new Map<CustomerClientEventName, (payload: never) => unknown>();

  constructor(readonly auth: { token: string }) {
    this.answer('chat.resume', () => ({
      ok: true,
      data: { status: this.status, messages: this.transcript },
    }));
    this.answer('chat.send', (draft) => {
      const message = aChatMessage({
        sender: 'customer',
        authorName: null,
        text: draft.text,
        attachments: draft.attachments ?? [],
      });
      this.transcript.push(message);
      return { ok: true, data: message };
    });
    this.answer('chat.typing', () => ({ ok: true, data: {} }));
    this.answer('chat.leave', () => {
      this.status = { state: 'ended', agentName: this.status.agentName };
      return { ok: true, data: this.status };
    });
  }

  on<K extends keyof ReservedCustomerSocketListeners>(
    event: K,
    listener: ReservedCustomerSocketListeners[K],
  ): this;
  on(event: CustomerServerEventName, listener: (payload: unknown) => void): this;
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
    queueMicrotask(() => this.serverConnect());
    return this;
  }

  disconnect(): this {
    this.connected = false;
    this.active = false;
    return this;
  }

  timeout() {
    return {
      emitWithAck: (event: CustomerClientEventName, payload: unknown) => {
        this.emitted.push({ event, payload });
        const answer = this.responders.get(event)?.(payload as never);
        return new Promise<unknown>((resolve) => queueMicrotask(() => resolve(answer)));
      },
    };
  }

  // ——— what a test does as the gateway ———

  answer<E extends CustomerClientEventName>(event: E, responder: Responder<E>): void {
    this.responders.set(event, responder);
  }

  serverEmit<E extends CustomerServerEventName>(
    event: E,
    payload: CustomerServerEventPayload<E>,
  ): void {
    this.fire(event, payload);
  }

  serverConnect(): void {
    this.connected = true;
    this.active = true;
    this.fire('connect');
  }

  serverDisconnect(reason = 'transport close'): void {
    this.connected = false;
    this.fire('disconnect', reason);
  }

  emitsOf<E extends CustomerClientEventName>(event: E): CustomerClientEventRequest<E>[] {
    return this.emitted
      .filter((e) => e.event === event)
      .map((e) => e.payload as CustomerClientEventRequest<E>);
  }

  private fire(event: string, arg?: unknown): void {
    for (const listener of this.listeners.get(event) ?? [])
      (listener as (arg: unknown) => void)(arg);
  }
}

export function createFakeCustomerSockets() {
  const sockets: FakeCustomerSocket[] = [];
  const factory: CustomerSocketFactory = (auth) => {
    const socket = new FakeCustomerSocket(auth);
    sockets.push(socket);
    return socket;
  };
  const latest = (): FakeCustomerSocket => {
    const socket = sockets.at(-1);
    if (socket === undefined)
      throw new Error('No customer socket was created: has the chat started?');
    return socket;
  };
  return { factory, sockets, latest };
}

export function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

export interface RenderCustomerChatOptions {
  language?: Language;
  /** A chat already open in this tab (as after a reload). */
  session?: StoredChatSession;
  /** Answers `POST /api/v1/chat/sessions`; records every call in `requests`. */
  respond?: (body: unknown) => Response;
}

export interface RenderCustomerChatResult extends RenderResult {
  user: UserEvent;
  sockets: ReturnType<typeof createFakeCustomerSockets>;
  requests: { url: string; body: unknown }[];
}

export function renderCustomerChat(
  options: RenderCustomerChatOptions = {},
): RenderCustomerChatResult {
  const language = options.language ?? 'en';
  const sockets = createFakeCustomerSockets();
  const requests: { url: string; body: unknown }[] = [];
  const respond =
    options.respond ??
    (() =>
      jsonResponse(201, {
        contactId: 'contact-1',
        token: 'chat-token',
        expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      }));
  const fetchImpl: FetchLike = (url, init) => {
    const body: unknown = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    requests.push({ url, body });
    return Promise.resolve(respond(body));
  };
  if (options.session) saveChatSession(window.sessionStorage, options.session);
  const user = userEvent.setup({ delay: null });
  const result = render(
    createElement(
      StrictMode,
      null,
      createElement(CustomerChatApp, {
        i18n: createCustomerI18n(language),
        initialLanguage: language,
        socketFactory: sockets.factory,
        fetchImpl,
        storage: window.sessionStorage,
      }),
    ),
  );
  return { ...result, user, sockets, requests };
}
