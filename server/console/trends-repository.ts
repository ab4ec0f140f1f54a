/**
 * The trends' aggregation, in SQL: each query groups by bucket number (whole hours or days since
 * the window's start, from the epoch difference, so the server's time zone never matters) and
 * returns small rows that trends.ts fills into the full series. Counts are cast to int and means
 * to float8 so PGlite and node-postgres both hand back JS numbers; rows are parsed all the same.
 */
import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import {
  PARTNER_KINDS,
  POLICY_LINES,
  ROOT_CAUSES,
  WORKLIST_OUTCOMES,
} from '../../shared/domain.js';
import type { ConsoleTrends } from '../../shared/schemas/console-trends.js';
import type { Db } from '../db/client.js';
import {
  fillDayCounts,
  fillHours,
  partnerScore,
  trendWindow,
  type AbandonedRow,
  type AnsweredRow,
  type ArrivalRow,
  type DayKeyRow,
  type PartnerCounts,
  type TrendWindow,
} from './trends.js';

export interface TrendsRequest {
  now: Date;
  hours: number;
  days: number;
  /** Answered within this many seconds counts toward service level. */
  serviceLevelSeconds: number;
}

const int = z.coerce.number().int();
const mean = z.coerce.number().nullable();

async function rows<T>(db: Db, query: SQL, schema: z.ZodType<T>): Promise<T[]> {
  // PGlite and node-postgres both answer `{ rows }`.
  const result = await db.execute(query);
  return z.array(schema).parse((result as { rows: unknown[] }).rows);
}

const ts = (d: Date) => sql`${d.toISOString()}::timestamptz`;

/** Whole `size`-second buckets from `from` to the column's time. */
const bucket = (column: string, from: Date, size: number) =>
  sql`floor(extract(epoch from (${sql.raw(column)} - ${ts(from)})) / ${sql.raw(String(size))})::int`;

const between = (column: string, from: Date, to: Date) =>
  sql`${sql.raw(column)} >= ${ts(from)} AND ${sql.raw(column)} <= ${ts(to)}`;

const HOUR_S = 3600;
const DAY_S = 86_400;

export async function loadTrends(db: Db, req: TrendsRequest): Promise<ConsoleTrends> {
  const w = trendWindow(req.now, req.hours, req.days);
  // Independent reads: a PostgreSQL pool runs them side by side, PGlite one after another.
  const [arrivals, answered, abandoned, byCause, byLine, partners, outcomes] = await Promise.all([
    loadArrivals(db, w),
    loadAnswered(db, w, req.serviceLevelSeconds),
    loadAbandoned(db, w, req.serviceLevelSeconds),
    loadComplaintsByCause(db, w),
    loadComplaintsByLine(db, w),
    loadPartners(db, w),
    loadWorklistOutcomes(db, w),
  ]);
  return {
    generatedAt: req.now.toISOString(),
    hours: fillHours(w, arrivals, answered, abandoned),
    complaintsByRootCause: fillDayCounts(w, ROOT_CAUSES, byCause),
    complaintsByLine: fillDayCounts(w, POLICY_LINES, byLine),
    partners: partners.map(partnerScore),
    worklistOutcomes: fillDayCounts(w, WORKLIST_OUTCOMES, outcomes),
  };
}

const arrivalRow = z.object({ bucket: int, contacts: int, averageRisk: mean, highRisk: int });

/** Contacts by arrival hour, with the stored risk of their (matched, scored) customers. */
function loadArrivals(db: Db, w: TrendWindow): Promise<ArrivalRow[]> {
  return rows(
    db,
    sql`SELECT ${bucket('c.created_at', w.hourFrom, HOUR_S)} AS "bucket",
          count(*)::int AS "contacts",
          avg(r.score)::float8 AS "averageRisk",
          (count(*) FILTER (WHERE r.band = 'high'))::int AS "highRisk"
        FROM contacts c LEFT JOIN customer_risk r ON r.customer_id = c.customer_id
        WHERE ${between('c.created_at', w.hourFrom, w.now)}
        GROUP BY 1`,
    arrivalRow,
  );
}

const answeredRow = z.object({ bucket: int, answered: int, inTime: int });

/** Contacts by the hour they were answered, and how many within the threshold (from arrival). */
function loadAnswered(db: Db, w: TrendWindow, thresholdSeconds: number): Promise<AnsweredRow[]> {
  return rows(
    db,
    sql`SELECT ${bucket('accepted_at', w.hourFrom, HOUR_S)} AS "bucket",
          count(*)::int AS "answered",
          (count(*) FILTER (WHERE extract(epoch from (accepted_at - created_at)) <= ${thresholdSeconds}::int))::int AS "inTime"
        FROM contacts
        WHERE ${between('accepted_at', w.hourFrom, w.now)}
        GROUP BY 1`,
    answeredRow,
  );
}

const abandonedRow = z.object({ bucket: int, abandoned: int, late: int });

