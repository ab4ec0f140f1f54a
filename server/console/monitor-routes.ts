import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ERROR_CODES } from '../../shared/schemas/common.js';
import {
  monitorResponseSchema,
  whisperRequestSchema,
  whisperSchema,
} from '../../shared/schemas/console-actions.js';
import type { AuthenticatedAgent } from '../auth/agent-repository.js';
import type { GatewayApp } from '../http/app.js';
import { HttpError } from '../http/errors.js';
import { consoleErrors as errors, consoleRoute as lead, leadOnly } from './lead-only.js';
import type { MonitorService } from './monitor-service.js';
import { contactIdParams } from '../routing/routing-routes.js';

/** The lead on the request, name and all (the leadOnly hook ran first). */
function leadAgent(request: FastifyRequest): AuthenticatedAgent {
  if (!request.agent) throw new HttpError(401, ERROR_CODES.unauthorized, 'Sign in first');
  return request.agent;
}

export interface MonitorRouteDeps {
  authenticate: (token: string) => Promise<AuthenticatedAgent | null>;
  monitors: MonitorService;
}


/** Silent monitoring and whispers: team leads only, every use audited. */
export function registerMonitorRoutes(app: GatewayApp, deps: MonitorRouteDeps): void {
  // onRequest: a non-lead is refused before the body is even validated (nothing to learn from a 400).
  const onRequest = leadOnly(deps.authenticate);

  app.post(
    '/api/v1/console/contacts/:id/monitor',
    {
      onRequest,
      schema: {
        ...lead,
        summary:
          'Silently monitor a live contact: the conversation so far; then its `chat.message`, `chat.typing` and ' +
          '`chat.whisper` events reach your desktops too. The customer and the agent are not told. Audited.',
        params: contactIdParams,
        response: { 200: monitorResponseSchema, ...errors },
      },
    },
    (request) => deps.monitors.start(leadAgent(request), request.params.id, request.ip),
  );

  app.delete(
    '/api/v1/console/contacts/:id/monitor',
    {
      onRequest,
      schema: {
        ...lead,
        summary: 'Stop monitoring a contact. Audited.',
        params: contactIdParams,
        response: { 204: z.null().describe('Stopped'), ...errors },
      },
    },
    async (request, reply) => {
      await deps.monitors.stop(leadAgent(request), request.params.id, request.ip);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/v1/console/contacts/:id/whisper',
    {
      onRequest,
      schema: {
        ...lead,
        summary:
          'Whisper to the agent handling a contact (chat or call): sent as `chat.whisper` to that agent and to leads ' +
          'monitoring it, never to the customer, never in the transcript. Kept in the audit trail.',
        params: contactIdParams,
        body: whisperRequestSchema,
        response: { 200: whisperSchema, ...errors },
      },
    },
    (request) =>
      deps.monitors.whisper(leadAgent(request), request.params.id, request.body.text, request.ip),
  );
}
