import { z } from 'zod';
import { apiErrorSchema, ERROR_CODES } from '../../shared/schemas/common.js';
import { customerIdSchema } from '../../shared/schemas/customer.js';
import { accessReasonQuerySchema } from '../../shared/schemas/customer-access.js';
import { popBundleSchema } from '../../shared/schemas/pop.js';
import { authorizeCustomer } from '../access/customer-access.js';
import { timelinePageSchema } from '../../shared/schemas/touchpoint.js';
import { appendAudit } from '../audit/audit-log.js';
import type { AuthenticatedAgent } from '../auth/agent-repository.js';
import type { Db } from '../db/client.js';
import { requireAgent, type GatewayApp } from '../http/app.js';
import { HttpError } from '../http/errors.js';
import { loadPop, type PopContext } from './pop-repository.js';
import { loadTimelinePage } from './timeline.js';

export interface PopRouteDeps {
  db: Db;
  authenticate: (token: string) => Promise<AuthenticatedAgent | null>;
  popContext: (agentName: string) => PopContext;
}

const params = z.object({ id: customerIdSchema });

export function registerPopRoutes(app: GatewayApp, deps: PopRouteDeps): void {
  const auth = requireAgent(deps.authenticate);

  app.get(
    '/api/v1/customers/:id/pop',
    {
      preHandler: auth,
      schema: {
        tags: ['desktop'],
        summary: "The pop bundle: profile, complaint trail, first timeline page and recommended scripts.",
        security: [{ bearer: [] }],
        params,
        querystring: accessReasonQuerySchema,
        response: { 200: popBundleSchema, 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema },
      },
    },
    async (request) => {
      const agent = request.agent as AuthenticatedAgent;
      await authorizeCustomer(deps.db, {
        agent,
        customerId: request.params.id,
        reason: request.query.reason,
        origin: request.ip,
      });
      const pop = await loadPop(deps.db, request.params.id, deps.popContext(agent.displayName));
      if (!pop) throw new HttpError(404, ERROR_CODES.notFound, `No customer "${request.params.id}"`, 'id');
      await appendAudit(deps.db, {
        actor: agent.id,
        action: 'pop.viewed',
        customerId: request.params.id,
        origin: request.ip,
      });
      return pop;
    },
  );

  app.get(
    '/api/v1/customers/:id/timeline',
    {
      preHandler: auth,
      schema: {
        tags: ['desktop'],
        summary: 'Older touchpoints, newest first; pass the previous page\'s nextCursor as `before`.',
        security: [{ bearer: [] }],
        params,
        querystring: accessReasonQuerySchema.extend({
          before: z.string().max(200).optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: { 200: timelinePageSchema, 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema },
      },
    },
    async (request) => {
      const { reason, ...page } = request.query;
      const agent = request.agent as AuthenticatedAgent;
      await authorizeCustomer(deps.db, { agent, customerId: request.params.id, reason, origin: request.ip });
      return loadTimelinePage(deps.db, request.params.id, page);
    },
  );
}
