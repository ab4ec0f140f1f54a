import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { CustomerSearchHit, SearchMatchKind } from '../../shared/schemas/customer-search.js';
import type { Db } from '../db/client.js';
import { claims, customers, policies } from '../db/schema.js';
import { loadCandidates } from '../pop/pop-repository.js';

/** Fewer digits than this are too vague to search a phone number by. */
export const MIN_PHONE_DIGITS = 4;

/** How a query was read: a phone number (its digits are never logged) or free text. */
export type SearchQueryKind = 'phone' | 'text';

export interface CustomerSearchResult {
  kind: SearchQueryKind;
  items: CustomerSearchHit[];
}

/** Digits, spaces, "+", "(", ")", "-" and "." only, with at least 4 digits. */
export function queryKindOf(q: string): SearchQueryKind {
  const digits = q.replace(/\D/g, '');
  return /^\+?[\d\s().-]+$/.test(q) && digits.length >= MIN_PHONE_DIGITS ? 'phone' : 'text';
}

/** `%`, `_` and `\` stand for themselves in a LIKE pattern. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

type Found = Map<string, SearchMatchKind>;

function add(found: Found, ids: readonly string[], kind: SearchMatchKind): void {
  for (const id of ids) if (!found.has(id)) found.set(id, kind);
}

/** Exact ids: customer, policy or claim number, as typed or upper-cased (`c-2031` finds `C-2031`). */
async function byIdentifiers(db: Db, q: string, found: Found): Promise<void> {
  const forms = [...new Set([q, q.toUpperCase()])];
  const direct = await db.select({ id: customers.id }).from(customers).where(inArray(customers.id, forms));
  add(found, direct.map((r) => r.id), 'id');
  const policy = await db.select({ id: policies.customerId }).from(policies).where(inArray(policies.id, forms));
  add(found, policy.map((r) => r.id), 'policy');
  const claim = await db.select({ id: claims.customerId }).from(claims).where(inArray(claims.id, forms));
  add(found, claim.map((r) => r.id), 'claim');
}

/**
 * The whole number or its last digits: stored numbers are `+<digits>`, so both are a suffix.
 * `reverse(phone) like '<reversed digits>%'` turns the suffix into a prefix the
 * `customers_phone_reverse_idx` btree (text_pattern_ops) serves.
 */
async function byPhone(db: Db, q: string, limit: number, found: Found): Promise<void> {
  const reversed = q.replace(/\D/g, '').split('').reverse().join('');
  const rows = await db
    .select({ id: customers.id })
    .from(customers)
    .where(sql`reverse(${customers.phone}) like ${`${reversed}%`}`)
    .orderBy(asc(customers.id))
    .limit(limit);
  add(found, rows.map((r) => r.id), 'phone');
}

/**
 * Names, case-insensitively: prefixes first (served by `customers_name_lower_idx`), then names
 * containing the text anywhere, a scan that stops at the limit. Works the same for 张伟 and
 * Persian names (no word splitting, no collation tricks).
 */
async function byName(db: Db, q: string, limit: number, found: Found): Promise<void> {
  const needle = escapeLike(q.toLowerCase());
  const prefix = await db
    .select({ id: customers.id })
    .from(customers)
    .where(sql`lower(${customers.name}) like ${`${needle}%`}`)
    .orderBy(sql`lower(${customers.name})`, asc(customers.id))
    .limit(limit);
  add(found, prefix.map((r) => r.id), 'name');
  if (found.size >= limit) return;
  const contains = await db
    .select({ id: customers.id })
    .from(customers)
    .where(sql`lower(${customers.name}) like ${`%${needle}%`} and lower(${customers.name}) not like ${`${needle}%`}`)
    .orderBy(asc(customers.id))
    .limit(limit - found.size);
  add(found, contains.map((r) => r.id), 'name');
}

/** Finds customers by phone, customer id, policy or claim number, or name; masked, best first. */
export async function searchCustomers(db: Db, rawQuery: string, limit: number): Promise<CustomerSearchResult> {
  const q = rawQuery.trim();
  const kind = queryKindOf(q);
  const found: Found = new Map();
  await byIdentifiers(db, q, found);
  if (kind === 'phone') await byPhone(db, q, limit, found);
  else await byName(db, q, limit, found);

  const ids = [...found.keys()].slice(0, limit);
  if (ids.length === 0) return { kind, items: [] };
  const candidates = await loadCandidates(db, ids);
  const items = candidates.flatMap((c): CustomerSearchHit[] => {
    const matchedOn = found.get(c.id);
    return matchedOn ? [{ ...c, matchedOn }] : [];
  });
  return { kind, items };
}

/** True when the customer exists. */
export async function customerExists(db: Db, customerId: string): Promise<boolean> {
  const rows = await db.select({ id: customers.id }).from(customers).where(eq(customers.id, customerId)).limit(1);
  return rows.length > 0;
}
