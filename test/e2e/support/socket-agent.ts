import { io, type Socket } from 'socket.io-client';
import type { LoginResponse } from '../../../shared/schemas/auth.js';
import type { ContactOffer } from '../../../shared/schemas/contact.js';

/** A second agent at another desk, driven over the socket (the first one is in Chromium). */
export interface SocketAgent {
  nextOffer(timeoutMs?: number): Promise<ContactOffer>;
  emit(event: string, payload: unknown): Promise<{ ok: boolean; data?: unknown; error?: { message: string } }>;
  close(): void;
}

export async function connectSocketAgent(url: string, username: string, password: string): Promise<SocketAgent> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const { token } = (await res.json()) as LoginResponse;
  const socket: Socket = io(url, { auth: { token }, transports: ['websocket'], reconnection: false });
  const offers: ContactOffer[] = [];
  const waiting: ((offer: ContactOffer) => void)[] = [];
  socket.on('contact.offered', (offer: ContactOffer) => {
    const resolve = waiting.shift();
    if (resolve) resolve(offer);
    else offers.push(offer);
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  const agent: SocketAgent = {
    nextOffer: (timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const queued = offers.shift();
        if (queued) {
          resolve(queued);
          return;
        }
        const timer = setTimeout(() => reject(new Error(`${username}: no offer within ${timeoutMs} ms`)), timeoutMs);
        waiting.push((offer) => {
          clearTimeout(timer);
          resolve(offer);
        });
      }),
    emit: (event, payload) =>
      socket.timeout(5000).emitWithAck(event, payload) as Promise<{ ok: boolean; data?: unknown; error?: { message: string } }>,
    close: () => socket.close(),
  };
  const ready = await agent.emit('agent.ready', {});
  if (!ready.ok) throw new Error(`${username} not ready: ${ready.error?.message ?? ''}`);
  return agent;
}
