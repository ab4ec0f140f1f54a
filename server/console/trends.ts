/**
 * The team lead's trends: the pure part. The database groups rows into numbered buckets (hours or
 * days since the window's start, UTC); these functions name the buckets, fill the empty ones with
 * zeros, and turn counts into the shares the console shows. No I/O, no clock: `now` is passed in.
 *
 * Buckets are UTC: hour buckets start on the hour, day buckets at 00:00Z. The current hour (day)
 * is the last bucket, and every bucket is present, oldest first, even when nothing happened in it.
 * Service level follows server/console/metrics.ts: of the contacts whose wait ended in the hour
 * (answered, or abandoned after the threshold), the share answered within the threshold.
 */
import type { HourTrend, PartnerScore } from '../../shared/schemas/console-trends.js';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

export interface TrendWindow {
  now: Date;
  /** Start of the oldest hour bucket. */
  hourFrom: Date;
  hours: number;
  /** 00:00Z of the oldest day bucket. */
  dayFrom: Date;
  days: number;
}

export function trendWindow(now: Date, hours: number, days: number): TrendWindow {
  const hourStart = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
  const dayStart = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  return {
    now,
    hourFrom: new Date(hourStart - (hours - 1) * HOUR_MS),
    hours,
    dayFrom: new Date(dayStart - (days - 1) * DAY_MS),
    days,
  };
}

/** ISO start of each hour bucket, oldest first. */
export function hourStarts(w: TrendWindow): string[] {
  return Array.from({ length: w.hours }, (_, i) =>
    new Date(w.hourFrom.getTime() + i * HOUR_MS).toISOString(),
  );
}

/** `YYYY-MM-DD` (UTC) of each day bucket, oldest first. */
export function dayStarts(w: TrendWindow): string[] {
  return Array.from({ length: w.days }, (_, i) =>
    new Date(w.dayFrom.getTime() + i * DAY_MS).toISOString().slice(0, 10),
  );
}

/** Contacts that arrived in an hour, with the stored risk of their customers. */
export interface ArrivalRow {
  bucket: number;
  contacts: number;
  /** Mean risk score over the hour's contacts whose customer is scored; null when none is. */
  averageRisk: number | null;
  highRisk: number;
}

/** Contacts answered in an hour, and how many of them within the service-level threshold. */
export interface AnsweredRow {
  bucket: number;
  answered: number;
  inTime: number;
}

/** Contacts abandoned in an hour, and how many of them after the threshold (those count as missed). */
export interface AbandonedRow {
  bucket: number;
  abandoned: number;
  late: number;
}

const inRange = (bucket: number, size: number) =>
  Number.isInteger(bucket) && bucket >= 0 && bucket < size;

/** Every hour of the window, oldest first, zeros where nothing happened. */
export function fillHours(
  w: TrendWindow,
  arrivals: readonly ArrivalRow[],
  answered: readonly AnsweredRow[],
  abandoned: readonly AbandonedRow[],
): HourTrend[] {
  const hours = hourStarts(w).map((hour) => ({
    hour,
    contacts: 0,
    answered: 0,
    abandoned: 0,
    inTime: 0,
    late: 0,
    riskSum: 0,
    riskWeight: 0,
    highRisk: 0,
  }));
  const at = (bucket: number) => (inRange(bucket, hours.length) ? hours[bucket] : undefined);
  for (const r of arrivals) {
    const h = at(r.bucket);
    if (!h) continue;
    h.contacts += r.contacts;
    h.highRisk += r.highRisk;
    // Rows are one per bucket from the database; weighting by contacts keeps a split bucket right too.
    if (r.averageRisk !== null) {
      h.riskSum += r.averageRisk * r.contacts;
      h.riskWeight += r.contacts;
    }
  }
  for (const r of answered) {
    const h = at(r.bucket);
    if (!h) continue;
    h.answered += r.answered;
    h.inTime += r.inTime;
  }
  for (const r of abandoned) {
    const h = at(r.bucket);
    if (!h) continue;
    h.abandoned += r.abandoned;
    h.late += r.late;
  }
  return hours.map((h) => {
    const counted = h.answered + h.late;
    return {
      hour: h.hour,
      contacts: h.contacts,
      answered: h.answered,
      abandoned: h.abandoned,
      serviceLevel: counted === 0 ? null : h.inTime / counted,
      averageRisk: h.riskWeight === 0 ? null : h.riskSum / h.riskWeight,
      highRisk: h.highRisk,
    };
  });
}

export interface DayKeyRow {
  bucket: number;
  key: string;
  count: number;
}

/**
 * A count for every day × key, days oldest first and keys in the order given; rows outside the
 * window or with an unknown key are dropped, duplicates added up.
 */
export function fillDayCounts<K extends string>(
  w: TrendWindow,
  keys: readonly K[],
  rows: readonly DayKeyRow[],
): { day: string; key: K; count: number }[] {
  const counts = new Map<string, number>();
  const known = new Set<string>(keys);
  for (const r of rows) {
    if (!inRange(r.bucket, w.days) || !known.has(r.key)) continue;
    const id = `${String(r.bucket)}|${r.key}`;
    counts.set(id, (counts.get(id) ?? 0) + r.count);
  }
  return dayStarts(w).flatMap((day, bucket) =>
    keys.map((key) => ({ day, key, count: counts.get(`${String(bucket)}|${key}`) ?? 0 })),
  );
}

/** A partner's counts over the window, as the database adds them up. */
export interface PartnerCounts {
  partnerId: string;
  name: string;
  kind: PartnerScore['kind'];
  promisesDue: number;
  promisesKept: number;
  touchpoints: number;
  anomalies: number;
  complaints: number;
}

export function partnerScore(c: PartnerCounts): PartnerScore {
  return {
    partnerId: c.partnerId,
    name: c.name,
    kind: c.kind,
    promisesDue: c.promisesDue,
    timeliness: c.promisesDue === 0 ? null : c.promisesKept / c.promisesDue,
    touchpoints: c.touchpoints,
    errorRate: c.touchpoints === 0 ? null : c.anomalies / c.touchpoints,
    complaints: c.complaints,
  };
}
