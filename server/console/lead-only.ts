import { apiErrorSchema, ERROR_CODES } from '../../shared/schemas/common.js';
import type { AuthenticatedAgent } from '../auth/agent-repository.js';
import { requireAgent } from '../http/app.js';
import { HttpError } from '../http/errors.js';
import { isLead } from '../realtime/socket-server.js';

type LeadRequest = { agent: AuthenticatedAgent | null };

/** Signed in, and a team lead or admin: the console is refused to anyone else on the server. */
export function leadOnly(authenticate: (token: string) => Promise<AuthenticatedAgent | null>) {
  return [
    requireAgent(authenticate),
    async (request: LeadRequest) => {
      if (!isLead(request.agent?.role ?? '')) {
        throw new HttpError(
          403,
          ERROR_CODES.forbidden,
          'Only team leads and admins can use the console',
        );
      }
      await Promise.resolve();
    },
  ];
}

/** The lead who made the request (the preHandler made sure there is one). */
export const leadOf = (request: LeadRequest) => request.agent?.id ?? 'unknown';

export const consoleErrors = {
  400: apiErrorSchema,
  401: apiErrorSchema,
  403: apiErrorSchema,
  404: apiErrorSchema,
  409: apiErrorSchema,
};

export const consoleRoute = { tags: ['console'], security: [{ bearer: [] }] };
