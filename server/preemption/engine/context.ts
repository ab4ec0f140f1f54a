/**
 * The engine's view of one customer: the input with every timestamp parsed once, touchpoints
 * newest first, and small readers for the loosely typed touchpoint attributes.
 */
import type { EngineTouchpoint, RiskInput } from './types.js';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** A touchpoint with its time parsed (ms since the epoch). */
export interface Tp {
  readonly tp: EngineTouchpoint;
  readonly at: number;
}

export interface EngineContext {
  readonly input: RiskInput;
  /** The assessment's clock (ms); the engine never reads the system clock. */
  readonly now: number;
  /** Newest first; touchpoints with an unreadable time are left out. */
  readonly tps: readonly Tp[];
  /** Claims not yet settled (not paid, closed or rejected, no closedAt). */
  readonly openClaimIds: readonly string[];
  readonly claimIds: ReadonlySet<string>;
}

const SETTLED_CLAIM = new Set(['paid', 'closed', 'rejected']);

export function isOpenClaim(claim: { status: string; closedAt: string | null }): boolean {
  return claim.closedAt === null && !SETTLED_CLAIM.has(claim.status);
}

/** The digit at `i` of `s`, or -1000 (which makes the sum negative) for anything else. */
function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1000;
}

/**
 * Milliseconds of an ISO timestamp, NaN if unreadable. The gateway's own format (`toISOString()`,
 * `YYYY-MM-DDTHH:mm:ss.sssZ`, what the snapshot carries) is read digit by digit, faster than
 * `Date.parse`; anything else goes to `Date.parse`.
 */
export function parseIso(s: string): number {
  if (s.length === 24 && s.charCodeAt(10) === 84 && s.charCodeAt(23) === 90) {
    const year = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
    const month = digit(s, 5) * 10 + digit(s, 6);
    const day = digit(s, 8) * 10 + digit(s, 9);
    const hour = digit(s, 11) * 10 + digit(s, 12);
    const minute = digit(s, 14) * 10 + digit(s, 15);
    const second = digit(s, 17) * 10 + digit(s, 18);
    const ms = digit(s, 20) * 100 + digit(s, 21) * 10 + digit(s, 22);
    const valid = Math.min(year, hour, minute, second, ms) >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
    if (valid && hour <= 23 && minute <= 59 && second <= 59)
      return Date.UTC(year, month - 1, day, hour, minute, second, ms);
  }
  return Date.parse(s);
}

/** Parses an ISO timestamp; null for null or an unreadable value. */
export function parseTime(value: string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const ms = parseIso(value);
  return Number.isNaN(ms) ? null : ms;
}

export function prepare(input: RiskInput, now: Date): EngineContext {
  const tps: Tp[] = [];
  let sorted = true;
  for (const tp of input.touchpoints) {
    const at = parseIso(tp.occurredAt);
    if (Number.isNaN(at)) continue;
    const last = tps[tps.length - 1];
    if (last !== undefined && last.at < at) sorted = false;
    tps.push({ tp, at });
  }
  if (!sorted) tps.sort((a, b) => b.at - a.at);
  return {
    input,
    now: now.getTime(),
    tps,
    openClaimIds: input.claims.filter(isOpenClaim).map((c) => c.id),
    claimIds: new Set(input.claims.map((c) => c.id)),
  };
}

/** `YYYY-MM-DD` (UTC) of a time, as facts carry dates. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`, at least 1 once `to` is past `from`. */
export function daysBetween(from: number, to: number): number {
  return Math.max(1, Math.ceil((to - from) / DAY_MS));
}

export function attrString(tp: EngineTouchpoint, key: string): string | null {
  const value = tp.attributes?.[key];
  return typeof value === 'string' && value.length > 0 ? value : null;
}

export function attrNumber(tp: EngineTouchpoint, key: string): number | null {
  const value = tp.attributes?.[key];
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

/** `attributes.direction`, when the integration says which way a message went. */
export function direction(tp: EngineTouchpoint): 'inbound' | 'outbound' | null {
  const value = tp.attributes?.['direction'];
  return value === 'inbound' || value === 'outbound' ? value : null;
}

/** Ids of the first `max` touchpoints (newest first) that pass `keep`. */
export function evidenceOf(tps: readonly Tp[], keep: (t: Tp) => boolean, max = 3): string[] {
  const ids: string[] = [];
  for (const t of tps) {
    if (ids.length >= max) break;
    if (keep(t)) ids.push(t.tp.id);
  }
  return ids;
}

export const clampStrength = (s: number): number => Math.max(0, Math.min(1.5, s));

/** How long an event stays acute: the customer is still living it (stranded, waiting on a reply). */
export const ACUTE_MS = 48 * HOUR_MS;

/**
 * The recency factor of an event `ageMs` old: 1.2 as it happens, falling to 1.0 at 48 hours and
 * staying there. It multiplies a strength after the 0–1.5 clamp: the same trouble weighs more
 * while the customer is living it than once it has cooled.
 */
export function acuteness(ageMs: number): number {
  return 1 + 0.2 * Math.max(0, 1 - Math.max(0, ageMs) / ACUTE_MS);
}

/** The touchpoints at or after `from` (ms), newest first. */
export function since(ctx: EngineContext, from: number): readonly Tp[] {
  const tps = ctx.tps;
  let lo = 0;
  let hi = tps.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((tps[mid]?.at ?? 0) >= from) lo = mid + 1;
    else hi = mid;
  }
  return lo === tps.length ? tps : tps.slice(0, lo);
}
