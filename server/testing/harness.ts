/** Readable helpers for gateway tests: a real gateway on 127.0.0.1 over in-memory PGlite. */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { io as connect, type Socket } from 'socket.io-client';
import type { LoginResponse } from '../../shared/schemas/auth.js';
import type {
  Ack,
  ClientEventName,
  ClientEventRequest,
  ClientEventResponse,
  ClientToServerEvents,
  ServerEventName,
  ServerEventPayload,
  ServerToClientEvents,
} from '../../shared/schemas/socket.js';
import type { ChatSessionRequest, ChatSessionResponse } from '../../shared/schemas/chat.js';
import {
  CUSTOMER_NAMESPACE,
  type CustomerClientEventName,
  type CustomerClientEventRequest,
  type CustomerClientEventResponse,
  type CustomerServerEventName,
  type CustomerServerEventPayload,
} from '../../shared/schemas/customer-socket.js';
import type { RoutingSettings } from '../../shared/schemas/work.js';
import { DEFAULT_RULES_FILE, loadConfig, type GatewayConfig } from '../config.js';
import { openDatabase, type Database } from '../db/client.js';
import { createGateway, type Gateway, type GatewayOptions } from '../gateway.js';
import { SIGNATURE_HEADER, SOURCE_HEADER, webhookHeaders } from '../http/signature.js';
import { FIXTURE_PASSWORD, loadFixtures } from './fixtures.js';
import { connected, followBoards, inboxOf } from './socket-inbox.js';

export const TEST_WEBHOOK_SECRET = 'test-webhook-secret-0123456789';
/** The integration the harness posts as (`x-firebreak-source`). */
export const TEST_SOURCE = 'test-harness';

export interface TestGateway {
  url: string;
  gateway: Gateway;
  database: Database;
  /** The gateway's own copy of the rules file (tests may edit it). */
  rulesFile: string;
  /** GET/PUT with an agent's bearer token. */
  api(
    method: 'GET' | 'POST' | 'PUT',
    path: string,
    token: string,
    body?: unknown,
  ): Promise<Response>;
  /**
   * POST as an integration: signed with the test secret as TEST_SOURCE unless `sign` is false or
   * the signature header itself; `source` replaces the source header.
   */
  post(
    path: string,
    body: unknown,
    options?: { sign?: boolean | string; raw?: string; source?: string },
  ): Promise<Response>;
  login(username: string, password?: string): Promise<LoginResponse>;
  connectAgent(username: string, password?: string): Promise<TestDesktop>;
  /** Starts a chat as the customer page does, and connects its socket. */
  startChat(body?: Partial<ChatSessionRequest>): Promise<TestCustomer>;
  close(): Promise<void>;
}

export interface TestDesktop {
  socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  /** Resolves with the next `event` (or one already received and not yet taken). */
  next<E extends ServerEventName>(event: E, timeoutMs?: number): Promise<ServerEventPayload<E>>;
  /** True when an `event` arrived and was not taken yet. */
  has(event: ServerEventName): boolean;
  discard(event: ServerEventName, match: (payload: unknown) => boolean): void;
  /** The next `event` that passes `done` (earlier ones are taken), or a timeout error. */
  nextWhere<E extends ServerEventName>(
    event: E,
    done: (payload: ServerEventPayload<E>) => boolean,
    timeoutMs: number,
  ): Promise<ServerEventPayload<E>>;
  request<E extends ClientEventName>(
    event: E,
    payload: ClientEventRequest<E>,
  ): Promise<Ack<ClientEventResponse<E>>>;
  /** Waits for the next offer and accepts it. */
  take(timeoutMs?: number): Promise<ServerEventPayload<'contact.offered'>>;
  /** Accepts the contact if it still rings, ends it and wraps it up with no action (its events dropped). */
  finish(contactId: string): Promise<void>;
  close(): void;
}

