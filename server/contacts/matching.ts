import { sql, type SQL } from 'drizzle-orm';
import type { MatchResult, RiskBand, Tier } from '../../shared/domain.js';
import type { InboundContact } from '../../shared/schemas/contact.js';
import type { Db } from '../db/client.js';
import { customers } from '../db/schema.js';
import { customerRisk } from '../db/schema-preemption.js';
import { contactPrioritySql } from '../routing/priority.js';

/** At most this many candidates are kept for a "many" match. */
export const MAX_CANDIDATES = 10;

/** `+86 138-1234-5678` → `+8613812345678`; a number without "+" is taken as it is dialled. */
export function normalizePhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return phone.trim().startsWith('+') ? `+${digits}` : digits;
}

/** What the match statement is given: who the caller says they are, in the stored forms. */
export interface MatchKeys {
  customerId: string | null;
  /** The number as stored: a number dialled without a country code also tries +86, +1 and +. */
  phones: string[];
  /** Emails are stored lower-case. */
  email: string | null;
}

export function matchKeys(from: InboundContact['from']): MatchKeys {
  const phone = from.phone ? normalizePhone(from.phone) : null;
  const phones =
    phone === null ? [] : phone.startsWith('+') ? [phone] : [`+86${phone}`, `+1${phone}`, `+${phone}`, phone];
  return { customerId: from.customerId ?? null, phones, email: from.email?.toLowerCase() ?? null };
}

/** The match's columns, as the `matched` CTE gives them (one row, always). */
export interface MatchedColumns {
  match: SQL<MatchResult>;
  customerId: SQL<string | null>;
  candidateIds: SQL<string[]>;
  priority: SQL<number>;
  urgent: SQL<boolean>;
}

/** Customers found one way, with what their queue priority needs; `source` ranks the ways. */
const foundBy = (where: SQL, source: number) => sql`(select ${customers.id} as id, ${customers.tier} as tier,
  ${customerRisk.score} as score, ${customerRisk.band} as band, ${sql.raw(String(source))} as source
  from ${customers} left join ${customerRisk} on ${customerRisk.customerId} = ${customers.id}
  where ${where} order by ${customers.id} limit ${sql.raw(String(MAX_CANDIDATES + 1))})`;

/**
 * Finds who is calling, inside the statement that stores the contact: an explicit customer id
 * wins, then the phone number, then the email (the first way that finds anyone). One customer is
 * a match ("one") and queues by their tier and current risk; several are "many" (up to
 * MAX_CANDIDATES kept) and nobody is "none", both queued by arrival. The values are placeholders
 * `customerId`, `phones` and `email` (see matchKeys). Returns the CTE and its columns, each a
 * scalar read of its one row.
 */
export function matchedCte(db: Db) {
  const found = sql`${foundBy(sql`${customers.id} = ${sql.placeholder('customerId')}::text`, 1)}
    union all ${foundBy(sql`${customers.phone} = any(${sql.placeholder('phones')}::text[])`, 2)}
    union all ${foundBy(sql`${customers.email} = ${sql.placeholder('email')}::text`, 3)}`;
  const one = (column: string) => sql.raw(`case when count(*) = 1 then min(${column}) end`);
  const summary = sql`select count(*) as n, (array_agg(id order by id))[1:${sql.raw(String(MAX_CANDIDATES))}] as ids,
    ${one('id')} as customer_id, ${one('tier')} as tier, ${one('score')} as score, ${one('band')} as band
    from found where source = (select min(source) from found)`;
  const { priority, urgent } = contactPrioritySql(
    sql<Tier | null>`s.tier`,
    sql<number | null>`s.score`,
    sql<RiskBand | null>`s.band`,
  );
  const matched = db.$with('matched', {}).as(
    sql`with found as (${found}) select case s.n when 0 then 'none' when 1 then 'one' else 'many' end as match,
      s.customer_id, coalesce(s.ids, '{}'::text[]) as candidate_ids, ${priority} as priority, ${urgent} as urgent
      from (${summary}) s`,
  );
  const column = <T>(name: string) => sql<T>`(select ${sql.identifier(name)} from ${matched})`;
  const columns: MatchedColumns = {
    match: column<MatchResult>('match'),
    customerId: column<string | null>('customer_id'),
    candidateIds: column<string[]>('candidate_ids'),
    priority: column<number>('priority'),
    urgent: column<boolean>('urgent'),
  };
  return { matched, columns };
}
