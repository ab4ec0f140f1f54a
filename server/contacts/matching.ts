import { eq, sql } from 'drizzle-orm';
import type { MatchResult } from '../../shared/domain.js';
import type { InboundContact } from '../../shared/schemas/contact.js';
import type { Db } from '../db/client.js';
import { preparedQuery } from '../db/prepared.js';
import { customers } from '../db/schema.js';

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
}

function outcome(ids: string[]): MatchOutcome {
  if (ids.length === 1) return { match: 'one', customerId: ids[0] ?? null, candidateIds: ids };
  if (ids.length === 0) return { match: 'none', customerId: null, candidateIds: [] };
  return { match: 'many', customerId: null, candidateIds: ids.slice(0, MAX_CANDIDATES) };
}

/** Customers with any of these numbers (one contact in three arrives with a number). */
const byPhones = preparedQuery((db) =>
  db
    .select({ id: customers.id })
    .from(customers)
    .where(sql`${customers.phone} = any(${sql.placeholder('phones')}::text[])`)
    .orderBy(customers.id)
    .limit(MAX_CANDIDATES + 1)
    .prepare('match_by_phones'),
);

/**
 * Finds who is calling: an explicit customer id wins, then the phone number, then the email.
 * A number dialled without a country code also matches the stored +86/+1 form. Emails are stored
 * lower-case.
 */
export async function matchCustomer(db: Db, from: InboundContact['from']): Promise<MatchOutcome> {
  if (from.customerId) {
    const rows = await db.select({ id: customers.id }).from(customers).where(eq(customers.id, from.customerId)).limit(1);
    if (rows.length > 0) return outcome(rows.map((r) => r.id));
  }
  if (from.phone) {
    const phone = normalizePhone(from.phone);
    const candidates = phone.startsWith('+') ? [phone] : [`+86${phone}`, `+1${phone}`, `+${phone}`, phone];
    const rows = await byPhones(db).execute({ phones: candidates });
    if (rows.length > 0) return outcome(rows.map((r) => r.id));
  }
  if (from.email) {
    const rows = await db
      .select({ id: customers.id })
      .from(customers)
      .where(eq(customers.email, from.email.toLowerCase()))
      .orderBy(customers.id)
      .limit(MAX_CANDIDATES + 1);
    if (rows.length > 0) return outcome(rows.map((r) => r.id));
  }
  return outcome([]);
}
