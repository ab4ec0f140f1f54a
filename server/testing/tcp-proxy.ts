/**
 * A loopback TCP proxy for fault tests: everything between a client and a target (the desktop and
 * the gateway, the gateway and PostgreSQL) goes through it, and the test can delay it, pull the
 * cable (`cut`: connections stay open, nothing gets through, peers notice only by their own
 * timeouts), plug it back (`restore`) or reset every connection at once.
 *
 *   const proxy = await startTcpProxy({ host: '127.0.0.1', port: 5432 });
 *   const url = throughProxy('postgres://me@127.0.0.1:5432/db', proxy); // same credentials and path
 *   proxy.setLatency(2000); proxy.cut(); proxy.restore(); await proxy.close();
 *
 * Loopback only: it listens on 127.0.0.1, on a port of the system's choosing.
 */
import net from 'node:net';

export interface TcpProxy {
  /** The port it listens on, on 127.0.0.1. */
  readonly port: number;
  /** `protocol://127.0.0.1:port` (no credentials or path: see `throughProxy` for a whole URL). */
  readonly url: (protocol: 'http' | 'postgres') => string;
  /**
   * Blackhole: every connection stays open, nothing is forwarded either way (bytes in flight or
   * sent meanwhile are dropped, never delivered later), and new connections are accepted but
   * connect nowhere. A pulled cable: the peers notice only by their own timeouts.
   */
  cut(): void;
  /**
   * Forward again: new connections reach the target. Connections open during the cut are dead to
   * their peers anyway, so they are destroyed now.
   */
  restore(): void;
  /** Destroys every open connection now (RST); new ones are still accepted. */
  reset(): void;
  /** Delays every chunk in both directions by `ms` (order preserved); 0 to stop delaying. */
  setLatency(ms: number): void;
  /** Open client connections. */
  connections(): number;
  /** Stops listening, destroys every connection and releases the port. */
  close(): Promise<void>;
}

export interface ProxyTarget {
  host: string;
  port: number;
}

/** `url` with its host and port replaced by the proxy's (credentials, path and query kept). */
export function throughProxy(url: string, proxy: Pick<TcpProxy, 'port'>): string {
  const parsed = new URL(url);
  parsed.hostname = '127.0.0.1';
  parsed.port = String(proxy.port);
  return parsed.toString();
}

type Item = Buffer | 'end';

/** One direction of one connection: chunks wait here until their time, in order. */
class Lane {
  private readonly queue: { item: Item; due: number }[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly to: () => net.Socket | null,
    private readonly from: net.Socket,
  ) {}

  push(item: Item, latencyMs: number): void {
    const now = Date.now();
    const last = this.queue.at(-1);
    const due = Math.max(now + latencyMs, last?.due ?? 0);
    if (due <= now && this.queue.length === 0) {
      this.deliver(item);
      return;
    }
    this.queue.push({ item, due });
    this.schedule();
  }

