import { describe, expect, it } from 'vitest';
import { RISK_FACT_KEYS, riskFactKeySchema } from '../../../shared/schemas/risk-facts.js';
import type { RiskAssessment } from '../../../shared/schemas/risk.js';
import { buildScenario, tp } from '../eval/scenario.js';
import { SCENARIO_SETS } from '../eval/scenarios/index.js';
import { assessRisk } from './assess.js';
import { phrase } from './phrases.js';
import { assess, contributionOf, defaultRules, inputOf, NOW } from './testing.js';

/** Every fact key of an assessment, from its contributions and its reason. */
const factKeys = (a: RiskAssessment): string[] => [
  ...a.contributions.flatMap((c) => Object.keys(c.facts)),
  ...a.reason.signals.flatMap((s) => Object.keys(s.facts)),
];

/** Values that must never be English words made from a touchpoint kind. */
const KIND_FACTS = ['failureKind', 'itemKind', 'toldKind'] as const;

describe('risk facts contract', () => {
  const rules = defaultRules();
  const assessed = SCENARIO_SETS.flatMap((set) =>
    set.specs.map((spec) => {
      const s = buildScenario(spec);
      return { id: `${set.name}/${s.id}`, a: assessRisk(s.input, rules, s.now) };
    }),
  );

  it('runs over every scenario of every set', () => {
    expect(SCENARIO_SETS.length).toBeGreaterThan(1);
    expect(assessed.length).toBe(SCENARIO_SETS.reduce((n, set) => n + set.specs.length, 0));
  });

  it('emits only the keys in RISK_FACT_KEYS, in every scenario', () => {
    for (const { id, a } of assessed)
      for (const key of factKeys(a)) expect(riskFactKeySchema.safeParse(key).success, `${id}: fact "${key}"`).toBe(true);
  });

  it('carries kind codes, not words, in the kind-valued facts', () => {
    for (const { id, a } of assessed)
      for (const c of a.contributions)
        for (const key of KIND_FACTS) {
          const value = c.facts[key];
          if (value !== undefined) expect(String(value), `${id}: ${c.signal}.${key}`).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
        }
  });

  it('lists no key the engine never emits (scenarios plus the paths they do not reach)', () => {
    const anomalyOnly = inputOf({
      claims: [{ id: 'C-1', policy: 'P-1', status: 'assessing', reported: '-10d', promised: '+5d' }],
      touchpoints: [tp('-2d', 'tow_truck_dispatched', { claim: 'C-1', partner: 'TOW-1' })],
    });
    for (const t of anomalyOnly.touchpoints) t.anomaly = 'sla_breach';
    const extra = [
      assessRisk(anomalyOnly, rules, NOW),
      assess({ complaints: [{ id: 'VOC-1', opened: '-20d', status: 'closed', closed: '-5d', causes: ['attitude'], satisfaction: 1 }] }),
    ];
    const emitted = new Set([...assessed.flatMap(({ a }) => factKeys(a)), ...extra.flatMap(factKeys)]);
    expect(RISK_FACT_KEYS.filter((key) => !emitted.has(key))).toEqual([]);
  });
});

describe('kind-valued facts', () => {
  it('names a partner failure the touchpoint does not name by its anomaly: partner_late / partner_no_show', () => {
    const input = (anomaly: 'sla_breach' | 'no_show') => {
      const i = inputOf({
        claims: [{ id: 'C-1', policy: 'P-1', status: 'assessing', reported: '-10d', promised: '+5d' }],
        touchpoints: [tp('-2d', 'tow_truck_dispatched', { claim: 'C-1', partner: 'TOW-1' })],
      });
      for (const t of i.touchpoints) t.anomaly = anomaly;
      return assessRisk(i, defaultRules(), NOW);
    };
    expect(contributionOf(input('sla_breach'), 'partner_failure')?.facts['failureKind']).toBe('partner_late');
    expect(contributionOf(input('no_show'), 'partner_failure')?.facts['failureKind']).toBe('partner_no_show');
  });

  it('carries the service failure’s kind on a detractor', () => {
    const a = assess({ touchpoints: [tp('-2d', 'dismissive_service', { channel: 'voice' })] });
    expect(contributionOf(a, 'detractor')?.facts).toEqual({ failureKind: 'dismissive_service' });
  });
});

describe('phrase (English summary)', () => {
  it('words the kind codes itself', () => {
    expect(phrase('partner_failure', { failureKind: 'adjuster_no_show', failures: 1 })).toBe('adjuster no-show');
    expect(phrase('partner_failure', { failureKind: 'rescue_late' })).toBe('rescue late');
    expect(phrase('partner_failure', { failureKind: 'partner_no_show' })).toBe('partner no-show');
    expect(phrase('detractor', { failureKind: 'wrong_advice_given' })).toBe('wrong advice given');
    expect(phrase('delivery_late', { itemKind: 'policy_documents_delayed' })).toBe('policy documents late');
    expect(phrase('delivery_late', { itemKind: 'gift_not_delivered' })).toBe('gift late');
    expect(phrase('delivery_late', { itemKind: 'delivery_late' })).toBe('delivery late');
    expect(phrase('claim_rejected', { rejectedAt: '2026-11-19', toldKind: 'sale_misinformation' })).toBe(
      'rejected on 2026-11-19 after sale misinformation',
    );
    expect(phrase('repeat_contact', { contacts: 1, days: 7, chasing: 1 })).toBe('1 contact in 7 days, chasing');
  });
});
