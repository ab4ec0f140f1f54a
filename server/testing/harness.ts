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
import { DEFAULT_RULES_FILE, loadConfig } from '../config.js';
import { openDatabase, type Database } from '../db/client.js';
import { createGateway, type Gateway } from '../gateway.js';
import { signBody } from '../http/signature.js';
import { FIXTURE_PASSWORD, loadFixtures } from './fixtures.js';

export const TEST_WEBHOOK_SECRET = 'test-webhook-secret-0123456789';

export interface TestGateway {
  url: string;
  gateway: Gateway;
  database: Database;
  /** The gateway's own copy of the rules file (tests may edit it). */
  rulesFile: string;
  /** GET/PUT with an agent's bearer token. */
  api(method: 'GET' | 'POST' | 'PUT', path: string, token: string, body?: unknown): Promise<Response>;
  post(path: string, body: unknown, options?: { sign?: boolean | string; raw?: string }): Promise<Response>;
  login(username: string, password?: string): Promise<LoginResponse>;
  connectAgent(username: string, password?: string): Promise<TestDesktop>;
  close(): Promise<void>;
}

export interface TestDesktop {
  socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  /** Resolves with the next `event` (or one already received and not yet taken). */
  next<E extends ServerEventName>(event: E, timeoutMs?: number): Promise<ServerEventPayload<E>>;
  request<E extends ClientEventName>(event: E, payload: ClientEventRequest<E>): Promise<Ack<ClientEventResponse<E>>>;
  close(): void;
}

export async function startTestGateway(
  options: { fixtures?: boolean; bodyLimit?: number; databaseUrl?: string } = {},
): Promise<TestGateway> {
  const database = await openDatabase({ dataDir: 'memory://', databaseUrl: options.databaseUrl });
  if (options.fixtures !== false) await loadFixtures(database);
  // Each gateway edits its own copy of the rules, never the shipped file.
  const rulesDir = mkdtempSync(path.join(os.tmpdir(), 'firebreak-rules-'));
  const rulesFile = path.join(rulesDir, 'preemption-rules.yaml');
  copyFileSync(DEFAULT_RULES_FILE, rulesFile);
  const config = {
    ...loadConfig({ FIREBREAK_PORT: '0', FIREBREAK_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET, FIREBREAK_LOG_LEVEL: 'silent' }),
    dataDir: 'memory://',
    rulesFile,
    ...(options.bodyLimit ? { bodyLimit: options.bodyLimit } : {}),
  };
  const gateway = await createGateway(config, { database, logger: pino({ level: 'silent' }) });
  const url = await gateway.listen();
  await gateway.risk.idle(); // the start-up backfill scores the fixtures
  const desktops: TestDesktop[] = [];

  const api: TestGateway['api'] = (method, path, token, body) =>
    fetch(`${url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  const post: TestGateway['post'] = (path, body, opts = {}) => {
    const raw = opts.raw ?? JSON.stringify(body);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const sign = opts.sign ?? true;
    if (sign !== false) headers['x-firebreak-signature'] = typeof sign === 'string' ? sign : signBody(TEST_WEBHOOK_SECRET, raw);
    return fetch(`${url}${path}`, { method: 'POST', headers, body: raw });
  };

  const login = async (username: string, password = FIXTURE_PASSWORD) => {
    const res = await post('/api/v1/auth/login', { username, password }, { sign: false });
    if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${await res.text()}`);
    return (await res.json()) as LoginResponse;
  };

  const connectAgent = async (username: string, password?: string): Promise<TestDesktop> => {
    const { token } = await login(username, password);
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = connect(url, {
      auth: { token },
      transports: ['websocket'],
      reconnection: false,
    });
    const inbox = new Map<string, unknown[]>();
    const waiters = new Map<string, ((payload: unknown) => void)[]>();
    socket.onAny((event: string, payload: unknown) => {
      const waiting = waiters.get(event)?.shift();
      if (waiting) waiting(payload);
      else inbox.set(event, [...(inbox.get(event) ?? []), payload]);
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => {
        resolve();
      });
      socket.once('connect_error', reject);
    });
    const desktop: TestDesktop = {
      socket,
      next: (event, timeoutMs = 5000) =>
        new Promise((resolve, reject) => {
          const queued = inbox.get(event);
          if (queued && queued.length > 0) {
            resolve(queued.shift() as ServerEventPayload<typeof event>);
            return;
          }
          const timer = setTimeout(() => {
            reject(new Error(`no ${event} within ${timeoutMs} ms`));
          }, timeoutMs);
          waiters.set(event, [
            ...(waiters.get(event) ?? []),
            (payload) => {
              clearTimeout(timer);
              resolve(payload as ServerEventPayload<typeof event>);
            },
          ]);
        }),
      request: (event, payload) =>
        new Promise((resolve) => {
          (socket.emit as (e: string, p: unknown, ack: (r: unknown) => void) => void)(event, payload, (r) => {
            resolve(r as Ack<ClientEventResponse<typeof event>>);
          });
        }),
      close: () => socket.close(),
    };
    desktops.push(desktop);
    return desktop;
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
    async close() {
      for (const d of desktops) d.close();
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
