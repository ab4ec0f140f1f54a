import { apiErrorSchema, ERROR_CODES } from '../../shared/schemas/common.js';
import { inboundContactResponseSchema, inboundContactSchema } from '../../shared/schemas/contact.js';
import type { Db } from '../db/client.js';
import type { GatewayApp } from '../http/app.js';
import { HttpError } from '../http/errors.js';
import type { IntegrationAuth } from '../http/integration-auth.js';
import type { Router } from '../routing/router.js';
import { insertContact, type ContactRow, type InsertedContact } from './contact-repository.js';

export interface ContactRouteDeps {
  db: Db;
  /** The signature, replay and per-source limit check of the signed integration routes. */
  integrationAuth: IntegrationAuth;
  router: Router;
  queueExists: (queueId: string) => boolean;
  /** A new contact was stored (with the pre-emption worklist items it withdrew). */
  onContactCreated?: (contact: InsertedContact) => void;
}

const respond = (row: ContactRow, duplicate: boolean) => ({
  contactId: row.id,
  match: row.match,
  customerId: row.customerId,
  candidateCount: row.candidateIds.length,
  duplicate,
});

export function registerContactRoutes(app: GatewayApp, deps: ContactRouteDeps): void {
  app.post(
    '/api/v1/contacts',
    {
      preValidation: deps.integrationAuth,
      schema: {
        tags: ['integrations'],
        summary: 'A CTI or chat platform reports an inbound contact (signed, idempotent on externalId).',
        security: [{ signature: [], source: [] }],
        body: inboundContactSchema,
        response: {
          202: inboundContactResponseSchema,
          400: apiErrorSchema,
          401: apiErrorSchema,
          413: apiErrorSchema,
          429: apiErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const input = request.body;
      if (!deps.queueExists(input.queue)) {
        throw new HttpError(400, ERROR_CODES.validation, `Unknown queue "${input.queue}"`, 'queue');
      }
      const inserted = await insertContact(deps.db, input);
      const { row, created } = inserted;
      if (created) {
        deps.onContactCreated?.(inserted);
        deps.router.contactQueued(row).catch((error: unknown) => {
          request.log.error({ err: error, contactId: row.id }, 'routing failed');
        });
      }
      return reply.code(202).send(respond(row, !created));
    },
  );
}
