import { eq, sql, type SQL } from 'drizzle-orm';
import type { MatchResult, RiskBand, Tier } from '../../shared/domain.js';
import type { InboundContact } from '../../shared/schemas/contact.js';
import type { Db } from '../db/client.js';
import { preparedQuery } from '../db/prepared.js';
import { customers } from '../db/schema.js';
import { customerRisk } from '../db/schema-preemption.js';
import { contactPriority } from '../routing/priority.js';

/** At most this many candidates are kept for a "many" match. */
export const MAX_CANDIDATES = 10;

/** `+86 138-1234-5678` → `+8613812345678`; a number without "+" is taken as it is dialled. */
export function normalizePhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return phone.trim().startsWith('+') ? `+${digits}` : digits;
}

export interface MatchOutcome {
  match: MatchResult;
  customerId: string | null;
  candidateIds: string[];
  /** Its place in the queue: the matched customer's tier and current risk (none when unsure). */
  priority: { priority: number; urgent: boolean };
}

interface Candidate {
  id: string;
  tier: Tier;
  score: number | null;
  band: RiskBand | null;
}

function outcome(rows: Candidate[]): MatchOutcome {
  const ids = rows.map((r) => r.id);
  const [only] = rows;
  if (rows.length === 1 && only) {
    const risk =
      only.score === null || only.band === null ? null : { score: only.score, band: only.band };
    return {
      match: 'one',
      customerId: only.id,
      candidateIds: ids,
      priority: contactPriority({ tier: only.tier, risk }),
    };
  }
  const unsure = contactPriority({ tier: null, risk: null });
  if (rows.length === 0)
    return { match: 'none', customerId: null, candidateIds: [], priority: unsure };
  return {
    match: 'many',
    customerId: null,
    candidateIds: ids.slice(0, MAX_CANDIDATES),
    priority: unsure,
  };
}

/** Customers matching `where`, with what their queue priority needs; one read per contact. */
const candidates = (db: Db, where: SQL, name: string) =>
  db
    .select({
      id: customers.id,
      tier: customers.tier,
      score: customerRisk.score,
      band: customerRisk.band,
    })
    .from(customers)
    .leftJoin(customerRisk, eq(customerRisk.customerId, customers.id))
    .where(where)
    .orderBy(customers.id)
    .limit(MAX_CANDIDATES + 1)
    .prepare(name);

const byId = preparedQuery((db) =>
  candidates(db, eq(customers.id, sql.placeholder('id')), 'match_by_id'),
);
const byPhones = preparedQuery((db) =>
  candidates(
    db,
    sql`${customers.phone} = any(${sql.placeholder('phones')}::text[])`,
    'match_by_phones',
  ),
);
const byEmail = preparedQuery((db) =>
  candidates(db, eq(customers.email, sql.placeholder('email')), 'match_by_email'),
);

/**
 * Finds who is calling: an explicit customer id wins, then the phone number, then the email.
 * A number dialled without a country code also matches the stored +86/+1 form. Emails are stored
 * lower-case.
 */
export async function matchCustomer(db: Db, from: InboundContact['from']): Promise<MatchOutcome> {
  if (from.customerId) {
    const rows = await byId(db).execute({ id: from.customerId });
    if (rows.length > 0) return outcome(rows);
  }
  if (from.phone) {
    const phone = normalizePhone(from.phone);
    const dialled = phone.startsWith('+')
      ? [phone]
      : [`+86${phone}`, `+1${phone}`, `+${phone}`, phone];
    const rows = await byPhones(db).execute({ phones: dialled });
    if (rows.length > 0) return outcome(rows);
  }
  if (from.email) {
    const rows = await byEmail(db).execute({ email: from.email.toLowerCase() });
    if (rows.length > 0) return outcome(rows);
  }
  return outcome([]);
}
