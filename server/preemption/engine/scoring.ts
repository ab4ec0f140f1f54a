/**
 * From detections to scored contributions: points = weight × strength × tier multiplier; symptoms
 * with no subject join the strongest topic and take its causes; score = the sum, capped at 100.
 */
import { RISK_SIGNALS, type RiskBand } from '../../../shared/domain.js';
import type { PreemptionRules } from '../../../shared/schemas/preemption-rules.js';
import type { RiskContribution, RiskTopicRef } from '../../../shared/schemas/risk.js';
import { SYMPTOM_SIGNALS, isInherited, topicKey, type Detection } from './detection.js';
import { strongestTopic } from './reason.js';

const round2 = (n: number) => Math.round(n * 100) / 100;

export function bandOf(score: number, bands: PreemptionRules['bands']): RiskBand {
  if (score >= bands.high) return 'high';
  if (score >= bands.medium) return 'medium';
  return 'low';
}

export function scoreOf(contributions: readonly RiskContribution[]): number {
  return Math.min(100, Math.round(contributions.reduce((sum, c) => sum + c.points, 0)));
}

const SIGNAL_ORDER = new Map(RISK_SIGNALS.map((s, i) => [s, i]));

export function byPoints(a: RiskContribution, b: RiskContribution): number {
  return (
    b.points - a.points ||
    (SIGNAL_ORDER.get(a.signal) ?? 0) - (SIGNAL_ORDER.get(b.signal) ?? 0) ||
    topicKey(a.topic).localeCompare(topicKey(b.topic))
  );
}

function strongest(list: readonly RiskContribution[]): RiskContribution | undefined {
  return list.reduce<RiskContribution | undefined>((a, b) => (a === undefined || b.points > a.points ? b : a), undefined);
}

/**
 * Scores detections: points = weight × strength × tier multiplier (an acute failure is not damped
 * by a multiplier below 1). A symptom that names no topic joins the topic with the most points,
 * else its fallback. A contribution whose causes are derived (symptoms, bare scores, a
 * consequence) takes the causes of the strongest contribution on its topic that states its own,
 * and adds none of its own; with no such contribution it keeps its own.
 */
export function score(detections: readonly Detection[], rules: PreemptionRules, tierMultiplier: number): RiskContribution[] {
  const contribution = (d: Detection, about: RiskTopicRef): RiskContribution => ({
    signal: d.signal,
    weight: rules.signals[d.signal].weight,
    points: round2(rules.signals[d.signal].weight * d.strength * (d.acute === true ? Math.max(1, tierMultiplier) : tierMultiplier)),
    topic: about,
    rootCauses: [...d.rootCauses],
    evidence: [...d.evidence],
    facts: d.facts,
  });
  const isDerived = (d: Detection) => d.derivedCauses === true || SYMPTOM_SIGNALS.has(d.signal);
  const concrete: { c: RiskContribution; derived: boolean }[] = [];
  const inheriting: { d: Detection; fallback: RiskTopicRef }[] = [];
  for (const d of detections) {
    const about = d.topic;
    if (isInherited(about)) inheriting.push({ d, fallback: about.fallback });
    else concrete.push({ c: contribution(d, about), derived: isDerived(d) });
  }
  const joined = strongestTopic(concrete.map((x) => x.c));
  const all = [
    ...concrete,
    ...inheriting.map(({ d, fallback }) => ({ c: contribution(d, joined ?? fallback), derived: isDerived(d) })),
  ];
  const stating = all.filter((x) => !x.derived).map((x) => x.c);
  return all
    .map(({ c, derived }) => {
      if (!derived) return c;
      const key = topicKey(c.topic);
      const onTopic = strongest(stating.filter((s) => topicKey(s.topic) === key));
      return onTopic ? { ...c, rootCauses: [...onTopic.rootCauses] } : c;
    })
    .sort(byPoints);
}
