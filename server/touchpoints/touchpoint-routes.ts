import { apiErrorSchema } from '../../shared/schemas/common.js';
import { touchpointBatchResponseSchema, touchpointBatchSchema } from '../../shared/schemas/touchpoint.js';
import type { Db } from '../db/client.js';
import type { GatewayApp } from '../http/app.js';
import { UnavailableError } from '../http/errors.js';
import type { IntegrationAuth } from '../http/integration-auth.js';
import { ingestTouchpoints } from './ingest.js';

/** Retry-After when a batch is refused because the gateway is behind. */
export const INGEST_RETRY_AFTER_SECONDS = 2;

export interface TouchpointRouteDeps {
  db: Db;
  /** The signature, replay and per-source limit check of the signed integration routes. */
  integrationAuth: IntegrationAuth;
  /** Sends newly stored touchpoints to the desktops showing the customer. */
  pushTimeline: (customerId: string, ids: number[]) => Promise<void>;
  /** Rescores customers in the background (signals are computed as data arrives). */
  risk: { enqueue(customerIds: Iterable<string>): void; backlog(): number };
  /**
   * Backpressure: at most `maxInFlight` batches are stored at once, and none while more than
   * `maxRiskBacklog` customers wait to be rescored. A batch beyond either is refused whole (503
   * `unavailable`, Retry-After) before anything of it is stored, for the sender to send again.
   */
  limits: { maxInFlight: number; maxRiskBacklog: number };
}

export function registerTouchpointRoutes(app: GatewayApp, deps: TouchpointRouteDeps): void {
  let inFlight = 0;
  app.post(
    '/api/v1/touchpoints',
    {
      preValidation: deps.integrationAuth,
      schema: {
        tags: ['integrations'],
        summary: 'A batch of touchpoint events (signed); each event is accepted, duplicate or rejected on its own.',
        description:
          'Answered 200 means stored (and queued for rescoring). 503 `unavailable` with Retry-After means nothing ' +
          'of the batch was taken (the gateway is behind, or the database is unavailable): send it again, signed afresh.',
        security: [{ signature: [], source: [] }],
        body: touchpointBatchSchema,
        response: {
          200: touchpointBatchResponseSchema,
          400: apiErrorSchema,
          401: apiErrorSchema,
          413: apiErrorSchema,
          429: apiErrorSchema,
          503: apiErrorSchema,
        },
      },
    },
    async (request) => {
      if (inFlight >= deps.limits.maxInFlight) {
        throw new UnavailableError(
          `Busy: ${deps.limits.maxInFlight} touchpoint batches are being stored; send this one again after Retry-After`,
          INGEST_RETRY_AFTER_SECONDS,
        );
      }
      const backlog = deps.risk.backlog();
      if (backlog > deps.limits.maxRiskBacklog) {
        throw new UnavailableError(
          `Busy: ${backlog} customers wait to be rescored; send this batch again after Retry-After`,
          INGEST_RETRY_AFTER_SECONDS,
        );
      }
      inFlight += 1;
      try {
        const { response, insertedByCustomer, storedCustomers } = await ingestTouchpoints(deps.db, request.body.events);
        // Stored: rescoring is queued before anything else can fail (it retries until it is done).
        deps.risk.enqueue(storedCustomers);
        // The live push is a courtesy to open desktops: its failure does not undo a stored batch.
        for (const [customerId, ids] of insertedByCustomer) {
          await deps.pushTimeline(customerId, ids).catch((error: unknown) => {
            request.log.warn({ err: error, customerId }, 'timeline push failed');
          });
        }
        return response;
      } finally {
        inFlight -= 1;
      }
    },
  );
}
