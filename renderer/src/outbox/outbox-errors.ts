import { ERROR_CODES } from '../../../shared/schemas/common';
import { REALTIME_ERROR_CODES, RealtimeError } from '../realtime/errors';
import type { OutboxError } from './outbox-item';

/** Not the item's fault: the gateway or the network will come back, and the key makes resending safe. */
const TRANSIENT = new Set<string>([
  REALTIME_ERROR_CODES.offline,
  REALTIME_ERROR_CODES.timeout,
  ERROR_CODES.unavailable,
  ERROR_CODES.rateLimited,
]);

/**
 * The gateway's own failure may be a passing one (a database restart) or not: it is retried this
 * many times, then shown to the agent like a refusal.
 */
export const SERVER_ERROR_ATTEMPTS = 5;

/**
 * Null when sending again may succeed by itself (offline, no answer in time, unavailable); else
 * why the item can only be fixed or discarded by the agent (validation, conflict, forbidden, not
 * found, an answer in a shape we cannot read, a server error that kept happening).
 */
export function refusalOf(error: unknown, attempts: number): OutboxError | null {
  if (!(error instanceof RealtimeError)) {
    return {
      code: ERROR_CODES.internal,
      message: error instanceof Error ? error.message : String(error),
    };
  }
  if (TRANSIENT.has(error.code)) return null;
  if (error.code === ERROR_CODES.internal && attempts < SERVER_ERROR_ATTEMPTS) return null;
  return error.field === undefined
    ? { code: error.code, message: error.message }
    : { code: error.code, message: error.message, field: error.field };
}
