/**
 * Policy-side signals: payments, cancellation, refunds, renewal price, policy data, deliveries.
 * Touchpoints without a policy id are grouped together under "no policy".
 */
import type { RootCause } from '../../../shared/domain.js';
import type { RiskFacts } from '../../../shared/schemas/risk.js';
import {
  DAY_MS,
  attrNumber,
  attrString,
  clampStrength,
  daysBetween,
  evidenceOf,
  isoDay,
  since,
  type EngineContext,
  type Tp,
} from './context.js';
import { topic, type Detection, type Detector } from './detection.js';

function groupByPolicy(tps: readonly Tp[], keep: (t: Tp) => boolean): Map<string | null, Tp[]> {
  const groups = new Map<string | null, Tp[]>();
  for (const t of tps) {
    if (!keep(t)) continue;
    const list = groups.get(t.tp.policyId);
    if (list) list.push(t);
    else groups.set(t.tp.policyId, [t]);
  }
  return groups;
}

/** The newest touchpoint on the policy (any policy when null) after `after` that passes `keep`. */
function laterOn(ctx: EngineContext, policyId: string | null, after: number, keep: (kind: string) => boolean): Tp | undefined {
  for (const t of ctx.tps) {
    if (t.at <= after) return undefined;
    if ((policyId === null || t.tp.policyId === policyId) && keep(t.tp.kind)) return t;
  }
  return undefined;
}

const isPaymentFailure = (t: Tp) => t.tp.anomaly === 'failed_payment' || t.tp.kind.includes('payment_failed');
const isPaymentReceived = (kind: string) => kind.includes('payment_received') || kind.includes('payment_succeeded');

/**
 * A policy whose payment status is `failed`, or a failed payment within the lookback not since
 * paid. 1.0, +0.2 for each further failure, +0.2 when more than 14 days overdue.
 */
export const paymentFailed: Detector<'payment_failed'> = (ctx, rule) => {
  const failures = groupByPolicy(since(ctx, ctx.now - rule.lookbackDays * DAY_MS), isPaymentFailure);
  for (const policy of ctx.input.policies)
    if (policy.paymentStatus === 'failed' && !failures.has(policy.id)) failures.set(policy.id, []);
  const out: Detection[] = [];
  for (const [policyId, list] of failures) {
    const policy = ctx.input.policies.find((p) => p.id === policyId);
    const newest = list[0];
    if (policy?.paymentStatus !== 'failed') {
      if (policy?.paymentStatus === 'paid' || newest === undefined) continue;
      if (laterOn(ctx, policyId, newest.at, isPaymentReceived)) continue;
    }
    const daysOverdue = policy?.daysOverdue ?? 0;
    const facts: RiskFacts = { daysOverdue };
    if (policyId !== null) facts['policyId'] = policyId;
    if (newest) facts['failedAt'] = isoDay(newest.at);
    out.push({
      signal: 'payment_failed',
      strength: clampStrength(1 + 0.2 * Math.max(0, list.length - 1) + (daysOverdue > 14 ? 0.2 : 0)),
      topic: topic('payment', policyId),
      rootCauses: rule.rootCauses,
      evidence: evidenceOf(ctx.tps, (t) => t.tp.policyId === policyId && (isPaymentFailure(t) || t.tp.kind.includes('overdue'))),
      facts,
    });
  }
  return out;
};

/**
 * A policy pending cancellation: about payment when its premium is unpaid, else about renewal.
 * A consequence, not a cause: next to a failed payment it takes that failure's causes (an insurer
 * error that bounced the debit is not a price dispute); alone it keeps the rules' (amount).
 */
