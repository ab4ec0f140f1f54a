import { and, eq, isNull } from 'drizzle-orm';
import { apiErrorSchema, ERROR_CODES } from '../../shared/schemas/common.js';
import { customerSearchQuerySchema, customerSearchResponseSchema } from '../../shared/schemas/customer-search.js';
import { seesEveryone } from '../access/customer-access.js';
import { appendAudit, redactNumbers } from '../audit/audit-log.js';
import type { AuthenticatedAgent } from '../auth/agent-repository.js';
import type { Db } from '../db/client.js';
import { contacts } from '../db/schema.js';
import { requireAgent, type GatewayApp } from '../http/app.js';
import { HttpError } from '../http/errors.js';
import { searchCustomers } from './customer-search.js';

export interface CustomerSearchRouteDeps {
  db: Db;
  authenticate: (token: string) => Promise<AuthenticatedAgent | null>;
}

/**
 * Leads and admins search freely; a csr or specialist searches to identify a contact they hold,
 * or states a reason. What allowed the search goes into its audit entry.
 */
async function searchBasis(
  db: Db,
  agent: AuthenticatedAgent,
  contactId: string | undefined,
  reason: string | undefined,
): Promise<Record<string, string>> {
  if (seesEveryone(agent)) return { basis: 'role' };
  if (contactId !== undefined) {
    const [held] = await db
      .select({ id: contacts.id })
      .from(contacts)
      .where(and(eq(contacts.id, contactId), eq(contacts.offeredTo, agent.id), isNull(contacts.closedAt)))
      .limit(1);
    if (held) return { basis: 'contact', contactId };
    throw new HttpError(403, ERROR_CODES.forbidden, 'You do not hold this contact', 'contactId');
  }
  if (reason !== undefined) return { basis: 'reason', reason: redactNumbers(reason) };
  throw new HttpError(
    403,
    ERROR_CODES.reasonRequired,
    'Search for a contact you hold (contactId), or say why you are searching (reason)',
    'reason',
  );
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
        response: { 200: customerSearchResponseSchema, 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema },
      },
    },
    async (request) => {
      const agent = request.agent as AuthenticatedAgent;
      const { q, limit, contactId, reason } = request.query;
      const basis = await searchBasis(deps.db, agent, contactId, reason);
      const result = await searchCustomers(deps.db, q, limit);
      // A phone number is personal data: the audit keeps how it was searched, not the number
      // (nor an ID number typed as text).
      const detail =
        result.kind === 'phone'
          ? { kind: 'phone', digits: q.replace(/\D/g, '').length, results: result.items.length, ...basis }
          : { kind: 'text', query: redactNumbers(q), results: result.items.length, ...basis };
      await appendAudit(deps.db, { actor: agent.id, action: 'customer.searched', origin: request.ip, detail });
      return { items: result.items };
    },
  );
}
