/**
 * The English sentence of a reason ("likely about claim C-2031: promised 2026-11-18, 4 days late,
 * adjuster no-show, 6 portal visits in 24 h"), for logs, APIs and the evaluation. The desktop
 * builds its own sentence from the facts in the agent's language.
 */
import type { RiskSignal } from '../../../shared/domain.js';
import type { RiskFactKey } from '../../../shared/schemas/risk-facts.js';
import type { RiskFacts, RiskTopicRef } from '../../../shared/schemas/risk.js';

const text = (facts: RiskFacts, key: RiskFactKey): string | null => {
  const v = facts[key];
  return v === undefined ? null : String(v);
};
const count = (n: string | null, unit: string) => `${n ?? '?'} ${unit}${n === '1' ? '' : 's'}`;

/** A touchpoint kind code in words: `adjuster_no_show` → `adjuster no-show`. */
export const humaniseKind = (kind: string): string => kind.replace(/[_.]/g, ' ').replace(/\bno show\b/, 'no-show');
const kindText = (facts: RiskFacts, key: RiskFactKey): string | null => {
  const kind = text(facts, key);
  return kind === null ? null : humaniseKind(kind);
};
/** What arrived late: `gift_not_delivered` → `gift`, `policy_documents_delayed` → `policy documents`. */
const itemText = (facts: RiskFacts): string | null => {
  const kind = text(facts, 'itemKind');
  if (kind === null) return null;
  return kind === 'delivery_late' ? 'delivery' : humaniseKind(kind.replace(/_(delayed|not_delivered|delivery_late)$/, ''));
};

const PHRASES: Readonly<Record<RiskSignal, (f: RiskFacts) => string>> = {
  claim_overdue: (f) => `promised ${text(f, 'promisedAt') ?? '?'}, ${count(text(f, 'daysLate'), 'day')} late`,
  promise_broken: (f) =>
    text(f, 'state') === 'broken'
      ? `promise ${text(f, 'promiseId') ?? ''} (due ${text(f, 'dueAt') ?? '?'}) broken`
      : `promise ${text(f, 'promiseId') ?? ''} ${count(text(f, 'daysLate'), 'day')} overdue`,
  repeat_contact: (f) =>
    `${count(text(f, 'contacts'), 'contact')} in ${count(text(f, 'days'), 'day')}${text(f, 'chasing') !== null ? ', chasing' : ''}`,
  open_complaint: (f) =>
    `complaint ${text(f, 'complaintId') ?? ''} ${text(f, 'status') ?? 'open'} for ${count(text(f, 'daysOpen'), 'day')}`,
  prior_complaint_same_cause: (f) =>
    `complained about ${text(f, 'cause') ?? 'the same'} before (${text(f, 'complaintId') ?? '?'})`,
  payment_failed: (f) => {
    const overdue = Number(text(f, 'daysOverdue') ?? 0);
    const on = text(f, 'failedAt');
    return `payment failed${on ? ` on ${on}` : ''}${overdue > 0 ? `, ${count(String(overdue), 'day')} overdue` : ''}`;
  },
  pending_cancellation: (f) => `policy ${text(f, 'policyId') ?? ''} pending cancellation`,
  refund_unanswered: (f) =>
    `refund asked for on ${text(f, 'requestedAt') ?? '?'}, ${count(text(f, 'daysWaiting'), 'day')} without it`,
  portal_struggle: (f) => {
    const views = text(f, 'pageViews');
    const parts = views === null || views === '0' ? [] : [`${count(views, 'portal visit')} in ${text(f, 'hours') ?? '24'} h`];
    const dwell = text(f, 'dwellSeconds');
    if (dwell !== null) parts.push(`${dwell} s on one page`);
    const failed = text(f, 'failedActions');
    if (failed !== null) parts.push(count(failed, 'failed action'));
    return parts.join(', ');
  },
  partner_failure: (f) => kindText(f, 'failureKind') ?? 'partner failure',
  premium_rise: (f) => `renewal premium up ${text(f, 'premiumChangePct') ?? '?'}%`,
  detractor: (f) => {
    if (text(f, 'nps') !== null) return `NPS ${text(f, 'nps') ?? ''}`;
    if (text(f, 'csat') !== null) return `CSAT ${text(f, 'csat') ?? ''}`;
    if (text(f, 'satisfaction') !== null)
      return `rated complaint ${text(f, 'complaintId') ?? ''} ${text(f, 'satisfaction') ?? ''}/5`;
    return kindText(f, 'failureKind') ?? 'unhappy with the service';
  },
  data_corrected: (f) => `policy data corrected${text(f, 'field') ? ` (${text(f, 'field') ?? ''})` : ''}`,
  delivery_late: (f) => `${itemText(f) ?? 'delivery'} late`,
  escalation_words: (f) => `said "${text(f, 'words') ?? ''}"`,
  claim_rejected: (f) => {
    const told = kindText(f, 'toldKind');
    return `rejected on ${text(f, 'rejectedAt') ?? '?'}${told !== null ? ` after ${told}` : ''}`;
  },
};

export function phrase(signal: RiskSignal, facts: RiskFacts): string {
  return PHRASES[signal](facts);
}

export function topicLabel(t: RiskTopicRef): string {
  const ref = t.ref;
  switch (t.kind) {
    case 'claim':
      return ref ? `claim ${ref}` : 'a claim';
    case 'promise':
      return ref ? `promise ${ref}` : 'a promise';
    case 'payment':
      return ref ? `the payment on ${ref}` : 'a payment';
    case 'refund':
      return ref ? `the refund on ${ref}` : 'a refund';
    case 'renewal':
      return ref ? `the renewal of ${ref}` : 'a renewal';
    case 'complaint':
      return ref ? `complaint ${ref}` : 'a complaint';
    case 'portal':
      return 'the portal';
    case 'delivery':
      return ref ? `a delivery for ${ref}` : 'a delivery';
    case 'policy_data':
      return ref ? `the data on policy ${ref}` : 'policy data';
    case 'service':
      return 'the service they got';
    case 'none':
      return 'nothing';
  }
}