  /** Drops everything not delivered yet. */
  clear(): void {
    this.queue.length = 0;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(): void {
    const head = this.queue[0];
    if (!head || this.timer) return;
    this.timer = setTimeout(
      () => {
        this.timer = null;
        const now = Date.now();
        while (this.queue[0] && this.queue[0].due <= now)
          this.deliver((this.queue.shift() as { item: Item }).item);
        this.schedule();
      },
      Math.max(0, head.due - Date.now()),
    );
  }

  private deliver(item: Item): void {
    const to = this.to();
    if (!to || to.destroyed) return;
    if (item === 'end') {
      to.end();
      return;
    }
    // Backpressure: the sender waits while the receiver's buffer is full.
    if (!to.write(item) && !this.from.isPaused()) {
      this.from.pause();
      to.once('drain', () => this.from.resume());
    }
  }
}

interface Pair {
  client: net.Socket;
  upstream: net.Socket | null;
  lanes: Lane[];
  /** Open during a cut: dead to its peers, destroyed on restore. */
  severed: boolean;
}

function checkTarget(target: ProxyTarget): void {
  if (typeof target.host !== 'string' || target.host.trim() === '') {
    throw new TypeError('startTcpProxy: target.host must be a host name or address');
  }
  if (!Number.isInteger(target.port) || target.port < 1 || target.port > 65_535) {
    throw new RangeError(
      `startTcpProxy: target.port must be an integer 1–65535, got ${String(target.port)}`,
    );
  }
}

/** Starts a proxy on 127.0.0.1 (a free port) forwarding to `target`. */
export async function startTcpProxy(target: ProxyTarget): Promise<TcpProxy> {
  checkTarget(target);
  const pairs = new Set<Pair>();
  let latencyMs = 0;
  let isCut = false;

  const destroy = (pair: Pair, rst: boolean) => {
    for (const lane of pair.lanes) lane.clear();
    for (const socket of [pair.client, pair.upstream]) {
      if (!socket || socket.destroyed) continue;
      if (rst) socket.resetAndDestroy();
      else socket.destroy();
    }
    pairs.delete(pair);
  };

  /** Both sockets closed: the connection is gone. An abrupt close resets the other side too. */
  const closed = (pair: Pair, socket: net.Socket, hadError: boolean) => {
    const other = socket === pair.client ? pair.upstream : pair.client;
    // While the cable is out, nothing that happens at one end reaches the other.
    if (hadError && !pair.severed && other && !other.destroyed) destroy(pair, true);
    if (pair.client.destroyed && (!pair.upstream || pair.upstream.destroyed)) {
      for (const lane of pair.lanes) lane.clear();
      pairs.delete(pair);
    }
  };

  /** Chunks (and the end) from `from` go down `lane`, unless this connection is cut off. */
  const forward = (pair: Pair, from: net.Socket, lane: Lane) => {
    from.on('data', (chunk: Buffer) => {
      if (!pair.severed) lane.push(chunk, latencyMs);
    });
    from.on('end', () => {
      if (!pair.severed) lane.push('end', latencyMs);
    });
  };

  const server = net.createServer({ allowHalfOpen: true }, (client) => {
    const pair: Pair = { client, upstream: null, lanes: [], severed: isCut };
    pairs.add(pair);
    client.on('error', () => undefined); // seen as close(hadError)
    client.on('close', (hadError) => closed(pair, client, hadError));
    if (isCut) return; // accepted, connected nowhere: whatever it sends is dropped
    const upstream = net.connect({ host: target.host, port: target.port, allowHalfOpen: true });
    pair.upstream = upstream;
    upstream.on('error', () => undefined);
    upstream.on('close', (hadError) => closed(pair, upstream, hadError));
    const toUpstream = new Lane(() => pair.upstream, client);
    const toClient = new Lane(() => pair.client, upstream);
    pair.lanes = [toUpstream, toClient];
    forward(pair, client, toUpstream);
    forward(pair, upstream, toClient);
  });
  server.on('error', () => undefined);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as net.AddressInfo).port;

  return {
    port,
    url: (protocol) => `${protocol}://127.0.0.1:${port}`,
    cut() {
      isCut = true;
      for (const pair of pairs) {
        pair.severed = true;
        for (const lane of pair.lanes) lane.clear();
      }
    },
    restore() {
      isCut = false;
      for (const pair of [...pairs]) if (pair.severed) destroy(pair, false);
    },
    reset() {
      for (const pair of [...pairs]) destroy(pair, true);
    },
    setLatency(ms) {
      if (!Number.isFinite(ms) || ms < 0)
        throw new RangeError(`setLatency: ms must be a number ≥ 0, got ${String(ms)}`);
      latencyMs = ms;
    },
    connections: () => [...pairs].filter((pair) => !pair.client.destroyed).length,
    close() {
      for (const pair of [...pairs]) destroy(pair, false);
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
      });
    },
  };
}
