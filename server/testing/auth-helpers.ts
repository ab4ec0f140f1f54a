/** Helpers for the sign-in and session tests: raw auth calls and a desktop socket to watch. */
import { io as connect, type Socket } from 'socket.io-client';
import type { LoginResponse } from '../../shared/schemas/auth.js';
import { hashPassword } from '../auth/password.js';
import type { Database } from '../db/client.js';
import { agents } from '../db/schema.js';
import { FIXTURE_PASSWORD } from './fixtures.js';

export const ADMIN = { id: 'AG-ADMIN', username: 'root.admin' };

/** Makes sure the fixtures' admin is there (added here when the fixtures have none). */
export async function addAdmin(database: Database): Promise<void> {
  await database.db
    .insert(agents)
    .values({
      id: ADMIN.id,
      username: ADMIN.username,
      displayName: 'Admin',
      role: 'admin',
      passwordHash: await hashPassword(FIXTURE_PASSWORD),
    })
    .onConflictDoNothing();
}

export const postJson = (url: string, path: string, body: unknown) =>
  fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

export async function refresh(url: string, refreshToken: string): Promise<Response> {
  return postJson(url, '/api/v1/auth/refresh', { refreshToken });
}

export async function refreshed(url: string, refreshToken: string): Promise<LoginResponse> {
  const res = await refresh(url, refreshToken);
  if (res.status !== 200)
    throw new Error(`refresh failed: ${String(res.status)} ${await res.text()}`);
  return (await res.json()) as LoginResponse;
}

/** GET /api/v1/queues with this access token: 200 while the session lives, 401 after. */
export async function probe(url: string, token: string): Promise<number> {
  return (await fetch(`${url}/api/v1/queues`, { headers: { authorization: `Bearer ${token}` } }))
    .status;
}

export interface WatchedSocket {
  socket: Socket;
  /** Resolves with the reason the socket was closed. */
  disconnected: Promise<string>;
  close(): void;
}

/** Connects a desktop socket with this token; resolves once connected, rejects when refused. */
export async function openSocket(url: string, token: string): Promise<WatchedSocket> {
  const socket = connect(url, { auth: { token }, transports: ['websocket'], reconnection: false });
  const disconnected = new Promise<string>((resolve) =>
    socket.once('disconnect', (reason) => resolve(reason)),
  );
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return { socket, disconnected, close: () => socket.close() };
}

/** The refusal a socket gets for this token (`unauthorized`), or 'connected'. */
export async function socketRefusal(url: string, token: string): Promise<string> {
  try {
    const watched = await openSocket(url, token);
    watched.close();
    return 'connected';
  } catch (error) {
    return (error as Error).message;
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
