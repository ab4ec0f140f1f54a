import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { joinedFromJson, rowFromJson } from '../db/json-rows.js';
import { preparedQuery } from '../db/prepared.js';
import {
  claims,
  complaints,
  customers,
  partners,
  policies,
  promises,
  touchpoints,
} from '../db/schema.js';
import type { RiskAssessment } from '../../shared/schemas/risk.js';
import { TIMELINE_PAGE_SIZE } from './timeline.js';

type Json = Record<string, unknown>;

/** What the pop shows of a customer, as rows, read in one statement (one snapshot, one round trip). */
export interface PopRows {
  customer: typeof customers.$inferSelect;
  intermediary: typeof partners.$inferSelect | null;
  policies: Array<typeof policies.$inferSelect>;
  claims: Array<{
    claim: typeof claims.$inferSelect;
    adjuster: typeof partners.$inferSelect | null;
    rescue: typeof partners.$inferSelect | null;
  }>;
  complaints: Array<typeof complaints.$inferSelect>;
  promises: Array<typeof promises.$inferSelect>;
  /** The newest TIMELINE_PAGE_SIZE + 1 touchpoints (one more tells whether there are more). */
  touchpoints: Array<{ touchpoint: typeof touchpoints.$inferSelect; partnerName: string | null }>;
  /** All the customer's touchpoints, counted only when they are more than a page. */
  touchpointTotal: number | null;
  risk: RiskAssessment | null;
}

const id = sql.placeholder('customerId');
/** SQL text we write ourselves (no input in it): drizzle does not qualify aliases inside sql``. */
const q = sql.raw;
const list = (item: string, from: SQL, order: string) =>
  sql<
    Json[]
  >`(select coalesce(json_agg(${q(item)} order by ${q(order)}), '[]'::json) from ${from})`;

/**
 * The pop's seven reads were seven statements; under bench:console's load they were a third of
 * the gateway's statements, and each round trip costs the gateway's one thread more than the
 * database's work. Now one statement (one snapshot too), built and prepared once per database.
 * `to_json(alias)` gives a whole row keyed by column name, decoded by rowFromJson.
 */
const popQuery = preparedQuery((db) =>
  db
    .select({
      profile: sql<Json | null>`(select json_build_object('c', to_json(c), 'p', to_json(ip))
        from customers c left join partners ip on ip.id = c.intermediary_id where c.id = ${id})`,
      policies: list(
        'to_json(po)',
        sql`policies po where po.customer_id = ${id}`,
        'po.renewal_date',
      ),
      claims: list(
        "json_build_object('c', to_json(cl), 'a', to_json(adj), 'r', to_json(res))",
        sql`claims cl left join partners adj on adj.id = cl.adjuster_id left join partners res on res.id = cl.rescue_id
          where cl.customer_id = ${id}`,
        'cl.reported_at desc',
      ),
      complaints: list(
        'to_json(co)',
        sql`complaints co where co.customer_id = ${id}`,
        'co.opened_at desc',
      ),
      promises: list(
        'to_json(pr)',
        sql`promises pr where pr.customer_id = ${id}`,
        'pr.due_at desc',
      ),
      touchpoints: list(
        'page.j',
        sql`(select json_build_object('t', to_json(tp), 'p', tpp.name) as j, tp.occurred_at as o, tp.id as i
          from touchpoints tp left join partners tpp on tpp.id = tp.partner_id
          where tp.customer_id = ${id} order by tp.occurred_at desc, tp.id desc limit ${TIMELINE_PAGE_SIZE + 1}) as page`,
        'page.o desc, page.i desc',
      ),
      touchpointTotal: sql<number | null>`(select case when count(*) > ${TIMELINE_PAGE_SIZE}
        then (select count(*)::int from touchpoints where customer_id = ${id}) end
        from (select 1 from touchpoints where customer_id = ${id} limit ${TIMELINE_PAGE_SIZE + 1}) as more)`,
      risk: sql<RiskAssessment | null>`(select assessment from customer_risk where customer_id = ${id})`,
    })
    .from(sql`(select 1) as one`)
    .prepare('pop_all'),
);

/** Reads the pop's rows in one statement; null when there is no such customer. */
export async function readPopRows(db: Db, customerId: string): Promise<PopRows | null> {
  const [row] = await popQuery(db).execute({ customerId });
  if (!row?.profile) return null;
  const profile = row.profile as { c: Json; p: Json | null };
  return {
    customer: rowFromJson(customers, profile.c),
    intermediary: joinedFromJson(partners, profile.p),
    policies: row.policies.map((p) => rowFromJson(policies, p)),
    claims: (row.claims as Array<{ c: Json; a: Json | null; r: Json | null }>).map((x) => ({
      claim: rowFromJson(claims, x.c),
      adjuster: joinedFromJson(partners, x.a),
      rescue: joinedFromJson(partners, x.r),
    })),
    complaints: row.complaints.map((c) => rowFromJson(complaints, c)),
    promises: row.promises.map((p) => rowFromJson(promises, p)),
    touchpoints: (row.touchpoints as Array<{ t: Json; p: string | null }>).map((x) => ({
      touchpoint: rowFromJson(touchpoints, x.t),
      partnerName: x.p,
    })),
    touchpointTotal: row.touchpointTotal,
    risk: row.risk,
  };
}
