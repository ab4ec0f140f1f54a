/**
 * The complaint pre-emption engine: one customer's facts and recent touchpoints in, a risk
 * assessment out (score, band, contributions with evidence, the reason, playbooks). Pure: no I/O,
 * no clock of its own; it runs on every ingested touchpoint.
 */
import type { RiskSignal } from '../../../shared/domain.js';
import type { PreemptionRules } from '../../../shared/schemas/preemption-rules.js';
import type { RiskAssessment } from '../../../shared/schemas/risk.js';
import { prepare, type EngineContext } from './context.js';
import { isInherited, type Detection, type Detector, type Outstanding } from './detection.js';
import { selectPlaybooks } from './playbooks.js';
import { explain } from './reason.js';
import { bandOf, byPoints, score, scoreOf } from './scoring.js';
import { claimOverdue, claimRejected, partnerFailure, promiseBroken } from './signals-claims.js';
import {
  dataCorrected,
  deliveryLate,
  paymentFailed,
  pendingCancellation,
  premiumRise,
  refundUnanswered,
} from './signals-policy.js';
import { portalStruggle, repeatContact } from './signals-touchpoints.js';
import { detractor, escalationWords, openComplaint, priorComplaintSameCause } from './signals-voc.js';
import type { RiskInput } from './types.js';

type Runner = (ctx: EngineContext, rules: PreemptionRules) => Detection[];

/** A detector run with its own rule, or not at all when the rules disable it. */
function runner<S extends RiskSignal>(signal: S, detect: Detector<S>): Runner {
  return (ctx, rules) => {
    const rule = rules.signals[signal];
    return rule.enabled ? detect(ctx, rule).filter((d) => d.strength > 0) : [];
  };
}

/**
 * Every signal read straight from the data. `repeat_contact` runs after them (a contact about
 * something they found overdue is a chase), `prior_complaint_same_cause` after it (it matches the
 * causes the others point at).
 */
const DETECTORS: readonly Runner[] = [
  runner('claim_overdue', claimOverdue),
  runner('promise_broken', promiseBroken),
  runner('claim_rejected', claimRejected),
  runner('open_complaint', openComplaint),
  runner('payment_failed', paymentFailed),
  runner('pending_cancellation', pendingCancellation),
  runner('refund_unanswered', refundUnanswered),
  runner('portal_struggle', portalStruggle),
  runner('partner_failure', partnerFailure),
  runner('premium_rise', premiumRise),
  runner('detractor', detractor),
  runner('data_corrected', dataCorrected),
  runner('delivery_late', deliveryLate),
  runner('escalation_words', escalationWords),
];

export function assessRisk(input: RiskInput, rules: PreemptionRules, now: Date): RiskAssessment {
  const ctx = prepare(input, now);
  const tierMultiplier = rules.tierMultipliers[input.customer.tier];
  const detections = DETECTORS.flatMap((run) => run(ctx, rules));
  const repeat = rules.signals.repeat_contact;
  if (repeat.enabled) {
    const outstanding = detections.flatMap((d): Outstanding[] =>
      d.outstanding !== undefined && !isInherited(d.topic) ? [{ topic: d.topic, ...d.outstanding }] : [],
    );
    detections.push(...repeatContact(ctx, repeat, outstanding).filter((d) => d.strength > 0));
  }
  let contributions = score(detections, rules, tierMultiplier);

  const prior = rules.signals.prior_complaint_same_cause;
  if (prior.enabled && contributions.length > 0) {
    const again = priorComplaintSameCause({ complaints: input.complaints, now: ctx.now }, prior, contributions);
    if (again.length > 0) contributions = [...contributions, ...score(again, rules, tierMultiplier)].sort(byPoints);
  }

  const total = scoreOf(contributions);
  const band = bandOf(total, rules.bands);
  const reason = explain(contributions);
  return {
    customerId: input.customer.id,
    score: total,
    band,
    tierMultiplier,
    contributions,
    reason,
    playbooks: selectPlaybooks(ctx, rules, { band, reason, contributions }),
    rulesVersion: rules.version,
    computedAt: now.toISOString(),
  };
}
