/**
 * The evaluation: labelled scenarios + rules → metrics. Pure (the script does the reading and
 * printing). Reason top-1: the predicted topic (kind and id) equals the label. Root causes:
 * precision and recall per code over the reason's causes. High risk: band `high` against the label.
 */
import { ROOT_CAUSES, type RiskBand, type RootCause } from '../../../shared/domain.js';
import type { PreemptionRules } from '../../../shared/schemas/preemption-rules.js';
import type { RiskAssessment, RiskTopicRef } from '../../../shared/schemas/risk.js';
import { assessRisk } from '../engine/assess.js';
import type { RiskInput } from '../engine/types.js';
import type { Scenario } from './scenario.js';

export const TARGETS = { reasonTop1: 0.9, highRecall: 0.95, falseAlarmRate: 0.1 } as const;

export interface Prediction {
  readonly topic: RiskTopicRef;
  readonly rootCauses: readonly RootCause[];
  readonly band: RiskBand;
  readonly score: number;
  readonly summary: string;
}

export interface Labelled {
  readonly id: string;
  readonly expect: Scenario['expect'];
  readonly predicted: Prediction;
}

export interface CauseMetric {
  readonly code: RootCause;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  /** null when the code was never predicted / never expected. */
  readonly precision: number | null;
  readonly recall: number | null;
}

export interface EvalMetrics {
  readonly scenarios: number;
  readonly reasonTop1: number;
  readonly rootCauses: readonly CauseMetric[];
  readonly expectedHigh: number;
  readonly expectedNotHigh: number;
  /** Share of the customers labelled high that the engine puts in the high band. */
  readonly highRecall: number | null;
  /** Share of the customers labelled not high that the engine puts in the high band. */
  readonly falseAlarmRate: number | null;
}

export interface Miss {
  readonly id: string;
  readonly what: string[];
}

const sameTopic = (a: RiskTopicRef, b: RiskTopicRef) => a.kind === b.kind && a.ref === b.ref;
const share = (n: number, of: number) => (of === 0 ? null : n / of);

export function computeMetrics(results: readonly Labelled[]): EvalMetrics {
  const topicHits = results.filter((r) => sameTopic(r.expect.topic, r.predicted.topic)).length;
  const rootCauses = ROOT_CAUSES.map((code): CauseMetric => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const r of results) {
      const expected = r.expect.rootCauses.includes(code);
      const predicted = r.predicted.rootCauses.includes(code);
      if (expected && predicted) tp++;
      else if (predicted) fp++;
      else if (expected) fn++;
    }
    return { code, truePositives: tp, falsePositives: fp, falseNegatives: fn, precision: share(tp, tp + fp), recall: share(tp, tp + fn) };
  });
  const high = results.filter((r) => r.expect.high);
  const notHigh = results.filter((r) => !r.expect.high);
  return {
    scenarios: results.length,
    reasonTop1: results.length === 0 ? 0 : topicHits / results.length,
    rootCauses,
    expectedHigh: high.length,
    expectedNotHigh: notHigh.length,
    highRecall: share(high.filter((r) => r.predicted.band === 'high').length, high.length),
    falseAlarmRate: share(notHigh.filter((r) => r.predicted.band === 'high').length, notHigh.length),
  };
}

/** What a scenario got wrong, for the list of misses. */
export function missOf(r: Labelled): Miss | null {
  const what: string[] = [];
  const t = (x: RiskTopicRef) => `${x.kind}${x.ref ? ` ${x.ref}` : ''}`;
  if (!sameTopic(r.expect.topic, r.predicted.topic)) what.push(`reason ${t(r.predicted.topic)}, expected ${t(r.expect.topic)}`);
  const isHigh = r.predicted.band === 'high';
  if (isHigh !== r.expect.high)
    what.push(r.expect.high ? `not high (${r.predicted.band}, ${r.predicted.score})` : `false alarm (score ${r.predicted.score})`);
  const missing = r.expect.rootCauses.filter((c) => !r.predicted.rootCauses.includes(c));
  const extra = r.predicted.rootCauses.filter((c) => !r.expect.rootCauses.includes(c));
  if (missing.length > 0) what.push(`missing cause ${missing.join(', ')}`);
  if (extra.length > 0) what.push(`extra cause ${extra.join(', ')}`);
  return what.length === 0 ? null : { id: r.id, what };
}

/** Which targets the metrics miss (empty: all met). */
export function failedTargets(m: EvalMetrics): string[] {
  const failed: string[] = [];
  if (m.reasonTop1 < TARGETS.reasonTop1) failed.push(`reason top-1 below ${TARGETS.reasonTop1 * 100}%`);
  if (m.highRecall !== null && m.highRecall < TARGETS.highRecall) failed.push(`high-risk recall below ${TARGETS.highRecall * 100}%`);
  if (m.falseAlarmRate !== null && m.falseAlarmRate > TARGETS.falseAlarmRate)
    failed.push(`false alarms above ${TARGETS.falseAlarmRate * 100}%`);
  return failed;
}

export interface EvalReport {
  readonly results: readonly Labelled[];
  readonly metrics: EvalMetrics;
  readonly misses: readonly Miss[];
  readonly failed: readonly string[];
}

type Assess = (input: RiskInput, rules: PreemptionRules, now: Date) => RiskAssessment;

export function evaluate(scenarios: readonly Scenario[], rules: PreemptionRules, assess: Assess = assessRisk): EvalReport {
  const results = scenarios.map((s): Labelled => {
    const a = assess(s.input, rules, s.now);
    return {
      id: s.id,
      expect: s.expect,
      predicted: {
        topic: a.reason.topic,
        rootCauses: a.reason.rootCauses.map((r) => r.code),
        band: a.band,
        score: a.score,
        summary: a.reason.summary,
      },
    };
  });
  const metrics = computeMetrics(results);
  return {
    results,
    metrics,
    misses: results.map(missOf).filter((m): m is Miss => m !== null),
    failed: failedTargets(metrics),
  };
}
