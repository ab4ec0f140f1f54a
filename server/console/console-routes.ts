import { apiErrorSchema, ERROR_CODES } from '../../shared/schemas/common.js';
import { consoleBoardSchema } from '../../shared/schemas/console.js';
import type { AuthenticatedAgent } from '../auth/agent-repository.js';
import { requireAgent, type GatewayApp } from '../http/app.js';
import { HttpError } from '../http/errors.js';
import { isLead } from '../realtime/socket-server.js';
import { z } from 'zod';
import { contactSchema } from '../../shared/schemas/contact.js';
import { toContact } from '../contacts/contact-repository.js';
import type { Router } from '../routing/router.js';
import type { ConsoleService } from './console-service.js';

export interface ConsoleRouteDeps {
  authenticate: (token: string) => Promise<AuthenticatedAgent | null>;
  console: ConsoleService;
  router: Router;
}

const contactParams = z.object({ id: z.string().min(1).max(64) });

/** The team lead's console over HTTP: refused to anyone else on the server, not only hidden. */
export function registerConsoleRoutes(app: GatewayApp, deps: ConsoleRouteDeps): void {
  const auth = requireAgent(deps.authenticate);
  const leadOnly = [
    auth,
    async (request: { agent: AuthenticatedAgent | null }) => {
      if (!isLead(request.agent?.role ?? '')) {
        throw new HttpError(403, ERROR_CODES.forbidden, 'Only team leads and admins can use the console');
      }
      await Promise.resolve();
    },
  ];
  const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema, 409: apiErrorSchema };
  const leadOf = (request: { agent: AuthenticatedAgent | null }) => request.agent?.id ?? 'unknown';

  app.post(
    '/api/v1/console/contacts/:id/reassign',
    {
      preHandler: leadOnly,
      schema: {
        tags: ['console'],
        security: [{ bearer: [] }],
        summary: 'Send a waiting contact to one agent (offered to them alone). Audited.',
        params: contactParams,
        body: z.object({ agentId: z.string().min(1).max(64) }).strict(),
        response: { 200: contactSchema, ...errors },
      },
    },
    async (request) => toContact(await deps.router.steer(leadOf(request), request.params.id, { agentId: request.body.agentId })),
  );

  app.post(
    '/api/v1/console/contacts/:id/front',
    {
      preHandler: leadOnly,
      schema: {
        tags: ['console'],
        security: [{ bearer: [] }],
        summary: 'Pull a waiting contact to the front of its queue. Audited.',
        params: contactParams,
        response: { 200: contactSchema, ...errors },
      },
    },
    async (request) => toContact(await deps.router.steer(leadOf(request), request.params.id, 'front')),
  );

  app.get(
    '/api/v1/console/board',
    {
      preHandler: leadOnly,
      schema: {
        tags: ['console'],
        security: [{ bearer: [] }],
        summary: 'The queues board now (then pushed as `console.board` to leads within a second of each change).',
        response: { 200: consoleBoardSchema, ...errors },
      },
    },
    () => deps.console.board(),
  );
}
