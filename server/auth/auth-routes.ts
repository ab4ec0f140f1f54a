import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { apiErrorSchema, ERROR_CODES } from '../../shared/schemas/common.js';
import {
  loginRequestSchema,
  loginResponseSchema,
  logoutRequestSchema,
  refreshRequestSchema,
  refreshResponseSchema,
  type LoginResponse,
} from '../../shared/schemas/auth.js';
import type { Db } from '../db/client.js';
import type { GatewayApp } from '../http/app.js';
import { errorBody, HttpError } from '../http/errors.js';
import { findAgentForLogin } from './agent-repository.js';
import type { LoginThrottle } from './login-throttle.js';
import { hashPassword, verifyPassword } from './password.js';
import type { SessionOrigin } from './session-repository.js';
import type { IssuedSession, SessionService } from './session-service.js';

export interface AuthRouteDeps {
  db: Db;
  sessions: SessionService;
  throttle: LoginThrottle;
}

/** One message for an unknown username and a wrong password: the answer never tells which. */
const WRONG_CREDENTIALS = 'Wrong username or password';

/** Unknown usernames are checked against this hash, so they take as long as a wrong password. */
let timingHash: Promise<string> | null = null;
const timingEqualiser = () => (timingHash ??= hashPassword('firebreak-timing-equaliser'));

const originOf = (request: FastifyRequest): SessionOrigin => ({
  userAgent: request.headers['user-agent'] ?? null,
  origin: request.headers.origin ?? null,
  ip: request.ip,
});

export const toLoginResponse = (issued: IssuedSession): LoginResponse => ({
  sessionId: issued.sessionId,
  token: issued.accessToken,
  expiresAt: issued.accessExpiresAt.toISOString(),
  refreshToken: issued.refreshToken,
  refreshExpiresAt: issued.refreshExpiresAt.toISOString(),
  agent: issued.agent,
});

function tooManyAttempts(reply: FastifyReply, waitMs: number) {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  return reply
    .code(429)
    .header('retry-after', String(seconds))
    .send(
      errorBody(
        ERROR_CODES.rateLimited,
        `Too many sign-in attempts. Try again in ${String(seconds)} seconds.`,
      ),
    );
}

export function registerAuthRoutes(app: GatewayApp, deps: AuthRouteDeps): void {
  app.post(
    '/api/v1/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary:
          'Sign an agent in: a short-lived access token (HTTP and the socket) and a refresh token. ' +
          'Repeated failures are answered 429 with Retry-After, per username and per address.',
        body: loginRequestSchema,
        response: {
          200: loginResponseSchema,
          400: apiErrorSchema,
          401: apiErrorSchema,
          429: apiErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      const wait = deps.throttle.retryAfterMs(username, request.ip);
      if (wait > 0) {
        request.log.info({ username }, 'sign-in throttled');
        return tooManyAttempts(reply, wait);
      }
      const found = await findAgentForLogin(deps.db, username);
      const ok = await verifyPassword(found?.passwordHash ?? (await timingEqualiser()), password);
      if (!found || !ok) {
        deps.throttle.failed(username, request.ip);
        request.log.info({ username }, 'sign-in refused');
        throw new HttpError(401, ERROR_CODES.unauthorized, WRONG_CREDENTIALS);
      }
      deps.throttle.succeeded(username, request.ip);
      return toLoginResponse(await deps.sessions.open(found.agent, originOf(request)));
    },
  );

  app.post(
    '/api/v1/auth/refresh',
    {
      schema: {
        tags: ['auth'],
        summary:
          'Trade the refresh token for a new access token and refresh token; the old one is spent. ' +
          'Presenting a spent refresh token again ends its session.',
        body: refreshRequestSchema,
        response: { 200: refreshResponseSchema, 400: apiErrorSchema, 401: apiErrorSchema },
      },
    },
    async (request) => {
      const outcome = await deps.sessions.refresh(request.body.refreshToken);
      if (!outcome.ok)
        throw new HttpError(401, ERROR_CODES.unauthorized, 'The session has ended; sign in again');
      return toLoginResponse(outcome.session);
    },
  );

  app.post(
    '/api/v1/auth/logout',
    {
      schema: {
        tags: ['auth'],
        summary:
          'Sign out: the session ends at once, its access token is refused and its sockets are closed.',
        body: logoutRequestSchema,
        response: { 204: z.null().describe('Signed out'), 400: apiErrorSchema },
      },
    },
    async (request, reply) => {
      await deps.sessions.logout(request.body.refreshToken);
      return reply.code(204).send(null);
    },
  );
}
