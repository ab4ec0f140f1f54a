import { describe, expect, it } from 'vitest';
import { assess, contributionOf, defaultRules, signalsOf } from './testing.js';
import { tp } from '../eval/scenario.js';

const policy = { id: 'P-1' };

describe('claim_overdue', () => {
  const claim = (promised: string, status: 'assessing' | 'paid' | 'approved' = 'assessing') => ({
    policies: [policy],
    claims: [{ id: 'C-1', policy: 'P-1', status, reported: '-20d', promised }],
    touchpoints: [tp('-20d', 'claim_reported', { claim: 'C-1' }), tp('-1h', 'claim_status_checked', { claim: 'C-1' })],
  });

  it('fires for an open claim past its promised date, about that claim, with the days late', () => {
    const c = contributionOf(assess(claim('-3d')), 'claim_overdue');
    expect(c?.topic).toEqual({ kind: 'claim', ref: 'C-1' });
    expect(c?.facts).toMatchObject({ claimId: 'C-1', daysLate: 3 });
    expect(c?.rootCauses).toEqual(['timeliness']);
    expect(c?.evidence.length).toBeGreaterThan(0);
  });

  it('does not fire before the promised date, nor for a settled claim', () => {
    expect(signalsOf(assess(claim('+1h')))).not.toContain('claim_overdue');
    expect(signalsOf(assess(claim('-3d', 'paid')))).not.toContain('claim_overdue');
  });

  it('waits out the grace hours: 1 h late is not late with 2 h of grace, 3 h is', () => {
    const rules = defaultRules();
    rules.signals.claim_overdue.graceHours = 2;
    expect(signalsOf(assess(claim('-1h'), rules))).not.toContain('claim_overdue');
    expect(signalsOf(assess(claim('-3h'), rules))).toContain('claim_overdue');
  });

  it('weighs more the later the claim is', () => {
    const late1 = contributionOf(assess(claim('-1d')), 'claim_overdue')?.points ?? 0;
    const late7 = contributionOf(assess(claim('-7d')), 'claim_overdue')?.points ?? 0;
    expect(late7).toBeGreaterThan(late1);
  });
});

describe('promise_broken', () => {
  it('fires for a promise marked broken recently, about its claim when it has one', () => {
    const a = assess({
      claims: [{ id: 'C-1', policy: 'P-1', status: 'assessing', reported: '-10d', promised: '+5d' }],
      promises: [{ id: 'PR-1', made: '-8d', due: '-3d', status: 'broken', resolved: '-2d', claim: 'C-1' }],
    });
    expect(contributionOf(a, 'promise_broken')?.topic).toEqual({ kind: 'claim', ref: 'C-1' });
  });

  it('fires for an open promise past due, about the promise itself when there is no claim', () => {
    const c = contributionOf(assess({ promises: [{ id: 'PR-2', made: '-5d', due: '-2d', status: 'open' }] }), 'promise_broken');
    expect(c?.topic).toEqual({ kind: 'promise', ref: 'PR-2' });
    expect(c?.facts).toMatchObject({ state: 'overdue', daysLate: 2 });
  });

  it('does not fire for an open promise not yet due, a kept one, or one broken long ago', () => {
    const a = assess({
      promises: [
        { id: 'PR-3', made: '-1d', due: '+1h', status: 'open' },
        { id: 'PR-4', made: '-9d', due: '-5d', status: 'kept', resolved: '-6d' },
        { id: 'PR-5', made: '-200d', due: '-180d', status: 'broken', resolved: '-179d' },
      ],
    });
    expect(signalsOf(a)).not.toContain('promise_broken');
  });
});

describe('partner_failure', () => {
  const failure = (kind: string, at: string, status: 'assessing' | 'paid' = 'assessing') =>
    assess({
      claims: [{ id: 'C-1', policy: 'P-1', status, reported: '-40d', promised: '+5d' }],
      touchpoints: [tp(at, kind, { claim: 'C-1', partner: 'ADJ-1' })],
    });

  it('fires for an adjuster no-show within the lookback, about the claim', () => {
    const c = contributionOf(failure('adjuster_no_show', '-3d'), 'partner_failure');
    expect(c?.topic).toEqual({ kind: 'claim', ref: 'C-1' });
    expect(c?.facts).toMatchObject({ failureKind: 'adjuster_no_show', partnerId: 'ADJ-1' });
    expect(c?.rootCauses).toEqual(['timeliness', 'professionalism']);
  });

  it('does not fire outside the lookback, nor for a partner who came on time', () => {
    expect(signalsOf(failure('adjuster_no_show', '-31d'))).not.toContain('partner_failure');
    expect(signalsOf(failure('adjuster_visit', '-3d'))).not.toContain('partner_failure');
  });

  it('counts a rescue that never came above a late one, and less once the claim is settled', () => {
    const points = (a: ReturnType<typeof assess>) => contributionOf(a, 'partner_failure')?.points ?? 0;
    expect(points(failure('rescue_no_show', '-3d'))).toBeGreaterThan(points(failure('rescue_late', '-3d')));
    expect(points(failure('rescue_late', '-3d', 'paid'))).toBeLessThan(points(failure('rescue_late', '-3d')));
  });
});

