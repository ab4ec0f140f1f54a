/** Behaviour signals read from the touchpoints: coming back again and again, stuck in the portal. */
import type { PreemptionRules } from '../../../shared/schemas/preemption-rules.js';
import type { RiskFacts, RiskTopicRef } from '../../../shared/schemas/risk.js';
import {
  DAY_MS,
  HOUR_MS,
  MINUTE_MS,
  acuteness,
  attrString,
  clampStrength,
  direction,
  since,
  type EngineContext,
  type Tp,
} from './context.js';
import { topic, topicKey, type Detection, type Detector, type Outstanding } from './detection.js';
import type { EngineTouchpoint } from './types.js';

/** Contacts the customer starts, as the seed and the integrations name them. */
export const INBOUND_CONTACT_KINDS: ReadonlySet<string> = new Set([
  'voice_call_inbound',
  'chat_session',
  'email_inquiry',
  'claim_follow_up_call',
  'branch_visit',
  'ivr_self_service',
]);

/** Event-style kinds (`contact.*`, `chat.*`): one conversation writes several of them. */
function isContactEvent(tp: EngineTouchpoint): boolean {
  return (
    (tp.channel === 'voice' || tp.channel === 'chat') &&
    (tp.kind.startsWith('contact.') || tp.kind.startsWith('chat.'))
  );
}

export function isInboundContact(tp: EngineTouchpoint): boolean {
  if (direction(tp) === 'outbound') return false;
  return INBOUND_CONTACT_KINDS.has(tp.kind) || tp.kind.endsWith('_inbound') || isContactEvent(tp);
}

/** Events of one conversation are at most this far apart (a chat writes one per message). */
const SAME_CONVERSATION_MS = 30 * MINUTE_MS;
const CLAIM_STAGES = new Set(['claim_report', 'rescue', 'claim']);

/** The claim a contact is about: its own claimId, or the only open claim for a claim-stage contact. */
function claimOfContact(ctx: EngineContext, tp: EngineTouchpoint): string | null {
  if (tp.claimId !== null) return tp.claimId;
  const only = ctx.openClaimIds.length === 1 ? ctx.openClaimIds[0] : undefined;
  return CLAIM_STAGES.has(tp.stage) && only !== undefined ? only : null;
}

/** Inbound contacts in the window, one per conversation, newest first. */
function contactsSince(ctx: EngineContext, from: number): Tp[] {
  const contacts: Tp[] = [];
  const lastEventAt = new Map<string, number>();
  for (const t of since(ctx, from)) {
    if (!isInboundContact(t.tp)) continue;
    if (isContactEvent(t.tp)) {
      const previous = lastEventAt.get(t.tp.channel);
      lastEventAt.set(t.tp.channel, t.at);
      if (previous !== undefined && previous - t.at <= SAME_CONVERSATION_MS) continue;
    }
    contacts.push(t);
  }
  return contacts;
}

/**
 * What a contact is about: its claim; else, naming no claim, the overdue item on its policy, else
 * the customer's only overdue item; else nothing (null).
 */
function subjectOfContact(ctx: EngineContext, tp: EngineTouchpoint, outstanding: readonly Outstanding[]): RiskTopicRef | null {
  const claimId = claimOfContact(ctx, tp);
  if (claimId !== null) return topic('claim', claimId);
  const onPolicy = tp.policyId === null ? undefined : outstanding.find((o) => o.policyId === tp.policyId);
  if (onPolicy) return onPolicy.topic;
  const [only] = outstanding;
  return outstanding.length === 1 && only !== undefined ? only.topic : null;
}

/** The overdue items, one per topic, each overdue since the earliest of its signals says. */
function byTopic(outstanding: readonly Outstanding[]): Outstanding[] {
  const items = new Map<string, Outstanding>();
  for (const o of outstanding) {
    const key = topicKey(o.topic);
    const seen = items.get(key);
    if (!seen || o.since < seen.since) items.set(key, { ...o, policyId: seen?.policyId ?? o.policyId });
  }
  return [...items.values()];
}

