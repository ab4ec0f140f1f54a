/**
 * Claim-side signals: a claim past its promised date, a broken promise, a partner who failed, a
 * claim rejected.
 */
import type { RiskFacts } from '../../../shared/schemas/risk.js';
import {
  ACUTE_MS,
  DAY_MS,
  HOUR_MS,
  acuteness,
  clampStrength,
  daysBetween,
  evidenceOf,
  isOpenClaim,
  isoDay,
  parseTime,
  since,
  type EngineContext,
  type Tp,
} from './context.js';
import { topic, type Detection, type Detector } from './detection.js';
import { RECENT_DAYS } from './types.js';

/** One curve for anything promised by a date: 0.9 one day late, +0.1 a day, 1.5 from a week. */
const lateness = (daysLate: number) => 0.8 + 0.1 * daysLate;

/** An open claim past `promisedAt` + grace, as late as `lateness` says. */
export const claimOverdue: Detector<'claim_overdue'> = (ctx, rule) => {
  const out: Detection[] = [];
  for (const claim of ctx.input.claims) {
    if (!isOpenClaim(claim)) continue;
    const promised = parseTime(claim.promisedAt);
    if (promised === null || promised + rule.graceHours * HOUR_MS >= ctx.now) continue;
    const daysLate = daysBetween(promised, ctx.now);
    out.push({
      signal: 'claim_overdue',
      strength: clampStrength(lateness(daysLate)),
      topic: topic('claim', claim.id),
      rootCauses: rule.rootCauses,
      evidence: evidenceOf(ctx.tps, (t) => t.tp.claimId === claim.id),
      facts: { claimId: claim.id, promisedAt: isoDay(promised), daysLate },
      outstanding: { since: promised + rule.graceHours * HOUR_MS, policyId: claim.policyId },
    });
  }
  return out;
};

/**
 * A promise marked broken within the snapshot (1.2 just broken, fading to 0.4 at 90 days), or
 * still open past its due date + grace (the same lateness curve as a claim).
 */
export const promiseBroken: Detector<'promise_broken'> = (ctx, rule) => {
  const out: Detection[] = [];
  for (const promise of ctx.input.promises) {
    const due = parseTime(promise.dueAt);
    if (due === null) continue;
    let strength: number;
    let overdueSince = due;
    const facts: RiskFacts = { promiseId: promise.id, dueAt: isoDay(due) };
    if (promise.status === 'broken') {
      const brokenAt = parseTime(promise.resolvedAt) ?? due;
      const age = Math.max(0, ctx.now - brokenAt);
      if (age > RECENT_DAYS * DAY_MS) continue;
      strength = 1.2 - 0.8 * (age / (RECENT_DAYS * DAY_MS));
      facts['state'] = 'broken';
    } else if (promise.status === 'open' && due + rule.graceHours * HOUR_MS < ctx.now) {
      const daysLate = daysBetween(due, ctx.now);
      strength = lateness(daysLate);
      overdueSince = due + rule.graceHours * HOUR_MS;
      facts['state'] = 'overdue';
      facts['daysLate'] = daysLate;
    } else continue;
    if (promise.claimId !== null) facts['claimId'] = promise.claimId;
    out.push({
      signal: 'promise_broken',
      strength: clampStrength(strength),
      topic: promise.claimId !== null ? topic('claim', promise.claimId) : topic('promise', promise.id),
      rootCauses: rule.rootCauses,
      evidence: evidenceOf(
        ctx.tps,
        (t) => t.tp.kind.includes('promise') && (promise.claimId === null || t.tp.claimId === promise.claimId),
      ),
      facts,
      outstanding: { since: overdueSince, policyId: policyOfClaim(ctx, promise.claimId) },
    });
  }
  return out;
};

function policyOfClaim(ctx: EngineContext, claimId: string | null): string | null {
  if (claimId === null) return null;
  return ctx.input.claims.find((c) => c.id === claimId)?.policyId ?? null;
}

const PARTNER_FAILURE_KINDS = new Set(['rescue_late', 'rescue_no_show', 'adjuster_no_show']);

function isPartnerFailure(t: Tp): boolean {
  const { kind, anomaly, partnerId } = t.tp;
  if (PARTNER_FAILURE_KINDS.has(kind) || kind.endsWith('no_show')) return true;
  return partnerId !== null && (anomaly === 'no_show' || anomaly === 'sla_breach');
}

/**
 * The failure's kind code, for the facts (each reader words it): the touchpoint's own kind when it
 * names the failure (`adjuster_no_show`), else `partner_no_show` / `partner_late` from its anomaly.
 */
function failureKind(t: Tp): string {
  if (PARTNER_FAILURE_KINDS.has(t.tp.kind) || t.tp.kind.endsWith('no_show')) return t.tp.kind;
  return t.tp.anomaly === 'no_show' ? 'partner_no_show' : 'partner_late';
}

/** A rescue that never came leaves the customer stranded (1.5); other no-shows 1.2; late 1.0. */
function severity(t: Tp): number {
  const noShow = t.tp.kind.includes('no_show') || t.tp.anomaly === 'no_show';
  if (noShow && (t.tp.kind.startsWith('rescue') || t.tp.stage === 'rescue')) return 1.5;
  return noShow ? 1.2 : 1;
}

/** A partner on site after all: a rescue that arrived, an adjuster's visit, a repair check-in. */
const isPartnerOnSite = (kind: string) => kind.endsWith('_arrived') || kind.endsWith('_visit') || kind === 'repair_checkin';