describe('partner_failure, acute', () => {
  const rescue = (at: string, tier: 'silver' | 'potential' = 'silver', extra: ReturnType<typeof tp>[] = []) =>
    assess({
      customer: { tier },
      claims: [{ id: 'C-1', policy: 'P-1', status: 'reported', reported: '-3d', promised: '+5d' }],
      touchpoints: [tp(at, 'rescue_no_show', { claim: 'C-1', partner: 'RES-1' }), ...extra],
    });
  const points = (a: ReturnType<typeof assess>) => contributionOf(a, 'partner_failure')?.points ?? 0;

  it('weighs a failure of this morning above the same failure three days ago', () => {
    expect(points(rescue('-1h'))).toBeGreaterThan(points(rescue('-3d')));
    // 1.5 (a rescue no-show) × 1.0: from 48 hours on the recency factor is 1.
    expect(points(rescue('-3d'))).toBeCloseTo(30 * 1.5);
  });

  it('is not damped by a tier multiplier below 1 while acute, and is once it is not', () => {
    expect(points(rescue('-1h', 'potential'))).toBeCloseTo(points(rescue('-1h', 'silver')));
    expect(points(rescue('-3d', 'potential'))).toBeCloseTo(30 * 1.5 * 0.9);
  });

  it('is no longer acute once a partner is on site, and a contact after it is a chase until then', () => {
    const arrived = rescue('-3h', 'potential', [tp('-1h', 'rescue_arrived', { claim: 'C-1', partner: 'RES-1' })]);
    expect(points(arrived)).toBeLessThan(points(rescue('-3h', 'potential')));
    const called = rescue('-3h', 'silver', [tp('-2h', 'claim_follow_up_call', { claim: 'C-1', stage: 'rescue' })]);
    expect(contributionOf(called, 'repeat_contact')?.facts).toMatchObject({ contacts: 1, chasing: 1 });
  });
});

describe('claim_rejected', () => {
  const rejected = (closed: string, extra: Parameters<typeof assess>[0] = {}) =>
    assess({
      policies: [policy],
      claims: [{ id: 'C-1', policy: 'P-1', status: 'rejected', reported: '-30d', promised: '-10d', closed }],
      touchpoints: [tp(closed, 'claim_rejected', { claim: 'C-1', channel: 'email' })],
      ...extra,
    });

  it('fires for a claim rejected within the lookback, about the claim, with the rules’ causes', () => {
    const c = contributionOf(rejected('-3d'), 'claim_rejected');
    expect(c?.topic).toEqual({ kind: 'claim', ref: 'C-1' });
    expect(c?.rootCauses).toEqual(['professionalism']);
    expect(c?.facts).toEqual({ claimId: 'C-1', rejectedAt: '2026-11-19' });
    expect(c?.evidence).toHaveLength(1);
  });

  it('fades with age and stops at the lookback', () => {
    const points = (closed: string) => contributionOf(rejected(closed), 'claim_rejected')?.points ?? 0;
    expect(points('-2d')).toBeGreaterThan(points('-30d'));
    expect(signalsOf(rejected('-61d'))).not.toContain('claim_rejected');
  });

  it('reads the claim’s status: no touchpoint needed, and none for a rejection since overturned', () => {
    const noLetter = assess({
      policies: [policy],
      claims: [{ id: 'C-1', policy: 'P-1', status: 'rejected', reported: '-30d', closed: '-5d' }],
    });
    expect(signalsOf(noLetter)).toEqual(['claim_rejected']);
    const overturned = assess({
      policies: [policy],
      claims: [{ id: 'C-1', policy: 'P-1', status: 'approved', reported: '-30d', promised: '+5d' }],
      touchpoints: [tp('-5d', 'claim_rejected', { claim: 'C-1' })],
    });
    expect(signalsOf(overturned)).not.toContain('claim_rejected');
  });

  it('weighs more when the customer was told the cover was there: mis-selling, wrong advice, a complaint', () => {
    const base = contributionOf(rejected('-3d'), 'claim_rejected')?.points ?? 0;
    const misSold = rejected('-3d', {
      touchpoints: [
        tp('-3d', 'claim_rejected', { claim: 'C-1', channel: 'email' }),
        tp('-60d', 'sale_misinformation', { policy: 'P-1', channel: 'partner', partner: 'INT-1' }),
      ],
    });
    const c = contributionOf(misSold, 'claim_rejected');
    expect(c?.points).toBeCloseTo(base + 35 * 0.3);
    expect(c?.facts['toldKind']).toBe('sale_misinformation');
    expect(misSold.playbooks.map((p) => p.id)).toContain('mis-sold-refusal');
    // Complaints are complete: a professionalism complaint on the policy long ago counts too.
    const complained = rejected('-3d', {
      complaints: [{ id: 'VOC-1', opened: '-300d', status: 'closed', closed: '-290d', causes: ['professionalism'], policy: 'P-1' }],
    });
    expect(contributionOf(complained, 'claim_rejected')?.points).toBeCloseTo(base + 35 * 0.3);
  });
});
