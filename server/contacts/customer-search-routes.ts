import { apiErrorSchema } from '../../shared/schemas/common.js';
import { customerSearchQuerySchema, customerSearchResponseSchema } from '../../shared/schemas/customer-search.js';
import type { AuthenticatedAgent } from '../auth/agent-repository.js';
import type { Db } from '../db/client.js';
import { auditEvents } from '../db/schema.js';
import { requireAgent, type GatewayApp } from '../http/app.js';
import { searchCustomers } from './customer-search.js';

export interface CustomerSearchRouteDeps {
  db: Db;
  authenticate: (token: string) => Promise<AuthenticatedAgent | null>;
}

export function registerCustomerSearchRoutes(app: GatewayApp, deps: CustomerSearchRouteDeps): void {
  app.get(
    '/api/v1/customers/search',
    {
      preHandler: requireAgent(deps.authenticate),
      schema: {
        tags: ['desktop'],
        summary: 'Find customers by phone (whole or last 4+ digits), name, customer id, policy or claim number.',
        security: [{ bearer: [] }],
        querystring: customerSearchQuerySchema,
        response: { 200: customerSearchResponseSchema, 400: apiErrorSchema, 401: apiErrorSchema },
      },
    },
    async (request) => {
      const agent = request.agent as AuthenticatedAgent;
      const { q, limit } = request.query;
      const result = await searchCustomers(deps.db, q, limit);
      // A phone number is personal data: the audit keeps how it was searched, not the number.
      const detail =
        result.kind === 'phone'
          ? { kind: 'phone', digits: q.replace(/\D/g, '').length, results: result.items.length }
          : { kind: 'text', query: q, results: result.items.length };
      await deps.db.insert(auditEvents).values({ actor: agent.id, action: 'customer.searched', detail });
      return { items: result.items };
    },
  );
}
