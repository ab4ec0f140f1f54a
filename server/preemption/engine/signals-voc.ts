/**
 * Voice-of-the-customer signals: complaint cases, detractor scores and recorded service failures,
 * escalation words, and a past complaint about the same cause as today's trouble.
 */
import type { RootCause } from '../../../shared/domain.js';
import type { RiskFacts, RiskTopicRef } from '../../../shared/schemas/risk.js';
import type { PreemptionRules } from '../../../shared/schemas/preemption-rules.js';
import type { Complaint } from '../../../shared/schemas/voc.js';
import { DAY_MS, HOUR_MS, attrNumber, attrString, clampStrength, direction, isoDay, parseTime, since, type Tp } from './context.js';
import { topic, type Detection, type Detector } from './detection.js';
import { findEscalationWords } from './escalation-words.js';
import { isInboundContact } from './signals-touchpoints.js';

/**
 * A case still open (1.0) or escalated (1.3), +0.2 past its due date; the case's own causes.
 * Past its due date the customer is waiting for the answer: outstanding.
 */
export const openComplaint: Detector<'open_complaint'> = (ctx) => {
  const out: Detection[] = [];
  for (const c of ctx.input.complaints) {
    if (c.status !== 'open' && c.status !== 'escalated') continue;
    const opened = parseTime(c.openedAt) ?? ctx.now;
    const due = parseTime(c.dueAt);
    const lodged = (t: Tp) =>
      t.tp.id === c.originTouchpointId ||
      (t.tp.kind === 'complaint_lodged' && Math.abs(t.at - opened) < HOUR_MS);
    const overdue = due !== null && due < ctx.now;
    out.push({
      signal: 'open_complaint',
      strength: (c.status === 'escalated' ? 1.3 : 1) + (overdue ? 0.2 : 0),
      topic: c.claimId !== null ? topic('claim', c.claimId) : topic('complaint', c.id),
      rootCauses: c.rootCauses,
      evidence: ctx.tps.filter(lodged).slice(0, 3).map((t) => t.tp.id),
      facts: {
        complaintId: c.id,
        status: c.status,
        openedAt: isoDay(opened),
        daysOpen: Math.max(0, Math.floor((ctx.now - opened) / DAY_MS)),
      },
      ...(overdue ? { outstanding: { since: due, policyId: c.policyId } } : {}),
    });
  }
  return out;
};

/** Service failures recorded on the timeline, and the cause each one points at. */
const SERVICE_FAILURES: Readonly<Record<string, RootCause>> = {
  dismissive_service: 'attitude',
  wrong_advice_given: 'professionalism',
  sale_misinformation: 'professionalism',
};

interface Sign {
  readonly strength: number;
  readonly causes: readonly RootCause[];
  readonly claimId: string | null;
  readonly evidence: string | null;
  readonly facts: RiskFacts;
}

/**
 * An NPS at or below `maxNps` (0.8 at the limit, +0.1 a point lower), a CSAT at or below `maxCsat`
 * (1.0, +0.2 a point lower), a complaint closed with satisfaction ≤ 2, or a recorded service
 * failure (dismissive, wrong advice, mis-selling: 1.0), within the lookback. The strongest one,
 * +0.1 for each further one; about the survey's claim if it names one, else about service. The
 * causes are those of the recorded failures; a bare score says how unhappy, not why: it takes the
 * causes of the trouble on its topic, and keeps the rules' only when there is none.
 */
export const detractor: Detector<'detractor'> = (ctx, rule) => {
  const from = ctx.now - rule.lookbackDays * DAY_MS;
  const signs: Sign[] = [];
  for (const t of since(ctx, from)) {
    // No object built per touchpoint: most are neither scores nor failures.
    const { claimId, id } = t.tp;
    const nps = attrNumber(t.tp, 'nps');
    const csat = attrNumber(t.tp, 'csat');
    const failure = SERVICE_FAILURES[t.tp.kind];
    if (nps !== null && nps <= rule.maxNps)
      signs.push({ claimId, evidence: id, strength: 0.8 + 0.1 * (rule.maxNps - nps), causes: rule.rootCauses, facts: { nps } });
    else if (csat !== null && csat <= rule.maxCsat)
      signs.push({ claimId, evidence: id, strength: 1 + 0.2 * (rule.maxCsat - csat), causes: rule.rootCauses, facts: { csat } });
    else if (failure !== undefined)
      signs.push({ claimId, evidence: id, strength: 1, causes: [failure], facts: { failureKind: t.tp.kind } });
  }
  for (const c of ctx.input.complaints) {
    const closed = parseTime(c.closedAt);
    if (closed === null || closed < from || c.satisfaction === null || c.satisfaction > 2) continue;
    signs.push({
      strength: c.satisfaction === 1 ? 1.2 : 1,
      causes: rule.rootCauses,
      claimId: c.claimId,
      evidence: null,
      facts: { satisfaction: c.satisfaction, complaintId: c.id },
    });
  }
  const failures = signs.filter((s) => s.facts['failureKind'] !== undefined);
  const strongest = signs.reduce<Sign | undefined>((a, b) => (a === undefined || b.strength > a.strength ? b : a), undefined);
  if (strongest === undefined) return [];
  return [
    {
      signal: 'detractor',
      strength: clampStrength(strongest.strength + 0.1 * (signs.length - 1)),
      topic: strongest.claimId !== null ? topic('claim', strongest.claimId) : topic('service', null),
      // A score says how unhappy; a recorded failure says why: its causes win when there is one.
      rootCauses: [...new Set(failures.length > 0 ? failures.flatMap((s) => s.causes) : rule.rootCauses)],
      evidence: signs.flatMap((s) => (s.evidence === null ? [] : [s.evidence])).slice(0, 3),
      facts: { ...strongest.facts, ...(signs.length > 1 ? { signs: signs.length } : {}) },
      ...(failures.length === 0 ? { derivedCauses: true } : {}),
    },
  ];
};

