import { apiErrorSchema, ERROR_CODES } from '../../shared/schemas/common.js';
import { loginRequestSchema, loginResponseSchema } from '../../shared/schemas/auth.js';
import type { Db } from '../db/client.js';
import type { GatewayApp } from '../http/app.js';
import { HttpError } from '../http/errors.js';
import { findAgentForLogin } from './agent-repository.js';
import { verifyPassword } from './password.js';
import type { TokenService } from './tokens.js';

export function registerAuthRoutes(app: GatewayApp, deps: { db: Db; tokens: TokenService }): void {
  app.post(
    '/api/v1/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign an agent in; the token authorises HTTP calls and the socket.',
        body: loginRequestSchema,
        response: { 200: loginResponseSchema, 400: apiErrorSchema, 401: apiErrorSchema },
      },
    },
    async (request) => {
      const { username, password } = request.body;
      const found = await findAgentForLogin(deps.db, username);
      const ok = found ? await verifyPassword(found.passwordHash, password) : false;
      if (!found || !ok) {
        request.log.info({ username }, 'sign-in refused');
        throw new HttpError(401, ERROR_CODES.unauthorized, 'Wrong username or password');
      }
      const { token, expiresAt } = await deps.tokens.issue({ sub: found.agent.id, role: found.agent.role });
      const { role, ...rest } = found.agent;
      return { token, expiresAt: expiresAt.toISOString(), agent: { ...rest, role } };
    },
  );
}
