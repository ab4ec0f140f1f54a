import { apiErrorSchema } from '../../shared/schemas/common.js';
import { touchpointBatchResponseSchema, touchpointBatchSchema } from '../../shared/schemas/touchpoint.js';
import type { Db } from '../db/client.js';
import type { GatewayApp } from '../http/app.js';
import type { IntegrationAuth } from '../http/integration-auth.js';
import { ingestTouchpoints } from './ingest.js';

export interface TouchpointRouteDeps {
  db: Db;
  /** The signature, replay and per-source limit check of the signed integration routes. */
  integrationAuth: IntegrationAuth;
  /** Sends newly stored touchpoints to the desktops showing the customer. */
  pushTimeline: (customerId: string, ids: number[]) => Promise<void>;
  /** Rescores customers in the background (signals are computed as data arrives). */
  risk: { enqueue(customerIds: Iterable<string>): void };
}

export function registerTouchpointRoutes(app: GatewayApp, deps: TouchpointRouteDeps): void {
  app.post(
    '/api/v1/touchpoints',
    {
      preValidation: deps.integrationAuth,
      schema: {
        tags: ['integrations'],
        summary: 'A batch of touchpoint events (signed); each event is accepted, duplicate or rejected on its own.',
        security: [{ signature: [], source: [] }],
        body: touchpointBatchSchema,
        response: {
          200: touchpointBatchResponseSchema,
          400: apiErrorSchema,
          401: apiErrorSchema,
          413: apiErrorSchema,
          429: apiErrorSchema,
        },
      },
    },
    async (request) => {
      const { response, insertedByCustomer } = await ingestTouchpoints(deps.db, request.body.events);
      for (const [customerId, ids] of insertedByCustomer) await deps.pushTimeline(customerId, ids);
      deps.risk.enqueue(insertedByCustomer.keys());
      return response;
    },
  );
}