export const pendingCancellation: Detector<'pending_cancellation'> = (ctx, rule) =>
  ctx.input.policies
    .filter((p) => p.status === 'pending_cancellation')
    .map((p): Detection => {
      const unpaid =
        p.paymentStatus === 'failed' ||
        p.paymentStatus === 'overdue' ||
        ctx.tps.some((t) => t.tp.policyId === p.id && isPaymentFailure(t));
      return {
        signal: 'pending_cancellation',
        strength: p.daysOverdue > 14 ? 1.2 : 1,
        topic: topic(unpaid ? 'payment' : 'renewal', p.id),
        rootCauses: rule.rootCauses,
        evidence: evidenceOf(ctx.tps, (t) => t.tp.policyId === p.id && /cancel|overdue|payment/.test(t.tp.kind)),
        facts: { policyId: p.id, daysOverdue: p.daysOverdue },
        derivedCauses: true,
      };
    });

const isRefundRequest = (kind: string) => kind.includes('refund_requested') || kind.includes('refund_delayed');
const isRefundPaid = (kind: string) => kind.includes('refund_paid');

/**
 * A refund asked for more than `limitDays` ago and not paid since, or one the insurer itself
 * marked delayed. 1.0 at the limit, +0.05 a day beyond; +0.2 once marked delayed, +0.2 for each
 * retention call after the first (endless retention steps instead of the money, "cold violence":
 * each one a further failure, as a further failure counts in the other signals). Outstanding from
 * the limit (or the delay mark, if earlier).
 */
export const refundUnanswered: Detector<'refund_unanswered'> = (ctx, rule) => {
  const out: Detection[] = [];
  for (const [policyId, requests] of groupByPolicy(ctx.tps, (t) => isRefundRequest(t.tp.kind))) {
    const paid = ctx.tps.find((t) => (policyId === null || t.tp.policyId === policyId) && isRefundPaid(t.tp.kind));
    const open = paid ? requests.filter((r) => r.at > paid.at) : requests;
    const oldest = open[open.length - 1];
    if (oldest === undefined) continue;
    const delayedAt = open.filter((r) => r.tp.kind.includes('refund_delayed')).map((r) => r.at);
    const delayed = delayedAt.length > 0;
    const waiting = ctx.now - oldest.at;
    if (!delayed && waiting <= rule.limitDays * DAY_MS) continue;
    const daysWaiting = daysBetween(oldest.at, ctx.now);
    const retention = ctx.tps.filter(
      (t) => t.at > oldest.at && t.tp.kind.includes('retention') && (policyId === null || t.tp.policyId === policyId),
    ).length;
    const facts: RiskFacts = { requestedAt: isoDay(oldest.at), daysWaiting };
    if (policyId !== null) facts['policyId'] = policyId;
    out.push({
      signal: 'refund_unanswered',
      strength: clampStrength(
        1 + 0.05 * Math.max(0, daysWaiting - rule.limitDays) + (delayed ? 0.2 : 0) + 0.2 * Math.max(0, retention - 1),
      ),
      topic: topic('refund', policyId),
      rootCauses: rule.rootCauses,
      evidence: open.slice(0, 3).map((r) => r.tp.id),
      facts,
      outstanding: { since: Math.min(oldest.at + rule.limitDays * DAY_MS, ...delayedAt), policyId },
    });
  }
  return out;
};

const isRenewed = (kind: string) => kind.includes('policy_renewed') || isPaymentReceived(kind);

/**
 * A renewal quote within the lookback with `attributes.premiumChangePct` at or above the
 * minimum: 1.0 at the minimum, +0.05 a point beyond; halved once the customer renewed or paid.
 */