/** Contacts by the hour they were abandoned, and how many after the threshold (missed). */
function loadAbandoned(db: Db, w: TrendWindow, thresholdSeconds: number): Promise<AbandonedRow[]> {
  return rows(
    db,
    sql`SELECT ${bucket('closed_at', w.hourFrom, HOUR_S)} AS "bucket",
          count(*)::int AS "abandoned",
          (count(*) FILTER (WHERE extract(epoch from (closed_at - created_at)) > ${thresholdSeconds}::int))::int AS "late"
        FROM contacts
        WHERE state = 'abandoned' AND ${between('closed_at', w.hourFrom, w.now)}
        GROUP BY 1`,
    abandonedRow,
  );
}

const dayKeyRow = z.object({ bucket: int, key: z.string(), count: int });

/** Complaints by the day opened and root cause, once per cause. */
function loadComplaintsByCause(db: Db, w: TrendWindow): Promise<DayKeyRow[]> {
  return rows(
    db,
    sql`SELECT ${bucket('c.opened_at', w.dayFrom, DAY_S)} AS "bucket", u.cause AS "key", count(DISTINCT c.id)::int AS "count"
        FROM complaints c CROSS JOIN LATERAL unnest(c.root_causes) AS u(cause)
        WHERE ${between('c.opened_at', w.dayFrom, w.now)}
        GROUP BY 1, 2`,
    dayKeyRow,
  );
}

/** Complaints by the day opened and the line of their policy, or of their claim's policy. */
function loadComplaintsByLine(db: Db, w: TrendWindow): Promise<DayKeyRow[]> {
  return rows(
    db,
    sql`SELECT ${bucket('c.opened_at', w.dayFrom, DAY_S)} AS "bucket", p.line AS "key", count(*)::int AS "count"
        FROM complaints c
          LEFT JOIN claims cl ON cl.id = c.claim_id
          JOIN policies p ON p.id = coalesce(c.policy_id, cl.policy_id)
        WHERE ${between('c.opened_at', w.dayFrom, w.now)}
        GROUP BY 1, 2`,
    dayKeyRow,
  );
}

/** Worklist items by the day closed and outcome. */
function loadWorklistOutcomes(db: Db, w: TrendWindow): Promise<DayKeyRow[]> {
  return rows(
    db,
    sql`SELECT ${bucket('closed_at', w.dayFrom, DAY_S)} AS "bucket", outcome AS "key", count(*)::int AS "count"
        FROM preemption_worklist
        WHERE outcome IS NOT NULL AND ${between('closed_at', w.dayFrom, w.now)}
        GROUP BY 1, 2`,
    dayKeyRow,
  );
}

const partnerRow = z.object({
  partnerId: z.string(),
  name: z.string(),
  kind: z.enum(PARTNER_KINDS),
  promisesDue: int,
  promisesKept: int,
  touchpoints: int,
  anomalies: int,
  complaints: int,
});

/**
 * Every partner over the days window: claims they worked (as adjuster or rescue) with a promised
 * date that fell in the window and has passed, and how many were closed by it; their touchpoints
 * and how many were anomalies; complaints opened in the window about a claim they worked.
 */
function loadPartners(db: Db, w: TrendWindow): Promise<PartnerCounts[]> {
  return rows(
    db,
    sql`WITH worked AS (
          SELECT adjuster_id AS partner_id, id, promised_at, closed_at FROM claims WHERE adjuster_id IS NOT NULL
          UNION
          SELECT rescue_id, id, promised_at, closed_at FROM claims WHERE rescue_id IS NOT NULL
        ),
        due AS (
          SELECT partner_id, count(*)::int AS n,
            (count(*) FILTER (WHERE closed_at IS NOT NULL AND closed_at <= promised_at))::int AS kept
          FROM worked WHERE ${between('promised_at', w.dayFrom, w.now)}
          GROUP BY partner_id
        ),
        tps AS (
          SELECT partner_id, count(*)::int AS n, count(anomaly)::int AS anomalies
          FROM touchpoints WHERE partner_id IS NOT NULL AND ${between('occurred_at', w.dayFrom, w.now)}
          GROUP BY partner_id
        ),
        comp AS (
          SELECT wk.partner_id, count(DISTINCT c.id)::int AS n
          FROM complaints c JOIN worked wk ON wk.id = c.claim_id
          WHERE ${between('c.opened_at', w.dayFrom, w.now)}
          GROUP BY wk.partner_id
        )
        SELECT p.id AS "partnerId", p.name AS "name", p.kind AS "kind",
          coalesce(due.n, 0) AS "promisesDue", coalesce(due.kept, 0) AS "promisesKept",
          coalesce(tps.n, 0) AS "touchpoints", coalesce(tps.anomalies, 0) AS "anomalies",
          coalesce(comp.n, 0) AS "complaints"
        FROM partners p
          LEFT JOIN due ON due.partner_id = p.id
          LEFT JOIN tps ON tps.partner_id = p.id
          LEFT JOIN comp ON comp.partner_id = p.id
        ORDER BY p.id COLLATE "C"`,
    partnerRow,
  );
}
