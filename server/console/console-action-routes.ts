/** The team lead's console actions: steer a waiting contact, acknowledge an alert, set an agent's state. */
import { agentStatusSchema } from '../../shared/schemas/auth.js';
import { ERROR_CODES } from '../../shared/schemas/common.js';
import { consoleAlertSchema } from '../../shared/schemas/console-alerts.js';
import {
  leadSetAgentStateSchema,
  reassignRequestSchema,
} from '../../shared/schemas/console-actions.js';
import { contactSchema } from '../../shared/schemas/contact.js';
import { appendAudit } from '../audit/audit-log.js';
import type { AuthenticatedAgent } from '../auth/agent-repository.js';
import { toContact } from '../contacts/contact-repository.js';
import type { Db } from '../db/client.js';
import type { GatewayApp } from '../http/app.js';
import { HttpError } from '../http/errors.js';
import { RoutingError, type Router } from '../routing/router.js';
import type { ConsoleService } from './console-service.js';
import { consoleErrors, consoleRoute, leadOf, leadOnly } from './lead-only.js';
import { contactIdParams } from '../routing/routing-routes.js';

export interface ConsoleActionDeps {
  db: Db;
  authenticate: (token: string) => Promise<AuthenticatedAgent | null>;
  console: ConsoleService;
  router: Router;
}


export function registerConsoleActionRoutes(app: GatewayApp, deps: ConsoleActionDeps): void {
  // onRequest: a non-lead is refused before the body is even validated (nothing to learn from a 400).
  const onRequest = leadOnly(deps.authenticate);

  app.post(
    '/api/v1/console/contacts/:id/reassign',
    {
      onRequest,
      schema: {
        ...consoleRoute,
        summary: 'Send a waiting contact to one agent (offered to them alone). Audited.',
        params: contactIdParams,
        body: reassignRequestSchema,
        response: { 200: contactSchema, ...consoleErrors },
      },
    },
    async (request) =>
      toContact(
        await deps.router.steer(
          leadOf(request),
          request.params.id,
          { agentId: request.body.agentId },
          request.ip,
        ),
      ),
  );

  app.post(
    '/api/v1/console/contacts/:id/front',
    {
      onRequest,
      schema: {
        ...consoleRoute,
        summary: 'Pull a waiting contact to the front of its queue. Audited.',
        params: contactIdParams,
        response: { 200: contactSchema, ...consoleErrors },
      },
    },
    async (request) =>
      toContact(await deps.router.steer(leadOf(request), request.params.id, 'front', request.ip)),
  );

  app.post(
    '/api/v1/console/alerts/:id/acknowledge',
    {
      onRequest,
      schema: {
        ...consoleRoute,
        summary:
          'Acknowledge an alert. Audited; acknowledging it again changes nothing (the first lead stays).',
        params: contactIdParams,
        response: { 200: consoleAlertSchema, ...consoleErrors },
      },
    },
    async (request) => {
      const alert = await deps.console.acknowledge(request.params.id, leadOf(request), request.ip);
      if (!alert)
        throw new HttpError(404, ERROR_CODES.notFound, `No alert "${request.params.id}"`, 'id');
      return alert;
    },
  );

  app.post(
    '/api/v1/console/agents/:id/state',
    {
      onRequest,
      schema: {
        ...consoleRoute,
        summary:
          "Set a connected agent available, or away with a reason (routing's own rules apply). Audited; the agent's desktop gets `agent.state-changed`.",
        params: contactIdParams,
        body: leadSetAgentStateSchema,
        response: { 200: agentStatusSchema, ...consoleErrors },
      },
    },
    async (request) => {
      const agentId = request.params.id;
      const { state, reason } = request.body;
      const current = deps.router.status(agentId);
      if (!current) throw new HttpError(404, ERROR_CODES.notFound, `No agent "${agentId}"`, 'id');
      const offline = () =>
        new HttpError(409, ERROR_CODES.conflict, `${current.displayName} is offline`, 'id');
      if (current.state === 'offline') throw offline();
      const status = await deps.router
        .setAvailability(agentId, state, reason)
        .catch((error: unknown) => {
          // Gone between the check and the change.
          throw error instanceof RoutingError && error.code === 'not_found' ? offline() : error;
        });
      await appendAudit(deps.db, {
        actor: leadOf(request),
        action: 'console.agent.state',
        origin: request.ip,
        detail: {
          agentId,
          from: current.state,
          to: status.state,
          ...(state === 'away' && reason ? { reason } : {}),
        },
      });
      request.log.info(
        { leadId: leadOf(request), agentId, state: status.state },
        'lead set agent state',
      );
      return status;
    },
  );
}
