import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { ERROR_CODES, type ApiError } from '../../shared/schemas/common.js';
import { DATABASE_RETRY_AFTER_SECONDS, DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '../db/db-errors.js';

/** An error the gateway answers with on purpose: status + the one error shape. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** 503 `unavailable` with Retry-After: the gateway cannot take this now; the same request may come again. */
export class UnavailableError extends HttpError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(503, ERROR_CODES.unavailable, message);
    this.name = 'UnavailableError';
  }
}

export function errorBody(code: string, message: string, field?: string): ApiError {
  return { error: field === undefined ? { code, message } : { code, message, field } };
}

/** `a.b[0].c` from a zod issue path; empty for the root. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

/** The first zod issue as `{field, message}`, for answers that name the field and the reason. */
export function firstIssue(error: z.ZodError, prefix = ''): { field: string; message: string } {
  const issue = error.issues[0];
  const path = issue ? fieldPath(issue.path) : '';
  const field = prefix && path ? `${prefix}.${path}` : prefix || path;
  return { field, message: issue?.message ?? 'invalid' };
}

/** Maps every failure to `{error: {code, message, field?}}` with the right status. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) => {
    void reply
      .code(404)
      .send(errorBody(ERROR_CODES.notFound, `No route ${request.method} ${request.url.split('?')[0] ?? ''}`));
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof UnavailableError) void reply.header('retry-after', String(error.retryAfterSeconds));
    if (error instanceof HttpError) {
      return reply.code(error.statusCode).send(errorBody(error.code, error.message, error.field));
    }
    // The database is slow or gone: not our bug, and it passes. Say so, and when to come back.
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error, url: request.url.split('?')[0] }, 'database unavailable');
      return reply
        .code(503)
        .header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS))
        .send(errorBody(ERROR_CODES.unavailable, DATABASE_UNAVAILABLE_MESSAGE));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const first = error.validation[0];
      const where = error.validationContext ?? 'body';
      const path = first?.instancePath.replace(/^\//, '').replaceAll('/', '.') ?? '';
      const field = path ? `${where === 'body' ? '' : `${where}.`}${path}` : where;
      return reply
        .code(400)
        .send(errorBody(ERROR_CODES.validation, first?.message ?? 'invalid input', field));
    }
    switch (error.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return reply.code(413).send(errorBody(ERROR_CODES.tooLarge, 'The request body is over the size limit'));
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return reply
          .code(415)
          .send(errorBody(ERROR_CODES.unsupportedMedia, 'Send JSON with content-type application/json'));
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        return reply.code(400).send(errorBody(ERROR_CODES.badRequest, 'The body is not valid JSON'));
      default:
        break;
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.code(error.statusCode).send(errorBody(ERROR_CODES.badRequest, error.message));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.code(500).send(errorBody(ERROR_CODES.internal, 'Something went wrong on our side'));
  });
}
