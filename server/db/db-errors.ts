/**
 * The one place that tells "the database is slow or gone" apart from every other failure. Such a
 * failure is nobody's fault and passes by itself: HTTP callers get 503 `unavailable` with
 * Retry-After, socket actions ack `unavailable`, background work waits and tries again.
 */

/** How long a caller is asked to wait (Retry-After) when the database is unavailable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** The message callers see; never the driver's own (it may name hosts or statements). */
export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is not answering; try again shortly';

/** Socket-level failures reaching the database (Node's `code`). */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs that mean "not now" rather than "not this": admin/crash shutdown and "cannot connect
 * now" (57P01–57P03), a statement cancelled by `statement_timeout` (57014), too many connections
 * (53300). Class 08 (connection exceptions) is matched as a class.
 */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '57014', '53300']);

/** What node-postgres and pg-pool say when a connection dies, times out or cannot be had. */
const DRIVER_MESSAGES = [
  /^Connection terminated/, // "… unexpectedly", "… due to connection timeout", "Connection terminated"
  /^timeout exceeded when trying to connect$/, // pg-pool: no client within connectionTimeoutMillis
  /^Query read timeout$/, // pg: no answer within query_timeout
  /^Client has encountered a connection error and is not queryable$/,
  /^Client was closed and is not queryable$/,
  /^Connection closed$/,
  /^PGlite is closed$/, // the embedded database was shut down under a running gateway
];

const SQLSTATE = /^[0-9A-Z]{5}$/;

function isUnavailableNode(error: object): boolean {
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (NETWORK_CODES.has(code)) return true;
    if (SQLSTATE.test(code) && (code.startsWith('08') || UNAVAILABLE_SQLSTATES.has(code)))
      return true;
  }
  return typeof message === 'string' && DRIVER_MESSAGES.some((pattern) => pattern.test(message));
}

/**
 * True when `error` (or what it wraps: Drizzle's DrizzleQueryError keeps the driver's error as
 * `cause`, Node's AggregateError its attempts as `errors`) says the database cannot be reached,
 * dropped the connection, timed out, or is shutting down. Constraint violations, bad SQL and
 * application errors are not: they stay 4xx/500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0) {
    const current = pending.pop();
    if (typeof current !== 'object' || current === null || seen.has(current)) continue;
    seen.add(current);
    if (isUnavailableNode(current)) return true;
    const { cause, errors } = current as { cause?: unknown; errors?: unknown };
    pending.push(cause);
    if (Array.isArray(errors)) pending.push(...(errors as unknown[]));
  }
  return false;
}
