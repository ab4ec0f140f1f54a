import type { Logger } from 'pino';
import type { z } from 'zod';
import { ERROR_CODES } from '../../shared/schemas/common.js';
import type { Ack } from '../../shared/schemas/socket.js';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '../db/db-errors.js';
import { firstIssue, HttpError } from '../http/errors.js';
import { containsNul, NUL_MESSAGE } from '../http/input-guards.js';

interface Listenable {
  on(event: string, listener: (payload: unknown, ack: unknown) => void): unknown;
}

/**
 * Binds a client event with an acknowledgement: parse the request with its schema, run the
 * handler, parse the answer, and always ack `{ok, data}` or `{ok: false, error}` — a refused action
 * with its code and field, anything unexpected as an internal error (logged, never leaked).
 */
export function bindAcked<Req, Res>(
  socket: Listenable,
  event: string,
  schemas: { request: z.ZodType<Req>; response: z.ZodType<Res> },
  handler: (request: Req) => Promise<Res>,
  log: Logger,
): void {
  socket.on(event, (payload: unknown, ack: unknown) => {
    if (typeof ack !== 'function') return;
    const reply = ack as (response: Ack<Res>) => void;
    if (containsNul(payload)) {
      reply({ ok: false, error: { code: ERROR_CODES.badRequest, message: NUL_MESSAGE } });
      return;
    }
    const parsed = schemas.request.safeParse(payload);
    if (!parsed.success) {
      const { field, message } = firstIssue(parsed.error);
      reply({ ok: false, error: { code: ERROR_CODES.validation, message, field } });
      return;
    }
    handler(parsed.data).then(
      (data) => {
        reply({ ok: true, data: schemas.response.parse(data) });
      },
      (error: unknown) => {
        if (error instanceof HttpError) {
          const { code, message, field } = error;
          reply({
            ok: false,
            error: field === undefined ? { code, message } : { code, message, field },
          });
          return;
        }
        if (isDatabaseUnavailable(error)) {
          log.warn({ err: error, event }, 'database unavailable');
          reply({ ok: false, error: { code: ERROR_CODES.unavailable, message: DATABASE_UNAVAILABLE_MESSAGE } });
          return;
        }
        log.error({ err: error, event }, 'socket handler failed');
        reply({
          ok: false,
          error: { code: ERROR_CODES.internal, message: 'Something went wrong on our side' },
        });
      },
    );
  });
}
