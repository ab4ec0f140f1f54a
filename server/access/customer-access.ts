/**
 * Who may open which customer (issue: least privilege, PIPL art. 28/51). Leads and admins may
 * open any customer; a csr or specialist opens the customers of the contacts offered to them (while
 * the contact lasts and for a day after it closes, for follow-ups) and any other customer only
 * with a stated reason. Opening with a reason is written to the audit chain and works as a grant
 * for the next hour, so the timeline's pages and the risk card need not ask again.
 *
 * The audit chain is the grant's record: there is no second table to keep in step, and a grant
 * exists exactly when its audit entry does.
 */
import { and, eq, gt, isNull, or } from 'drizzle-orm';
import { ERROR_CODES } from '../../shared/schemas/common.js';
import type { AuthenticatedAgent } from '../auth/agent-repository.js';
import { appendAudit, redactNumbers } from '../audit/audit-log.js';
import type { Db } from '../db/client.js';
import { auditEvents, contacts } from '../db/schema.js';
import { HttpError } from '../http/errors.js';

/** After a contact closes, its agent keeps seeing the customer this long (follow-up work). */
export const CONTACT_GRACE_MS = 24 * 60 * 60 * 1000;
/** A customer opened with a reason stays open to that agent this long. */
export const REASON_GRANT_MS = 60 * 60 * 1000;
export const OPENED_WITH_REASON = 'customer.opened-with-reason';

/** Why the agent may see the customer: their role, one of their contacts, or a stated reason. */
export type AccessBasis = 'role' | 'contact' | 'reason';

/** Leads and admins may open and search any customer (still audited). */
export const seesEveryone = (agent: Pick<AuthenticatedAgent, 'role'>) => agent.role === 'lead' || agent.role === 'admin';

/** The customer is on a contact offered to (or held by) this agent, open or recently closed. */
export async function isOnAgentsContact(
  db: Db,
  agentId: string,
  customerId: string,
  now = new Date(),
): Promise<boolean> {
  const since = new Date(now.getTime() - CONTACT_GRACE_MS);
  const rows = await db
    .select({ id: contacts.id })
    .from(contacts)
    .where(
      and(
        eq(contacts.customerId, customerId),
        eq(contacts.offeredTo, agentId),
        or(isNull(contacts.closedAt), gt(contacts.closedAt, since)),
      ),
    )
    .limit(1);
  return rows.length > 0;
}

async function hasReasonGrant(
  db: Db,
  agentId: string,
  customerId: string,
  now: Date,
): Promise<boolean> {
  const rows = await db
    .select({ id: auditEvents.id })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.customerId, customerId),
        eq(auditEvents.actor, agentId),
        eq(auditEvents.action, OPENED_WITH_REASON),
        gt(auditEvents.at, new Date(now.getTime() - REASON_GRANT_MS)),
      ),
    )
    .limit(1);
  return rows.length > 0;
}

export interface AccessRequest {
  agent: AuthenticatedAgent;
  customerId: string;
  /** The agent's stated reason, when they gave one. */
  reason?: string | undefined;
  /** The client's address, for the audit entry. */
  origin: string;
  now?: Date;
}

/**
 * Decides, and records a reason-based opening in the audit chain.
 * @throws HttpError 403 `reason_required` when a csr or specialist gives no reason for a customer
 *   outside their contacts (the desktop then asks for one and repeats the request).
 */
export async function authorizeCustomer(db: Db, request: AccessRequest): Promise<AccessBasis> {
  const { agent, customerId, reason, origin, now = new Date() } = request;
  if (seesEveryone(agent)) return 'role';
  if (await isOnAgentsContact(db, agent.id, customerId, now)) return 'contact';
  if (reason !== undefined) {
    await appendAudit(db, {
      actor: agent.id,
      action: OPENED_WITH_REASON,
      customerId,
      origin,
      // The reason is the agent's own words: numbers in it (an ID typed in) do not enter the log.
      detail: { reason: redactNumbers(reason) },
      at: now,
    });
    return 'reason';
  }
  if (await hasReasonGrant(db, agent.id, customerId, now)) return 'reason';
  throw new HttpError(
    403,
    ERROR_CODES.reasonRequired,
    'This customer is not on one of your contacts: say why you need their record (reason)',
    'reason',
  );
}
