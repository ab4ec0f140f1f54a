import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { apiErrorSchema, ERROR_CODES } from '../../shared/schemas/common.js';
import { customerIdSchema } from '../../shared/schemas/customer.js';
import {
  mayReveal,
  revealRequestSchema,
  SENSITIVE_REVEAL_ROLES,
  revealResponseSchema,
  type RevealableField,
} from '../../shared/schemas/customer-access.js';
import type { AuthenticatedAgent } from '../auth/agent-repository.js';
import { appendAudit, redactNumbers } from '../audit/audit-log.js';
import type { Db } from '../db/client.js';
import { customers } from '../db/schema.js';
import { requireAgent, type GatewayApp } from '../http/app.js';
import { HttpError } from '../http/errors.js';
import { authorizeCustomer } from './customer-access.js';

export interface RevealRouteDeps {
  db: Db;
  authenticate: (token: string) => Promise<AuthenticatedAgent | null>;
}

const COLUMN = {
  idNumber: customers.idNumber,
  bankAccount: customers.bankAccount,
  healthDetails: customers.healthDetails,
  phone: customers.phone,
  email: customers.email,
} as const satisfies Record<RevealableField, unknown>;

/**
 * `POST /api/v1/customers/:id/reveal`: one field unmasked, for an agent who may open the customer,
 * with a reason; the reveal (field and reason, never the value) goes into the audit chain first,
 * so no value leaves without its entry.
 */
export function registerRevealRoutes(app: GatewayApp, deps: RevealRouteDeps): void {
  app.post(
    '/api/v1/customers/:id/reveal',
    {
      preHandler: requireAgent(deps.authenticate),
      schema: {
        tags: ['desktop'],
        summary: 'Unmask one sensitive or personal field of a customer, with a reason (audited).',
        security: [{ bearer: [] }],
        params: z.object({ id: customerIdSchema }),
        body: revealRequestSchema,
        response: {
          200: revealResponseSchema,
          400: apiErrorSchema,
          401: apiErrorSchema,
          403: apiErrorSchema,
          404: apiErrorSchema,
        },
      },
    },
    async (request) => {
      const agent = request.agent as AuthenticatedAgent;
      const { id } = request.params;
      const { field, reason } = request.body;
      if (!mayReveal(agent.role, field)) {
        throw new HttpError(
          403,
          ERROR_CODES.forbidden,
          `Only ${SENSITIVE_REVEAL_ROLES.join(', ')} roles can reveal ${field}`,
          'field',
        );
      }
      const [row] = await deps.db
        .select({ value: COLUMN[field] })
        .from(customers)
        .where(eq(customers.id, id))
        .limit(1);
      if (!row) throw new HttpError(404, ERROR_CODES.notFound, `No customer "${id}"`, 'id');
      await authorizeCustomer(deps.db, { agent, customerId: id, reason, origin: request.ip });
      const revealed = await appendAudit(deps.db, {
        actor: agent.id,
        action: 'customer.field-revealed',
        customerId: id,
        origin: request.ip,
        detail: { field, reason: redactNumbers(reason) },
      });
      return { field, value: row.value, revealedAt: revealed.at.toISOString() };
    },
  );
}
