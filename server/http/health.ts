import type { FastifyInstance } from 'fastify';
import { ERROR_CODES } from '../../shared/schemas/common.js';
import { DATABASE_RETRY_AFTER_SECONDS } from '../db/db-errors.js';

/** A database that does not answer `select 1` within this is reported down (at most the deadline). */
export const HEALTH_PROBE_MS = 2000;

export interface HealthDeps {
  /** `select 1` on the gateway's database. */
  ping: () => Promise<void>;
  /** How long the probe may take before the database counts as down. */
  timeoutMs: number;
}

/**
 * `GET /healthz` for load balancers and monitors: 200 `{ok: true, database: "up"}` while the
 * database answers a `select 1` within `timeoutMs`; otherwise 503 with Retry-After,
 * `{ok: false, database: "down", error: {code: "unavailable", message}}`. Checks arriving
 * together share one probe, so a flood of checks is one query.
 */
export function registerHealthRoute(app: FastifyInstance, deps: HealthDeps): void {
  let probe: Promise<boolean> | null = null;
  const databaseUp = () => {
    probe ??= new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), deps.timeoutMs);
      timer.unref();
      deps
        .ping()
        .then(
          () => resolve(true),
          () => resolve(false),
        )
        .finally(() => clearTimeout(timer));
    }).finally(() => {
      probe = null;
    });
    return probe;
  };

  app.get('/healthz', { schema: { hide: true } }, async (_request, reply) => {
    if (await databaseUp()) return { ok: true, database: 'up' };
    return reply
      .code(503)
      .header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS))
      .send({
        ok: false,
        database: 'down',
        error: {
          code: ERROR_CODES.unavailable,
          message: `The database did not answer within ${deps.timeoutMs} ms`,
        },
      });
  });
}