/**
 * Rescue or adjuster late or a no-show within the lookback, per claim: as severe as the worst one,
 * +0.2 for each further failure; weaker once the claim is settled (×0.6) or after two weeks (×0.8);
 * × the recency factor of the newest failure (1.2 as it happens, 1.0 from 48 hours). Until a
 * partner is on site after it, the customer is still waiting: the failure is outstanding, and
 * within 48 hours on an open claim it is acute (no tier damping).
 */
export const partnerFailure: Detector<'partner_failure'> = (ctx, rule) => {
  const groups = new Map<string, Tp[]>();
  for (const t of since(ctx, ctx.now - rule.lookbackDays * DAY_MS)) {
    if (!isPartnerFailure(t)) continue;
    const key = t.tp.claimId ?? '';
    const list = groups.get(key);
    if (list) list.push(t);
    else groups.set(key, [t]);
  }
  const out: Detection[] = [];
  for (const [claimId, failures] of groups) {
    const newest = failures[0];
    const oldest = failures[failures.length - 1];
    if (newest === undefined || oldest === undefined) continue;
    const base = Math.max(...failures.map(severity));
    let strength = base + 0.2 * (failures.length - 1);
    const claim = ctx.input.claims.find((c) => c.id === claimId);
    const settled = claim !== undefined && !isOpenClaim(claim);
    if (settled) strength *= 0.6;
    if (ctx.now - newest.at > 14 * DAY_MS) strength *= 0.8;
    const onSite =
      claimId !== '' &&
      ctx.tps.some((t) => t.at > newest.at && t.tp.claimId === claimId && isPartnerOnSite(t.tp.kind));
    const waiting = !settled && !onSite;
    const facts: RiskFacts = { failureKind: failureKind(newest), failures: failures.length };
    if (newest.tp.partnerId !== null) facts['partnerId'] = newest.tp.partnerId;
    if (claimId !== '') facts['claimId'] = claimId;
    const policyId = claim?.policyId ?? newest.tp.policyId;
    out.push({
      signal: 'partner_failure',
      strength: clampStrength(strength) * acuteness(ctx.now - newest.at),
      topic: claimId !== '' ? topic('claim', claimId) : topic('service', null),
      rootCauses: rule.rootCauses,
      evidence: failures.slice(0, 3).map((f) => f.tp.id),
      facts,
      ...(waiting ? { outstanding: { since: oldest.at, policyId } } : {}),
      ...(waiting && ctx.now - newest.at <= ACUTE_MS ? { acute: true } : {}),
    });
  }
  return out;
};

/** Recorded moments when the customer was told something untrue about the cover. */
const MISREPRESENTATION_KINDS: ReadonlySet<string> = new Set(['sale_misinformation', 'wrong_advice_given']);

/**
 * A claim rejected within the lookback: the claim's status is `rejected` (at its `closedAt`) or a
 * `claim_rejected` touchpoint names it (and the claim has not since been approved or paid).
 * 1.2 as the letter arrives, fading to 0.4 at the end of the lookback; +0.3 when the customer was
 * told otherwise: a mis-sale or wrong advice recorded on the claim's policy (the touchpoints reach
 * 90 days back), or a complaint about professionalism on the claim or the policy (complaints are
 * complete). The rules' causes: a refusal nobody explained is a professionalism complaint.
 */
export const claimRejected: Detector<'claim_rejected'> = (ctx, rule) => {
  const lookback = rule.lookbackDays * DAY_MS;
  const from = ctx.now - lookback;
  const letters = new Map<string, Tp>();
  for (const t of since(ctx, from))
    if (t.tp.kind === 'claim_rejected' && t.tp.claimId !== null && !letters.has(t.tp.claimId)) letters.set(t.tp.claimId, t);
  const ids = new Set([...letters.keys(), ...ctx.input.claims.filter((c) => c.status === 'rejected').map((c) => c.id)]);
  const out: Detection[] = [];
  for (const claimId of ids) {
    const claim = ctx.input.claims.find((c) => c.id === claimId);
    if (claim !== undefined && claim.status !== 'rejected') continue;
    const letter = letters.get(claimId);
    const at = Math.max(letter?.at ?? -Infinity, parseTime(claim?.closedAt) ?? -Infinity);
    if (!Number.isFinite(at) || at < from) continue;
    const policyId = claim?.policyId ?? letter?.tp.policyId ?? null;
    const onlyPolicy = ctx.input.policies.length === 1;
    const told = ctx.tps.filter(
      (t) =>
        MISREPRESENTATION_KINDS.has(t.tp.kind) &&
        (t.tp.claimId === claimId || (policyId !== null && (t.tp.policyId ?? (onlyPolicy ? policyId : null)) === policyId)),
    );
    const complained = ctx.input.complaints.find(
      (c) => c.rootCauses.includes('professionalism') && (c.claimId === claimId || (policyId !== null && c.policyId === policyId)),
    );
    const misrepresented = told.length > 0 || complained !== undefined;
    const age = Math.max(0, ctx.now - at);
    const facts: RiskFacts = { claimId, rejectedAt: isoDay(at) };
    const toldBy = told[0];
    if (toldBy !== undefined) facts['toldKind'] = toldBy.tp.kind;
    else if (complained !== undefined) facts['complaintId'] = complained.id;
    out.push({
      signal: 'claim_rejected',
      strength: clampStrength(1.2 - 0.8 * Math.min(1, age / lookback) + (misrepresented ? 0.3 : 0)),
      topic: topic('claim', claimId),
      rootCauses: rule.rootCauses,
      evidence: [...(letter ? [letter.tp.id] : []), ...told.slice(0, 2).map((t) => t.tp.id)],
      facts,
    });
  }
  return out;
};
