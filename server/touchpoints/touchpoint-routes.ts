import { apiErrorSchema } from '../../shared/schemas/common.js';
import { touchpointBatchResponseSchema, touchpointBatchSchema } from '../../shared/schemas/touchpoint.js';
import type { Db } from '../db/client.js';
import { requireSignature, type GatewayApp } from '../http/app.js';
import { loadTouchpointsByIds } from '../pop/timeline.js';
import type { EmitToAgent, Router } from '../routing/router.js';
import { ingestTouchpoints } from './ingest.js';

export interface TouchpointRouteDeps {
  db: Db;
  webhookSecret: string;
  router: Router;
  emit: EmitToAgent;
}

export function registerTouchpointRoutes(app: GatewayApp, deps: TouchpointRouteDeps): void {
  app.post(
    '/api/v1/touchpoints',
    {
      preValidation: requireSignature(deps.webhookSecret),
      schema: {
        tags: ['integrations'],
        summary: 'A batch of touchpoint events (signed); each event is accepted, duplicate or rejected on its own.',
        security: [{ signature: [] }],
        body: touchpointBatchSchema,
        response: { 200: touchpointBatchResponseSchema, 400: apiErrorSchema, 401: apiErrorSchema, 413: apiErrorSchema },
      },
    },
    async (request) => {
      const { response, insertedByCustomer } = await ingestTouchpoints(deps.db, request.body.events);
      for (const [customerId, ids] of insertedByCustomer) {
        const viewers = deps.router.agentsViewing(customerId);
        if (viewers.length === 0) continue;
        const items = await loadTouchpointsByIds(deps.db, ids);
        for (const agentId of viewers) deps.emit(agentId, 'timeline.appended', { customerId, items });
      }
      return response;
    },
  );
}