/** The customer's chat page, as a test drives it. */
export interface TestCustomer {
  contactId: string;
  next<E extends CustomerServerEventName>(
    event: E,
    timeoutMs?: number,
  ): Promise<CustomerServerEventPayload<E>>;
  has(event: CustomerServerEventName): boolean;
  discard(event: CustomerServerEventName, match: (payload: unknown) => boolean): void;
  request<E extends CustomerClientEventName>(
    event: E,
    payload: CustomerClientEventRequest<E>,
  ): Promise<Ack<CustomerClientEventResponse<E>>>;
  close(): void;
}

export interface TestGatewayOptions {
  fixtures?: boolean;
  bodyLimit?: number;
  databaseUrl?: string;
  /** Routing defaults (the config's); a test of ring timeouts sets a short one. */
  routing?: Partial<RoutingSettings>;
  heartbeat?: GatewayOptions['heartbeat'];
  chatLeaveGraceMs?: number;
  /** The gateway's logger (silent by default); the log-redaction test captures it. */
  logger?: GatewayOptions['logger'];
  /** Sign-in brute-force limits, when a test is about them. */
  loginLimits?: GatewayOptions['loginLimits'];
  /** The sessions' clock, for tests of token and session expiry. */
  sessionClock?: GatewayOptions['sessionClock'];
  /** Any other config the test is about (e.g. a 1 s Diamond wait instead of 30 s). */
  config?: Partial<GatewayConfig>;
}

