import type { FastifyInstance } from 'fastify';
import type { Server as SocketIoServer } from 'socket.io';

/** How long requests in flight may take to finish when the gateway stops, before they are cut. */
export const REQUESTS_GRACE_MS = 5_000;

const IDLE_SWEEP_MS = 50;

/** Resolves with `promise`'s outcome, or with `false` after `ms` (the promise carries on). */
export async function within(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([promise.then(() => true), late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Stops taking work without hanging: Fastify first (it answers 503 to requests on kept-alive
 * connections and drops the idle ones), then socket.io (every desktop disconnects and reconnects
 * to the next gateway). Requests in flight get `graceMs`, their connections dropped as each goes
 * idle; past it the rest are cut, as an exiting process would. Without the sweep, a kept-alive
 * connection busy when the close began holds it until the keep-alive timeout (72 s measured:
 * docs/benchmarks.md).
 */
export async function stopListening(app: FastifyInstance, io: SocketIoServer, graceMs = REQUESTS_GRACE_MS): Promise<void> {
  const fastifyClosed = app.close();
  // A kept-alive connection busy when the close began is dropped as soon as it is idle.
  const sweep = setInterval(() => app.server.closeIdleConnections(), IDLE_SWEEP_MS);
  try {
    // socket.io's own close waits for the HTTP server's, hence inside the deadline too.
    if (!(await within(Promise.all([fastifyClosed, io.close()]), graceMs))) {
      app.server.closeAllConnections();
      await fastifyClosed;
    }
  } finally {
    clearInterval(sweep);
  }
}