/**
 * Inbound contacts within `windowDays` about the same thing: the same claim, the same overdue item,
 * or (for contacts that name nothing) together. Contacts that name nothing join the one subject
 * contacted about in the window when there is just one. A group fires at `minContacts` contacts;
 * a contact about something already overdue (`outstanding`) is a chase, and then the customer's
 * original request (the claim, the refund, the promise they were given) counts as a contact before
 * the chases, unless it is itself a contact in the window: one chase is a repeat contact. Strength 1.0 at the minimum, +0.2 a contact, × the
 * recency factor of the newest contact (a customer waiting on an answer since this morning).
 * Without a subject the symptom joins the customer's strongest topic.
 */
export function repeatContact(
  ctx: EngineContext,
  rule: PreemptionRules['signals']['repeat_contact'],
  outstanding: readonly Outstanding[] = [],
): Detection[] {
  const contacts = contactsSince(ctx, ctx.now - rule.windowDays * DAY_MS);
  if (contacts.length === 0) return [];
  const items = byTopic(outstanding);
  const groups = new Map<string, { about: RiskTopicRef | null; list: Tp[] }>();
  for (const t of contacts) {
    const about = subjectOfContact(ctx, t.tp, items);
    const key = about === null ? '' : topicKey(about);
    const group = groups.get(key);
    if (group) group.list.push(t);
    else groups.set(key, { about, list: [t] });
  }
  const unnamed = groups.get('');
  const named = [...groups.values()].filter((g) => g.about !== null);
  const [onlyNamed] = named;
  if (unnamed && named.length === 1 && onlyNamed !== undefined) {
    onlyNamed.list = contacts;
    groups.delete('');
  }
  const out: Detection[] = [];
  for (const { about, list } of groups.values()) {
    const newest = list[0];
    if (newest === undefined) continue;
    const key = about === null ? null : topicKey(about);
    const item = items.find((o) => topicKey(o.topic) === key);
    // Chases: contacts after the item fell due. The original request counts as one contact
    // before them, unless it is itself in the window (then it is already counted).
    const chases = item === undefined ? 0 : list.filter((t) => t.at >= item.since).length;
    const chasing = chases > 0;
    const count = Math.max(list.length, chasing ? chases + 1 : 0);
    if (count < rule.minContacts) continue;
    const facts: RiskFacts = { contacts: list.length, days: rule.windowDays };
    if (chasing) facts['chasing'] = 1;
    out.push({
      signal: 'repeat_contact',
      strength: clampStrength(1 + 0.2 * (count - rule.minContacts)) * acuteness(ctx.now - newest.at),
      topic: about ?? { inherit: true, fallback: fallbackTopic(list) },
      rootCauses: rule.rootCauses,
      evidence: list.slice(0, 5).map((t) => t.tp.id),
      facts,
    });
  }
  return out;
}

/** Renewal or refund contacts that name nothing else are about that; the rest about service. */
function fallbackTopic(list: readonly Tp[]): RiskTopicRef {
  const stages = new Set(list.map((t) => t.tp.stage));
  const policyId = list.find((t) => t.tp.policyId !== null)?.tp.policyId ?? null;
  if (stages.size === 1 && stages.has('renewal')) return topic('renewal', policyId);
  if (stages.size === 1 && stages.has('refund')) return topic('refund', policyId);
  return topic('service', null);
}

const VIEW_KIND = /view|page|session|checked|visit/;

/** What a portal touchpoint concerns: a claim (by id or by its path), a renewal, a refund, a payment. */
function subjectOf(ctx: EngineContext, tp: EngineTouchpoint, path: string | null): RiskTopicRef {
  if (tp.claimId !== null) return topic('claim', tp.claimId);
  if (path !== null) for (const id of ctx.claimIds) if (path.includes(id)) return topic('claim', id);
  const policies = ctx.input.policies;
  const policyId = tp.policyId ?? (policies.length === 1 ? (policies[0]?.id ?? null) : null);
  const text = `${tp.kind} ${path ?? ''}`;
  if (policyId !== null) {
    if (text.includes('renewal')) return topic('renewal', policyId);
    if (text.includes('refund')) return topic('refund', policyId);
    if (text.includes('pay')) return topic('payment', policyId);
  }
  return topic('portal', null);
}

