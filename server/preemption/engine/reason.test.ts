import { describe, expect, it } from 'vitest';
import type { RiskContribution } from '../../../shared/schemas/risk.js';
import { tp } from '../eval/scenario.js';
import { explain } from './reason.js';
import { assess } from './testing.js';

const contribution = (c: Partial<RiskContribution> & Pick<RiskContribution, 'signal' | 'points' | 'topic'>): RiskContribution => ({
  weight: c.points,
  rootCauses: ['timeliness'],
  evidence: [],
  facts: {},
  ...c,
});

describe('explain (why now)', () => {
  it('picks the topic with the most points in all, not the single strongest contribution', () => {
    const reason = explain([
      contribution({ signal: 'premium_rise', points: 40, topic: { kind: 'renewal', ref: 'P-1' }, rootCauses: ['amount'] }),
      contribution({ signal: 'claim_overdue', points: 30, topic: { kind: 'claim', ref: 'C-1' } }),
      contribution({ signal: 'repeat_contact', points: 20, topic: { kind: 'claim', ref: 'C-1' } }),
    ]);
    expect(reason.topic).toEqual({ kind: 'claim', ref: 'C-1' });
    expect(reason.signals.map((s) => s.signal)).toEqual(['claim_overdue', 'repeat_contact']);
  });

  it('weighs causes by points in the topic, others at a quarter, and drops shares under 0.15', () => {
    const reason = explain([
      contribution({ signal: 'claim_overdue', points: 60, topic: { kind: 'claim', ref: 'C-1' } }),
      contribution({ signal: 'partner_failure', points: 30, topic: { kind: 'claim', ref: 'C-1' }, rootCauses: ['timeliness', 'professionalism'] }),
      contribution({ signal: 'data_corrected', points: 20, topic: { kind: 'policy_data', ref: 'P-1' }, rootCauses: ['accuracy'] }),
    ]);
    // timeliness 75, professionalism 15, accuracy 20 × 0.25 = 5: of 95.
    expect(reason.rootCauses).toEqual([
      { code: 'timeliness', confidence: 0.79 },
      { code: 'professionalism', confidence: 0.16 },
    ]);
  });

  it('says what it is about in one sentence', () => {
    const a = assess({
      claims: [{ id: 'C-2031', policy: 'P-1', status: 'assessing', reported: '-20d', promised: '-4d' }],
      touchpoints: [
        tp('-3d', 'adjuster_no_show', { claim: 'C-2031', partner: 'ADJ-1' }),
        ...[6, 5, 4, 3, 2, 1].map((h) => tp(`-${String(h)}h`, 'claim_status_checked', { claim: 'C-2031', attrs: { path: '/claims/C-2031' } })),
      ],
    });
    expect(a.reason.summary).toBe(
      `likely about claim C-2031: promised ${a.reason.signals[0]?.facts['promisedAt'] ?? ''}, 4 days late, adjuster no-show, 6 portal visits in 24 h`,
    );
  });

  it('says nothing stands out without contributions', () => {
    expect(explain([])).toEqual({ topic: { kind: 'none', ref: null }, signals: [], rootCauses: [], summary: 'nothing stands out' });
  });
});