export const premiumRise: Detector<'premium_rise'> = (ctx, rule) => {
  const isRise = (t: Tp) => {
    const pct = attrNumber(t.tp, 'premiumChangePct');
    return pct !== null && pct >= rule.minIncreasePct;
  };
  const only = ctx.input.policies.length === 1 ? (ctx.input.policies[0]?.id ?? null) : null;
  const out: Detection[] = [];
  for (const [key, quotes] of groupByPolicy(since(ctx, ctx.now - rule.lookbackDays * DAY_MS), isRise)) {
    const policyId = key ?? only;
    const pct = Math.max(...quotes.map((q) => attrNumber(q.tp, 'premiumChangePct') ?? 0));
    const newest = quotes[0];
    const accepted = newest !== undefined && laterOn(ctx, policyId, newest.at, isRenewed) !== undefined;
    const facts: RiskFacts = { premiumChangePct: pct };
    if (policyId !== null) facts['policyId'] = policyId;
    out.push({
      signal: 'premium_rise',
      strength: clampStrength((1 + 0.05 * (pct - rule.minIncreasePct)) * (accepted ? 0.5 : 1)),
      topic: topic('renewal', policyId),
      rootCauses: rule.rootCauses,
      evidence: quotes.slice(0, 3).map((q) => q.tp.id),
      facts,
    });
  }
  return out;
};

const isDataCorrection = (t: Tp) => /data_(error|corrected|correction)/.test(t.tp.kind);

/** Policy data found wrong or corrected within the lookback: 1.0, +0.3 for each further one. */
export const dataCorrected: Detector<'data_corrected'> = (ctx, rule) => {
  const out: Detection[] = [];
  for (const [policyId, list] of groupByPolicy(since(ctx, ctx.now - rule.lookbackDays * DAY_MS), isDataCorrection)) {
    const facts: RiskFacts = { corrections: list.length };
    if (policyId !== null) facts['policyId'] = policyId;
    const field = list.map((t) => attrString(t.tp, 'field')).find((f) => f !== null);
    if (field) facts['field'] = field;
    out.push({
      signal: 'data_corrected',
      strength: clampStrength(1 + 0.3 * (list.length - 1)),
      topic: topic('policy_data', policyId),
      rootCauses: rule.rootCauses,
      evidence: list.slice(0, 3).map((t) => t.tp.id),
      facts,
    });
  }
  return out;
};

/** Documents, invoices, gifts: `*_delayed`, `*_not_delivered`, `delivery_late` (refunds excluded). */
const isLateDelivery = (t: Tp) => {
  const kind = t.tp.kind;
  if (kind.includes('refund') || kind.startsWith('claim')) return false;
  return kind.endsWith('_delayed') || kind.endsWith('_not_delivered') || kind.includes('delivery_late');
};
const isDelivered = (kind: string) =>
  kind === 'policy_documents_emailed' || (kind.endsWith('_delivered') && !kind.endsWith('not_delivered'));

/**
 * Something promised (documents, invoice, a gift) late within the lookback: 1.0, +0.2 for each
 * further item; halved once delivered. A `*_delayed` item is late as well as unkept (timeliness).
 * Outstanding until delivered.
 */
export const deliveryLate: Detector<'delivery_late'> = (ctx, rule) => {
  const out: Detection[] = [];
  for (const [policyId, list] of groupByPolicy(since(ctx, ctx.now - rule.lookbackDays * DAY_MS), isLateDelivery)) {
    const newest = list[0];
    if (newest === undefined) continue;
    const delivered = laterOn(ctx, policyId, newest.at, isDelivered) !== undefined;
    const causes = new Set<RootCause>(rule.rootCauses);
    if (list.some((t) => t.tp.kind.endsWith('_delayed'))) causes.add('timeliness');
    const facts: RiskFacts = { itemKind: newest.tp.kind };
    if (policyId !== null) facts['policyId'] = policyId;
    const oldest = list[list.length - 1] ?? newest;
    out.push({
      signal: 'delivery_late',
      strength: clampStrength((1 + 0.2 * (list.length - 1)) * (delivered ? 0.5 : 1)),
      topic: topic('delivery', policyId),
      rootCauses: [...causes],
      evidence: list.slice(0, 3).map((t) => t.tp.id),
      facts,
      ...(delivered ? {} : { outstanding: { since: oldest.at, policyId } }),
    });
  }
  return out;
};
