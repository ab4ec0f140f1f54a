import net from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTcpProxy, throughProxy, type TcpProxy } from './tcp-proxy.js';

/** An echo server: whatever a connection sends comes straight back. */
async function startEcho(): Promise<{
  port: number;
  accepted: () => number;
  close(): Promise<void>;
}> {
  const sockets = new Set<net.Socket>();
  let accepted = 0;
  const server = net.createServer((socket) => {
    accepted += 1;
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
    socket.pipe(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    accepted: () => accepted,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A client connection that collects what it receives and notices when it is closed. */
async function connect(port: number) {
  const socket = net.connect({ host: '127.0.0.1', port });
  socket.on('error', () => undefined);
  let received = '';
  const waiters: (() => void)[] = [];
  socket.on('data', (chunk: Buffer) => {
    received += chunk.toString('utf8');
    for (const w of waiters.splice(0)) w();
  });
  let closed = false;
  socket.on('close', () => {
    closed = true;
    for (const w of waiters.splice(0)) w();
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  return {
    socket,
    send: (text: string) => socket.write(text),
    received: () => received,
    closed: () => closed,
    /** Resolves when `text` has arrived in full, or the connection closed (then rejects). */
    until: (text: string, timeoutMs = 5000) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no "${text}" within ${timeoutMs} ms (got "${received}")`)),
          timeoutMs,
        );
        const check = () => {
          if (received.includes(text)) {
            clearTimeout(timer);
            resolve();
          } else if (closed) {
            clearTimeout(timer);
            reject(new Error('closed'));
          } else waiters.push(check);
        };
        check();
      }),
    /** Resolves once the connection is closed. */
    whenClosed: (timeoutMs = 5000) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`still open after ${timeoutMs} ms`)),
          timeoutMs,
        );
        const check = () => {
          if (closed) {
            clearTimeout(timer);
            resolve();
          } else waiters.push(check);
        };
        check();
      }),
  };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('loopback TCP proxy', () => {
  let echo: Awaited<ReturnType<typeof startEcho>>;
  let proxy: TcpProxy;

  beforeEach(async () => {
    echo = await startEcho();
    proxy = await startTcpProxy({ host: '127.0.0.1', port: echo.port });
  });
  afterEach(async () => {
    await proxy.close();
    await echo.close();
  });

  it('passes bytes both ways, in order, and counts its connections', async () => {
    const a = await connect(proxy.port);
    const b = await connect(proxy.port);
    a.send('one ');
    a.send('two ');
    b.send('other');
    await a.until('one two ');
    await b.until('other');
    expect(a.received()).toBe('one two ');
    expect(proxy.connections()).toBe(2);
    a.socket.end();
    await a.whenClosed();
    await expect.poll(() => proxy.connections()).toBe(1);
    expect(proxy.url('http')).toBe(`http://127.0.0.1:${proxy.port}`);
    expect(throughProxy('postgres://me:pw@db.example:5432/app?sslmode=disable', proxy)).toBe(
      `postgres://me:pw@127.0.0.1:${proxy.port}/app?sslmode=disable`,
    );
  });

  it('delays every chunk by the latency, both ways, keeping the order', async () => {
    const client = await connect(proxy.port);
    proxy.setLatency(150);
    const sentAt = Date.now();
    client.send('a');
    client.send('b');
    client.send('c');
    await client.until('abc');
    // There and back: at least twice the latency.
    expect(Date.now() - sentAt).toBeGreaterThanOrEqual(290);
    expect(client.received()).toBe('abc');
    proxy.setLatency(0);
    client.send('d');
    await client.until('abcd');
  });

  it('blackholes when cut: nothing arrives, nothing is closed, and nothing is delivered after restore', async () => {
    const before = await connect(proxy.port);
    before.send('hello');
    await before.until('hello');
    proxy.cut();
    before.send(' lost');
    // A connection made while the cable is out is accepted, and goes nowhere.
    const during = await connect(proxy.port);
    during.send('nobody hears this');
    await pause(300);
    expect(before.received()).toBe('hello');
    expect(during.received()).toBe('');
    expect(before.closed()).toBe(false);
    expect(during.closed()).toBe(false);
    expect(proxy.connections()).toBe(2);
    expect(echo.accepted()).toBe(1);

    proxy.restore();
    // Connections from the cut are dead to their peers: destroyed, the held bytes never delivered.
    await before.whenClosed();
    await during.whenClosed();
    expect(before.received()).toBe('hello');
    const after = await connect(proxy.port);
    after.send('back');
    await after.until('back');
  });

  it('drops bytes that were still delayed when the cable was cut', async () => {
    const client = await connect(proxy.port);
    proxy.setLatency(200);
    client.send('in flight');
    await pause(50);
    proxy.cut();
    await pause(400);
    expect(client.received()).toBe('');
    expect(client.closed()).toBe(false);
  });

  it('resets every open connection, and still accepts new ones', async () => {
    const a = await connect(proxy.port);
    const b = await connect(proxy.port);
    a.send('x');
    await a.until('x');
    proxy.reset();
    await a.whenClosed();
    await b.whenClosed();
    expect(proxy.connections()).toBe(0);
    const c = await connect(proxy.port);
    c.send('y');
    await c.until('y');
  });

  it('closes a client connection when the target refuses it', async () => {
    await echo.close();
    const client = await connect(proxy.port);
    await client.whenClosed();
  });

  it('releases the port on close', async () => {
    const client = await connect(proxy.port);
    const { port } = proxy;
    await proxy.close();
    await client.whenClosed();
    await expect(connect(port)).rejects.toThrow(/ECONNREFUSED/);
    // The port is free again: something else may listen on it.
    const server = net.createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', resolve);
    });
    await new Promise((resolve) => server.close(resolve));
    proxy = await startTcpProxy({ host: '127.0.0.1', port: echo.port }); // for afterEach
  });

  it('refuses a bad target or latency with a clear error', async () => {
    await expect(startTcpProxy({ host: '', port: 80 })).rejects.toThrow(/target.host/);
    await expect(startTcpProxy({ host: '127.0.0.1', port: 70_000 })).rejects.toThrow(
      /target.port must be an integer 1–65535, got 70000/,
    );
    expect(() => proxy.setLatency(-1)).toThrow(/ms must be a number ≥ 0, got -1/);
    expect(() => proxy.setLatency(Number.NaN)).toThrow(RangeError);
  });
});
