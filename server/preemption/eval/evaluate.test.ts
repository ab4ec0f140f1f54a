import { describe, expect, it } from 'vitest';
import { RISK_SIGNALS, ROOT_CAUSES, TIERS } from '../../../shared/domain.js';
import { assessRisk } from '../engine/assess.js';
import { computeMetrics, evaluate, failedTargets, missOf, type Labelled } from './evaluate.js';
import { loadRulesFile } from './rules-file.js';
import { buildScenario } from './scenario.js';
import { HOLDOUT_SCENARIOS, ORIGINAL_SCENARIOS, SCENARIOS } from './scenarios/index.js';

const labelled = (
  id: string,
  expect: [kind: 'claim' | 'none', ref: string | null, causes: Labelled['expect']['rootCauses'], high: boolean],
  predicted: [kind: 'claim' | 'none' | 'refund', ref: string | null, causes: Labelled['predicted']['rootCauses'], band: 'low' | 'medium' | 'high'],
): Labelled => ({
  id,
  expect: { topic: { kind: expect[0], ref: expect[1] }, rootCauses: expect[2], high: expect[3] },
  predicted: { topic: { kind: predicted[0], ref: predicted[1] }, rootCauses: predicted[2], band: predicted[3], score: 0, summary: '' },
});

describe('computeMetrics', () => {
  const results = [
    labelled('a', ['claim', 'C-1', ['timeliness'], true], ['claim', 'C-1', ['timeliness', 'attitude'], 'high']),
    labelled('b', ['claim', 'C-2', ['timeliness', 'amount'], true], ['claim', 'C-9', ['timeliness'], 'medium']),
    labelled('c', ['none', null, [], false], ['none', null, [], 'low']),
    labelled('d', ['claim', 'C-4', ['attitude'], false], ['refund', null, ['attitude'], 'high']),
  ];

  it('counts the reason right only when kind and id both match', () => {
    expect(computeMetrics(results).reasonTop1).toBe(0.5);
  });

  it('computes precision and recall per root cause, null when there is nothing to divide by', () => {
    const byCode = new Map(computeMetrics(results).rootCauses.map((c) => [c.code, c]));
    expect(byCode.get('timeliness')).toMatchObject({ truePositives: 2, falsePositives: 0, falseNegatives: 0, precision: 1, recall: 1 });
    expect(byCode.get('attitude')).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 0, precision: 0.5, recall: 1 });
    expect(byCode.get('amount')).toMatchObject({ precision: null, recall: 0 });
    expect(byCode.get('accuracy')).toMatchObject({ precision: null, recall: null });
  });

  it('computes high-risk recall over the labelled high and false alarms over the rest', () => {
    const m = computeMetrics(results);
    expect(m).toMatchObject({ expectedHigh: 2, expectedNotHigh: 2, highRecall: 0.5, falseAlarmRate: 0.5 });
    expect(failedTargets(m)).toHaveLength(3);
  });

  it('lists what a scenario got wrong', () => {
    expect(missOf(results[0]!)?.what).toEqual(['extra cause attitude']);
    expect(missOf(results[1]!)?.what).toEqual(['reason claim C-9, expected claim C-2', 'not high (medium, 0)', 'missing cause amount']);
    expect(missOf(results[2]!)).toBeNull();
  });
});

describe('the scenario set', () => {
  const scenarios = SCENARIOS.map((s) => buildScenario(s));
  const rules = loadRulesFile();

  it('is large and varied: every signal fires, every root cause and tier appears, ten calm customers', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(48);
    expect(new Set(scenarios.map((s) => s.id)).size).toBe(scenarios.length);
    const fired = new Set(scenarios.flatMap((s) => assessRisk(s.input, rules, s.now).contributions.map((c) => c.signal)));
    expect([...RISK_SIGNALS].filter((s) => !fired.has(s))).toEqual([]);
    const causes = new Set(scenarios.flatMap((s) => s.expect.rootCauses));
    expect(ROOT_CAUSES.filter((c) => !causes.has(c))).toEqual([]);
    const tiers = new Set(scenarios.map((s) => s.input.customer.tier));
    expect(TIERS.filter((t) => !tiers.has(t))).toEqual([]);
    expect(scenarios.filter((s) => s.expect.topic.kind === 'none' && !s.expect.high).length).toBeGreaterThanOrEqual(10);
  });

  it('holds the original set and a separate hold-out set with calm and borderline customers', () => {
    expect(SCENARIOS).toHaveLength(ORIGINAL_SCENARIOS.length + HOLDOUT_SCENARIOS.length);
    const holdout = HOLDOUT_SCENARIOS.map((s) => s.expect);
    expect(holdout.length).toBeGreaterThanOrEqual(12);
    expect(holdout.filter((e) => e.topic[0] === 'none').length).toBeGreaterThanOrEqual(4);
    expect(holdout.filter((e) => e.topic[0] !== 'none' && !e.high).length).toBeGreaterThanOrEqual(4);
  });

  it('keeps every calm customer low', () => {
    const calm = scenarios.filter((s) => s.expect.topic.kind === 'none');
    expect(calm.filter((s) => assessRisk(s.input, rules, s.now).band !== 'low').map((s) => s.id)).toEqual([]);
  });

  it('meets the targets on all scenarios with the default rules: reason top-1 ≥ 90%, high-risk recall ≥ 95%, false alarms ≤ 10%', () => {
    const report = evaluate(scenarios, rules);
    const { reasonTop1, highRecall, falseAlarmRate } = report.metrics;
    const why = [
      `reason top-1 ${String(reasonTop1)}, high-risk recall ${String(highRecall)}, false alarms ${String(falseAlarmRate)}`,
      ...report.misses.map((m) => `${m.id}: ${m.what.join('; ')}`),
    ].join('\n');
    expect(report.failed, why).toEqual([]);
  });
});
