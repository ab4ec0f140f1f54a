/**
 * Input the database cannot hold, and errors Fastify raises before any route runs, both turned
 * into the gateway's one error shape with a 4xx (found by the bad-input corpus,
 * server/security/http-corpus.integration.test.ts).
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ERROR_CODES } from '../../shared/schemas/common.js';
import { errorBody, HttpError } from './errors.js';

/**
 * PostgreSQL text cannot contain NUL (U+0000): an insert or a comparison with one fails with a
 * server error. Refused at the edge instead, wherever it sits in a JSON body.
 */
export function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 256 || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((item) => containsNul(item, depth + 1));
  return Object.entries(value).some(
    ([key, item]) => key.includes('\u0000') || containsNul(item, depth + 1),
  );
}

export const NUL_MESSAGE = 'Text must not contain NUL (\\u0000) characters';

/** onRequest hook: a percent-encoded NUL anywhere in the URL (path or query) is refused. */
export async function refuseNulInUrl(request: FastifyRequest): Promise<void> {
  if (/%00/i.test(request.url)) throw new HttpError(400, ERROR_CODES.badRequest, NUL_MESSAGE);
  await Promise.resolve();
}

/**
 * Fastify's `frameworkErrors`: a URL that is not valid percent-encoding, or a path segment longer
 * than the router accepts, answered in the error shape instead of Fastify's own.
 */
export function frameworkErrors(
  error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
): void {
  const status =
    error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500
      ? error.statusCode
      : 400;
  const message =
    error.code === 'FST_ERR_BAD_URL'
      ? 'The URL is not valid: bad percent-encoding'
      : error.code === 'FST_ERR_MAX_PARAM_LENGTH'
        ? 'A part of the URL is too long'
        : 'The request could not be read';
  void reply.code(status).send(errorBody(ERROR_CODES.badRequest, message));
}