/** What the customer wrote or said: the text of anything not outbound, the summary of a contact. */
function customerTexts(t: Tp): string[] {
  const tp = t.tp;
  if (tp.channel !== 'chat' && tp.channel !== 'email' && tp.channel !== 'voice') return [];
  if (direction(tp) === 'outbound') return [];
  const texts: string[] = [];
  const text = attrString(tp, 'text');
  if (text !== null) texts.push(text);
  if (isInboundContact(tp)) texts.push(tp.summary);
  return texts;
}

/**
 * Escalation words (complaint, regulator, lawyer, media… in every language of the rules) in
 * customer text within `lookbackHours`: 1.0, 1.2 with two or more words or messages. About the
 * message's claim if it names one; otherwise it joins the customer's strongest topic. A symptom:
 * the threat says how close the customer is to complaining, the trouble on its topic says why.
 */
export const escalationWords: Detector<'escalation_words'> = (ctx, rule) => {
  const words = new Set<string>();
  const hits: Tp[] = [];
  for (const t of since(ctx, ctx.now - rule.lookbackHours * HOUR_MS)) {
    const found = customerTexts(t).flatMap((text) => findEscalationWords(text, rule.words));
    if (found.length === 0) continue;
    hits.push(t);
    for (const w of found) words.add(w);
  }
  const newest = hits[0];
  if (newest === undefined) return [];
  const claimId = hits.find((t) => t.tp.claimId !== null)?.tp.claimId ?? null;
  return [
    {
      signal: 'escalation_words',
      strength: words.size > 1 || hits.length > 1 ? 1.2 : 1,
      topic: claimId !== null ? topic('claim', claimId) : { inherit: true, fallback: topic('complaint', null) },
      rootCauses: rule.rootCauses,
      evidence: hits.slice(0, 3).map((t) => t.tp.id),
      facts: { words: [...words].join(', '), saidAt: isoDay(newest.at) },
    },
  ];
};

/** What the other signals point at, resolved: their topic, causes, points and facts. */
export interface ActiveSignal {
  readonly topic: RiskTopicRef;
  readonly rootCauses: readonly RootCause[];
  readonly points: number;
  readonly facts: RiskFacts;
}

/**
 * A complaint closed or resolved within the lookback whose root cause is one the active signals
 * point at again: the same trouble twice. 1.0, 1.2 when more than one past complaint matches.
 * About the topic of the strongest active signal with that cause.
 */
export function priorComplaintSameCause(
  input: { complaints: readonly Complaint[]; now: number },
  rule: PreemptionRules['signals']['prior_complaint_same_cause'],
  active: readonly ActiveSignal[],
): Detection[] {
  /** The strongest active signal per cause, leaving out those read from the complaint itself. */
  const causesOf = (complaintId: string) => {
    const byCause = new Map<RootCause, ActiveSignal>();
    for (const a of active) {
      if (a.facts['complaintId'] === complaintId) continue;
      for (const cause of a.rootCauses) {
        const best = byCause.get(cause);
        if (!best || a.points > best.points) byCause.set(cause, a);
      }
    }
    return byCause;
  };
  const from = input.now - rule.lookbackDays * DAY_MS;
  const matches = input.complaints
    .filter((c) => c.status === 'resolved' || c.status === 'closed')
    .map((c) => {
      const byCause = causesOf(c.id);
      return { c, byCause, at: parseTime(c.closedAt) ?? parseTime(c.openedAt) ?? 0, causes: c.rootCauses.filter((r) => byCause.has(r)) };
    })
    .filter((m) => m.at >= from && m.at <= input.now && m.causes.length > 0)
    .sort((a, b) => b.at - a.at);
  const newest = matches[0];
  if (newest === undefined) return [];
  const about = newest.causes
    .map((cause) => newest.byCause.get(cause))
    .reduce<ActiveSignal | undefined>((a, b) => (a === undefined || (b !== undefined && b.points > a.points) ? b : a), undefined);
  return [
    {
      signal: 'prior_complaint_same_cause',
      strength: matches.length > 1 ? 1.2 : 1,
      topic: about?.topic ?? topic('complaint', newest.c.id),
      rootCauses: newest.causes,
      evidence: newest.c.originTouchpointId !== null ? [newest.c.originTouchpointId] : [],
      facts: { complaintId: newest.c.id, closedAt: isoDay(newest.at), cause: newest.causes.join(', '), complaints: matches.length },
    },
  ];
}
