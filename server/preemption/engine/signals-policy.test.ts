import { describe, expect, it } from 'vitest';
import { tp } from '../eval/scenario.js';
import { assess, contributionOf, signalsOf } from './testing.js';

describe('payment_failed', () => {
  it('fires for a policy whose payment failed, about that payment', () => {
    const a = assess({ policies: [{ id: 'P-1', payment: 'failed', daysOverdue: 3 }] });
    expect(contributionOf(a, 'payment_failed')?.topic).toEqual({ kind: 'payment', ref: 'P-1' });
  });

  it('fires for a failed payment within the lookback not paid since; not once paid, not when old', () => {
    const failed = tp('-5d', 'payment_failed', { policy: 'P-1', channel: 'app' });
    const policies = [{ id: 'P-1', payment: 'due' as const }];
    expect(signalsOf(assess({ policies, touchpoints: [failed] }))).toContain('payment_failed');
    const paid = [failed, tp('-4d', 'payment_received', { policy: 'P-1', channel: 'app' })];
    expect(signalsOf(assess({ policies, touchpoints: paid }))).not.toContain('payment_failed');
    const old = [tp('-31d', 'payment_failed', { policy: 'P-1', channel: 'app' })];
    expect(signalsOf(assess({ policies, touchpoints: old }))).not.toContain('payment_failed');
  });
});

describe('pending_cancellation', () => {
  it('is about the payment when the premium is unpaid, else about the renewal', () => {
    const unpaid = assess({ policies: [{ id: 'P-1', status: 'pending_cancellation', payment: 'overdue', daysOverdue: 9 }] });
    expect(contributionOf(unpaid, 'pending_cancellation')?.topic).toEqual({ kind: 'payment', ref: 'P-1' });
    const paid = assess({ policies: [{ id: 'P-2', status: 'pending_cancellation' }] });
    expect(contributionOf(paid, 'pending_cancellation')?.topic).toEqual({ kind: 'renewal', ref: 'P-2' });
  });

  it('does not fire for an active policy', () => {
    expect(signalsOf(assess({ policies: [{ id: 'P-1' }] }))).toEqual([]);
  });

  it('takes the cause of the failed payment it follows from; alone it keeps the rules’ (amount)', () => {
    const bounced = assess({
      policies: [{ id: 'P-1', status: 'pending_cancellation', payment: 'failed', daysOverdue: 9 }],
      touchpoints: [tp('-9d', 'payment_failed', { policy: 'P-1', channel: 'app' })],
    });
    expect(contributionOf(bounced, 'pending_cancellation')?.rootCauses).toEqual(['accuracy']);
    const unpaid = assess({ policies: [{ id: 'P-1', status: 'pending_cancellation', payment: 'overdue', daysOverdue: 9 }] });
    expect(contributionOf(unpaid, 'pending_cancellation')?.rootCauses).toEqual(['amount']);
  });
});

describe('refund_unanswered', () => {
  const requested = (at: string) => tp(at, 'refund_requested', { policy: 'P-1' });

  it('fires for a refund asked for more than limitDays ago and not paid', () => {
    const c = contributionOf(assess({ touchpoints: [requested('-8d')] }), 'refund_unanswered');
    expect(c?.topic).toEqual({ kind: 'refund', ref: 'P-1' });
    expect(c?.facts).toMatchObject({ daysWaiting: 8 });
  });

  it('does not fire within the limit, nor once the refund was paid', () => {
    expect(signalsOf(assess({ touchpoints: [requested('-6d')] }))).not.toContain('refund_unanswered');
    const paid = [requested('-12d'), tp('-3d', 'refund_paid', { policy: 'P-1' })];
    expect(signalsOf(assess({ touchpoints: paid }))).not.toContain('refund_unanswered');
  });

  it('counts each retention call after the first as a further failure (+0.2)', () => {
    const calls = (n: number) =>
      Array.from({ length: n }, (_, i) => tp(`-${String(10 - i)}d`, 'refund_retention_call', { policy: 'P-1', channel: 'voice' }));
    const points = (n: number) => contributionOf(assess({ touchpoints: [requested('-12d'), ...calls(n)] }), 'refund_unanswered')?.points ?? 0;
    // 12 days: 1 + 0.05 × 5 = 1.25; one retention call is an offer, the second a further failure.
    expect(points(1)).toBeCloseTo(30 * 1.25);
    expect(points(2)).toBeCloseTo(30 * 1.45);
  });

  it('fires at once when the insurer itself marked the refund delayed', () => {
    const delayed = [requested('-5d'), tp('-1h', 'refund_delayed', { policy: 'P-1' })];
    expect(signalsOf(assess({ touchpoints: delayed }))).toContain('refund_unanswered');
  });
});

describe('premium_rise', () => {
  const quote = (pct: number, at = '-2d') =>
    assess({ policies: [{ id: 'P-1' }], touchpoints: [tp(at, 'renewal_quote_viewed', { policy: 'P-1', attrs: { premiumChangePct: pct } })] });

  it('fires for a renewal quote at or above the minimum rise, about that renewal', () => {
    const c = contributionOf(quote(10), 'premium_rise');
    expect(c?.topic).toEqual({ kind: 'renewal', ref: 'P-1' });
    expect(c?.facts).toMatchObject({ premiumChangePct: 10 });
  });

  it('does not fire below the minimum, for a cut, or outside the lookback', () => {
    expect(signalsOf(quote(9))).not.toContain('premium_rise');
    expect(signalsOf(quote(-5))).not.toContain('premium_rise');
    expect(signalsOf(quote(30, '-46d'))).not.toContain('premium_rise');
  });

  it('weighs a bigger rise more', () => {
    expect(contributionOf(quote(25), 'premium_rise')?.points).toBeGreaterThan(contributionOf(quote(12), 'premium_rise')?.points ?? 0);
  });
});

describe('data_corrected', () => {
  it('fires for a policy data error within the lookback, with the field; not when older', () => {
    const error = (at: string) => tp(at, 'policy_data_error', { policy: 'P-1', attrs: { field: 'VIN' } });
    const c = contributionOf(assess({ touchpoints: [error('-10d')] }), 'data_corrected');
    expect(c?.topic).toEqual({ kind: 'policy_data', ref: 'P-1' });
    expect(c?.facts).toMatchObject({ field: 'VIN', corrections: 1 });
    expect(signalsOf(assess({ touchpoints: [error('-61d')] }))).not.toContain('data_corrected');
  });
});

describe('delivery_late', () => {
  it('fires for late documents (timeliness too) and an undelivered gift', () => {
    const docs = contributionOf(assess({ touchpoints: [tp('-3d', 'policy_documents_delayed', { policy: 'P-1' })] }), 'delivery_late');
    expect(docs?.topic).toEqual({ kind: 'delivery', ref: 'P-1' });
    expect(docs?.rootCauses).toEqual(['promise_mismatch', 'timeliness']);
    const gift = contributionOf(assess({ touchpoints: [tp('-3d', 'gift_not_delivered', { policy: 'P-1' })] }), 'delivery_late');
    expect(gift?.rootCauses).toEqual(['promise_mismatch']);
    expect(gift?.facts['itemKind']).toBe('gift_not_delivered');
  });

  it('leaves a delayed refund to refund_unanswered and ignores deliveries outside the lookback', () => {
    expect(signalsOf(assess({ touchpoints: [tp('-3d', 'refund_delayed', { policy: 'P-1' })] }))).not.toContain('delivery_late');
    expect(signalsOf(assess({ touchpoints: [tp('-46d', 'gift_not_delivered', { policy: 'P-1' })] }))).not.toContain('delivery_late');
  });
});
