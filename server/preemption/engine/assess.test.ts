import { describe, expect, it } from 'vitest';
import { riskAssessmentSchema } from '../../../shared/schemas/risk.js';
import { tp } from '../eval/scenario.js';
import { assessRisk } from './assess.js';
import { NOW, assess, contributionOf, defaultRules, inputOf, signalsOf, type Facts } from './testing.js';

/** A claim three days late, chased twice, the claim page read five times today. */
const lateClaim: Facts = {
  policies: [{ id: 'P-1' }],
  claims: [{ id: 'C-1', policy: 'P-1', status: 'assessing', reported: '-20d', promised: '-3d' }],
  touchpoints: [
    tp('-4d', 'claim_follow_up_call', { claim: 'C-1' }),
    tp('-1d', 'claim_follow_up_call', { claim: 'C-1' }),
    ...[5, 4, 3, 2, 1].map((h) => tp(`-${String(h)}h`, 'claim_status_checked', { claim: 'C-1', attrs: { path: '/claims/C-1' } })),
  ],
};

describe('assessRisk', () => {
  it('returns a valid assessment of a calm customer: score 0, low, nothing stands out', () => {
    const a = assess({ touchpoints: [tp('-2d', 'portal_page_view', { attrs: { path: '/policies' }, dwell: 30 })] });
    expect(riskAssessmentSchema.parse(a)).toEqual(a);
    expect(a).toMatchObject({ score: 0, band: 'low', contributions: [], playbooks: [] });
    expect(a.reason).toEqual({ topic: { kind: 'none', ref: null }, signals: [], rootCauses: [], summary: 'nothing stands out' });
    expect(a.computedAt).toBe(NOW.toISOString());
  });

  it('scores weight × strength × tier per contribution, strongest first, and sums them', () => {
    const a = assess(lateClaim);
    expect(riskAssessmentSchema.parse(a)).toEqual(a);
    expect(signalsOf(a)).toEqual(['claim_overdue', 'repeat_contact', 'portal_struggle']);
    const overdue = contributionOf(a, 'claim_overdue');
    // Three days late: strength 1.1; Silver: × 1.0.
    expect(overdue).toMatchObject({ weight: 40, points: 44 });
    expect(a.score).toBe(Math.round(a.contributions.reduce((s, c) => s + c.points, 0)));
    expect(a.band).toBe('high');
    expect(a.rulesVersion).toBe(defaultRules().version);
  });

  it('amplifies the same facts by tier: Diamond above Silver above Potential', () => {
    const score = (tier: 'diamond' | 'silver' | 'potential') => assess({ ...lateClaim, customer: { tier } }).contributions[0]?.points ?? 0;
    expect(score('diamond')).toBeCloseTo(44 * 1.3);
    expect(score('potential')).toBeCloseTo(44 * 0.9);
    expect(assess({ ...lateClaim, customer: { tier: 'diamond' } }).tierMultiplier).toBe(1.3);
  });

  it('bands by the rules: at the high mark is high, one below is medium, under medium is low', () => {
    const rules = defaultRules();
    const { score } = assess(lateClaim, rules);
    rules.bands = { medium: score - 10, high: score };
    expect(assess(lateClaim, rules).band).toBe('high');
    rules.bands = { medium: score - 10, high: score + 1 };
    expect(assess(lateClaim, rules).band).toBe('medium');
    rules.bands = { medium: score + 1, high: score + 2 };
    expect(assess(lateClaim, rules).band).toBe('low');
  });

  it('caps the score at 100', () => {
    const rules = defaultRules();
    rules.signals.claim_overdue.weight = 100;
    expect(assess(lateClaim, rules).score).toBe(100);
  });

  it('leaves out a disabled signal', () => {
    const rules = defaultRules();
    rules.signals.claim_overdue.enabled = false;
    const a = assess(lateClaim, rules);
    expect(signalsOf(a)).not.toContain('claim_overdue');
    expect(a.score).toBeLessThan(assess(lateClaim).score);
  });

  it('is pure: the same input and clock give the same assessment, and the input is not changed', () => {
    const input = inputOf(lateClaim);
    const copy = structuredClone(input);
    const rules = defaultRules();
    expect(assessRisk(input, rules, NOW)).toEqual(assessRisk(input, rules, NOW));
    expect(input).toEqual(copy);
  });

  it('reads touchpoints given out of order as if newest first', () => {
    const input = inputOf(lateClaim);
    const shuffled = { ...input, touchpoints: [...input.touchpoints].reverse() };
    expect(assessRisk(shuffled, defaultRules(), NOW)).toEqual(assessRisk(input, defaultRules(), NOW));
  });
});
