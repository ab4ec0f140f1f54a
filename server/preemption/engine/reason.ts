/**
 * Why now: the topic the contributions add up to most is the predicted reason for the contact;
 * its root causes are the causes its points point at (other topics count a quarter).
 */
import type { RootCause } from '../../../shared/domain.js';
import type { RiskContribution, RiskReason, RiskTopicRef } from '../../../shared/schemas/risk.js';
import { topic, topicKey } from './detection.js';
import { phrase, topicLabel } from './phrases.js';

/** Weight of a cause from a contribution about another topic. */
const OTHER_TOPIC_WEIGHT = 0.25;
/** Causes with a smaller share are left out. */
const MIN_CONFIDENCE = 0.15;
/** At most this many facts in the sentence. */
const MAX_PHRASES = 4;

export const NOTHING_STANDS_OUT = 'nothing stands out';

/** Points per topic, in the order topics first appear (contributions come strongest first). */
export function topicTotals(contributions: readonly { topic: RiskTopicRef; points: number }[]): Map<string, { topic: RiskTopicRef; points: number }> {
  const totals = new Map<string, { topic: RiskTopicRef; points: number }>();
  for (const c of contributions) {
    const key = topicKey(c.topic);
    const entry = totals.get(key);
    if (entry) entry.points += c.points;
    else totals.set(key, { topic: c.topic, points: c.points });
  }
  return totals;
}

/** The topic with the most points; on a tie, the one holding the strongest contribution. */
export function strongestTopic(contributions: readonly { topic: RiskTopicRef; points: number }[]): RiskTopicRef | null {
  let best: { topic: RiskTopicRef; points: number } | null = null;
  for (const entry of topicTotals(contributions).values()) if (!best || entry.points > best.points + 1e-9) best = entry;
  return best?.topic ?? null;
}

/** `contributions` sorted by points, strongest first. */
export function explain(contributions: readonly RiskContribution[]): RiskReason {
  const about = strongestTopic(contributions);
  if (about === null) return { topic: topic('none', null), signals: [], rootCauses: [], summary: NOTHING_STANDS_OUT };
  const key = topicKey(about);
  const inTopic = contributions.filter((c) => topicKey(c.topic) === key);

  const weights = new Map<RootCause, number>();
  let total = 0;
  for (const c of contributions) {
    if (c.rootCauses.length === 0) continue;
    const w = (topicKey(c.topic) === key ? c.points : c.points * OTHER_TOPIC_WEIGHT) / c.rootCauses.length;
    for (const cause of c.rootCauses) weights.set(cause, (weights.get(cause) ?? 0) + w);
    total += w * c.rootCauses.length;
  }
  const rootCauses = [...weights]
    .map(([code, w]) => ({ code, confidence: total > 0 ? Math.round((w / total) * 100) / 100 : 0 }))
    .filter((r) => r.confidence >= MIN_CONFIDENCE)
    .sort((a, b) => b.confidence - a.confidence || a.code.localeCompare(b.code));

  const phrases = [...new Set(inTopic.map((c) => phrase(c.signal, c.facts)))].slice(0, MAX_PHRASES);
  return {
    topic: about,
    signals: inTopic.map((c) => ({ signal: c.signal, facts: c.facts })),
    rootCauses,
    summary: `likely about ${topicLabel(about)}: ${phrases.join(', ')}`,
  };
}