export async function startTestGateway(options: TestGatewayOptions = {}): Promise<TestGateway> {
  const database = await openDatabase({
    dataDir: 'memory://',
    databaseUrl: options.databaseUrl,
    timeoutMs: options.config?.dbTimeoutMs,
    log: options.logger,
  });
  if (options.fixtures !== false) await loadFixtures(database);
  // Each gateway edits its own copy of the rules, never the shipped file.
  const rulesDir = mkdtempSync(path.join(os.tmpdir(), 'firebreak-rules-'));
  const rulesFile = path.join(rulesDir, 'preemption-rules.yaml');
  copyFileSync(DEFAULT_RULES_FILE, rulesFile);
  const config = {
    ...loadConfig({
      FIREBREAK_PORT: '0',
      FIREBREAK_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET,
      FIREBREAK_LOG_LEVEL: 'silent',
    }),
    dataDir: 'memory://',
    rulesFile,
    ...(options.bodyLimit ? { bodyLimit: options.bodyLimit } : {}),
    ...options.routing,
    ...options.config,
  };
  const gateway = await createGateway(config, {
    database,
    logger: options.logger ?? pino({ level: 'silent' }),
    ...(options.loginLimits ? { loginLimits: options.loginLimits } : {}),
    ...(options.sessionClock ? { sessionClock: options.sessionClock } : {}),
    ...(options.heartbeat ? { heartbeat: options.heartbeat } : {}),
    ...(options.chatLeaveGraceMs === undefined
      ? {}
      : { chatLeaveGraceMs: options.chatLeaveGraceMs }),
  });
  const url = await gateway.listen();
  await gateway.risk.idle(); // the start-up backfill scores the fixtures
  const desktops: TestDesktop[] = [];

  const api: TestGateway['api'] = (method, path, token, body) =>
    fetch(`${url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  // A signature is good once: the same body posted again (an idempotency test) is signed a second
  // later, as an integration retrying would sign it afresh.
  const lastTimestamp = new Map<string, number>();
  const timestampFor = (key: string) => {
    const t = Math.max(Math.floor(Date.now() / 1000), (lastTimestamp.get(key) ?? 0) + 1);
    lastTimestamp.set(key, t);
    return t;
  };
  const post: TestGateway['post'] = (path, body, opts = {}) => {
    const raw = opts.raw ?? JSON.stringify(body);
    const source = opts.source ?? TEST_SOURCE;
    const sign = opts.sign ?? true;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (typeof sign === 'string')
      Object.assign(headers, { [SOURCE_HEADER]: source, [SIGNATURE_HEADER]: sign });
    else if (sign) {
      const timestamp = timestampFor(`${source}\n${raw}`);
      Object.assign(
        headers,
        webhookHeaders({ secret: TEST_WEBHOOK_SECRET, source, rawBody: raw, timestamp }),
      );
    }
    return fetch(`${url}${path}`, { method: 'POST', headers, body: raw });
  };

  const login = async (username: string, password = FIXTURE_PASSWORD) => {
    const res = await post('/api/v1/auth/login', { username, password }, { sign: false });
    if (res.status !== 200)
      throw new Error(`login ${username} failed: ${res.status} ${await res.text()}`);
    return (await res.json()) as LoginResponse;
  };

  const connectAgent = async (username: string, password?: string): Promise<TestDesktop> => {
    const { token } = await login(username, password);
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = connect(url, {
      auth: { token },
      transports: ['websocket'],
      reconnection: false,
    });
    await connected(socket);
    const inbox = inboxOf<ServerEventName>(socket);
    followBoards(socket, inbox.deliver);
    const desktop: TestDesktop = {
      ...inbox,
      socket,
      async nextWhere(event, done, timeoutMs) {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
          const payload = await desktop.next(event, Math.max(1, deadline - Date.now()));
          if (done(payload)) return payload;
        }
      },
      async take(timeoutMs) {
        const offer = await desktop.next('contact.offered', timeoutMs);
        const accepted = await desktop.request('contact.accept', { contactId: offer.contact.id });
        if (!accepted.ok) throw new Error(`accept failed: ${accepted.error.message}`);
        return offer;
      },
      async finish(contactId) {
        await desktop.request('contact.accept', { contactId }); // refused if already accepted: fine
        const ended = await desktop.request('contact.end', { contactId });
        if (!ended.ok) throw new Error(`end failed: ${ended.error.message}`);
        const wrapped = await desktop.request('contact.wrap-up', {
          contactId,
          disposition: 'no_action',
        });
        if (!wrapped.ok) throw new Error(`wrap-up failed: ${wrapped.error.message}`);
        // The contact is gone: its own updates and end are no news to the next test step.
        await new Promise((resolve) => setTimeout(resolve, 20));
        desktop.discard('contact.updated', (c) => (c as { id?: string }).id === contactId);
        desktop.discard(
          'contact.ended',
          (e) => (e as { contactId?: string }).contactId === contactId,
        );
      },
      close: () => socket.close(),
    };
    desktops.push(desktop);
    return desktop;
  };

  const customers: TestCustomer[] = [];
  const startChat = async (body: Partial<ChatSessionRequest> = {}): Promise<TestCustomer> => {
    const res = await post(
      '/api/v1/chat/sessions',
      { name: 'Test Customer', language: 'zh-CN', message: '你好', ...body },
      { sign: false },
    );
    if (res.status !== 201) throw new Error(`chat start failed: ${res.status} ${await res.text()}`);
    const { contactId, token } = (await res.json()) as ChatSessionResponse;
    const socket = connect(`${url}${CUSTOMER_NAMESPACE}`, {
      auth: { token },
      transports: ['websocket'],
      reconnection: false,
    });
    await connected(socket);
    const customer: TestCustomer = {
      ...inboxOf<CustomerServerEventName>(socket),
      contactId,
      close: () => socket.close(),
    } as TestCustomer;
    customers.push(customer);
    return customer;
  };

  return {
    url,
    gateway,
    database,
    rulesFile,
    api,
    post,
    login,
    connectAgent,
    startChat,
    async close() {
      for (const d of desktops) d.close();
      for (const c of customers) c.close();
      await gateway.close();
      await database.close();
      rmSync(rulesDir, { recursive: true, force: true });
    },
  };
}

let counter = 0;
/** A valid inbound contact with a fresh externalId; override what the test is about. */
export function aContact(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    externalId: `cti-${Date.now()}-${counter}`,
    channel: 'voice',
    from: { phone: '+8613800000001' },
    queue: 'claims-voice',
    ...overrides,
  };
}