interface Subject {
  readonly topic: RiskTopicRef;
  readonly tps: Tp[];
  readonly views: Map<string, number>;
  maxDwell: number;
  failed: number;
}

function isPaymentFailure(tp: EngineTouchpoint): boolean {
  return tp.anomaly === 'failed_payment' || tp.kind.includes('payment_failed');
}

/**
 * Subjects the customer can only wait for: rereading their status is impatience (timeliness),
 * not confusion about what a page says (the rules' cause, for every other page).
 */
const WAITED_FOR: ReadonlySet<RiskTopicRef['kind']> = new Set(['claim', 'refund']);

/**
 * Within `windowHours` in the portal or app, per subject: one page viewed `samePageViews` times
 * (1.0, +0.1 a view), a page read for `longDwellSeconds` (0.8, up to 1.2 at three times as long),
 * or `failedActions` failed actions (1.0, +0.2 each); +0.2 for each further kind of trouble.
 * A symptom: next to a cause on its topic it takes that cause; alone on a claim or refund page it
 * is timeliness, elsewhere the rules' cause.
 */
export const portalStruggle: Detector<'portal_struggle'> = (ctx, rule) => {
  const subjects = new Map<string, Subject>();
  for (const t of since(ctx, ctx.now - rule.windowHours * HOUR_MS)) {
    const tp = t.tp;
    if (tp.channel !== 'portal' && tp.channel !== 'app') continue;
    const path = attrString(tp, 'path') ?? attrString(tp, 'page');
    const about = subjectOf(ctx, tp, path);
    const key = topicKey(about);
    let subject = subjects.get(key);
    if (!subject) {
      subject = { topic: about, tps: [], views: new Map(), maxDwell: 0, failed: 0 };
      subjects.set(key, subject);
    }
    subject.tps.push(t);
    if (VIEW_KIND.test(tp.kind)) {
      const page = path ?? tp.kind;
      subject.views.set(page, (subject.views.get(page) ?? 0) + 1);
    }
    subject.maxDwell = Math.max(subject.maxDwell, tp.dwellSeconds ?? 0);
    if ((tp.attributes?.['failed'] === true || tp.kind.endsWith('_failed')) && !isPaymentFailure(tp)) subject.failed++;
  }
  const out: Detection[] = [];
  for (const subject of subjects.values()) {
    let topPage = '';
    let topViews = 0;
    let totalViews = 0;
    for (const [page, n] of subject.views) {
      totalViews += n;
      if (n > topViews) [topPage, topViews] = [page, n];
    }
    const parts: number[] = [];
    const facts: RiskFacts = { pageViews: totalViews, path: topPage, hours: rule.windowHours };
    if (topViews >= rule.samePageViews) parts.push(1 + 0.1 * (topViews - rule.samePageViews));
    if (subject.maxDwell >= rule.longDwellSeconds) {
      parts.push(Math.min(1.2, 0.8 + 0.2 * (subject.maxDwell / rule.longDwellSeconds - 1)));
      facts['dwellSeconds'] = subject.maxDwell;
    }
    if (subject.failed >= rule.failedActions) {
      parts.push(1 + 0.2 * (subject.failed - rule.failedActions));
      facts['failedActions'] = subject.failed;
    }
    if (parts.length === 0) continue;
    const shows = (t: Tp) =>
      (t.tp.dwellSeconds ?? 0) >= rule.longDwellSeconds ||
      t.tp.attributes?.['failed'] === true ||
      (attrString(t.tp, 'path') ?? attrString(t.tp, 'page') ?? t.tp.kind) === topPage;
    out.push({
      signal: 'portal_struggle',
      strength: clampStrength(Math.max(...parts) + 0.2 * (parts.length - 1)),
      topic: subject.topic,
      rootCauses: WAITED_FOR.has(subject.topic.kind) ? ['timeliness'] : rule.rootCauses,
      evidence: subject.tps.filter(shows).slice(0, 5).map((t) => t.tp.id),
      facts,
    });
  }
  return out;
};
