import Fastify from 'fastify';
import { Server } from 'socket.io';
import { io as connect } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import { stopListening } from './shutdown.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function server() {
  const app = Fastify();
  app.get('/slow', async () => {
    await sleep(300);
    return { ok: true };
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const io = new Server(app.server);
  const { port } = app.server.address() as { port: number };
  return { app, io, url: `http://127.0.0.1:${port}` };
}

describe('stopping the gateway’s HTTP server and sockets', () => {
  it('answers a request in flight on a kept-alive connection, then closes without waiting for the keep-alive timeout', async () => {
    const { app, io, url } = await server();
    const desktop = connect(url, { transports: ['websocket'], reconnection: false });
    await new Promise((resolve) => desktop.once('connect', () => resolve(undefined)));
    const disconnected = new Promise((resolve) => desktop.once('disconnect', resolve));
    const inFlight = fetch(`${url}/slow`, { keepalive: true });
    await sleep(50);
    let closed = false;
    const stopping = stopListening(app, io, 60_000).then(() => (closed = true));
    const response = await inFlight;
    expect(response.status).toBe(200);
    await expect(response.json()).resolves.toEqual({ ok: true });
    await disconnected;
    await stopping;
    expect(closed).toBe(true);
    expect(app.server.listening).toBe(false);
  });
});
