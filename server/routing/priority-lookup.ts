import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { preparedQuery } from '../db/prepared.js';
import { customers } from '../db/schema.js';
import { customerRisk } from '../db/schema-preemption.js';
import { contactPriority } from './priority.js';

const tierAndRisk = preparedQuery((db) =>
  db
    .select({ tier: customers.tier, score: customerRisk.score, band: customerRisk.band })
    .from(customers)
    .leftJoin(customerRisk, eq(customerRisk.customerId, customers.id))
    .where(eq(customers.id, sql.placeholder('customerId')))
    .limit(1)
    .prepare('priority_tier_risk'),
);

/** The queue priority of a contact from this customer: their tier and current complaint risk. */
export async function priorityFor(db: Db, customerId: string | null): Promise<{ priority: number; urgent: boolean }> {
  if (customerId === null) return contactPriority({ tier: null, risk: null });
  const [row] = await tierAndRisk(db).execute({ customerId });
  if (!row) return contactPriority({ tier: null, risk: null });
  return contactPriority({
    tier: row.tier,
    risk: row.score === null || row.band === null ? null : { score: row.score, band: row.band },
  });
}
