import { describe, expect, it } from 'vitest';
import { tp, type TouchpointSpec } from '../eval/scenario.js';
import { assess, contributionOf, signalsOf } from './testing.js';

const claim = { id: 'C-1', policy: 'P-1', status: 'assessing' as const, reported: '-20d', promised: '-2d' };

describe('repeat_contact', () => {
  it('fires for two inbound contacts about the same claim within the window', () => {
    const c = contributionOf(
      assess({
        claims: [claim],
        touchpoints: [tp('-5d', 'claim_follow_up_call', { claim: 'C-1' }), tp('-1d', 'chat_session', { claim: 'C-1' })],
      }),
      'repeat_contact',
    );
    expect(c?.topic).toEqual({ kind: 'claim', ref: 'C-1' });
    // The claim was due two days ago: the contact after that is a chase.
    expect(c?.facts).toEqual({ contacts: 2, days: 7, chasing: 1 });
    // On a topic with a late claim, the symptom points at the claim's cause.
    expect(c?.rootCauses).toEqual(['timeliness']);
  });

  it('does not fire for one contact, or when the first one is outside the window', () => {
    expect(signalsOf(assess({ touchpoints: [tp('-1d', 'voice_call_inbound')] }))).not.toContain('repeat_contact');
    const old = assess({ touchpoints: [tp('-8d', 'voice_call_inbound'), tp('-1d', 'voice_call_inbound')] });
    expect(signalsOf(old)).not.toContain('repeat_contact');
  });

  it('counts a chat of many messages as one contact, and never the outbound ones', () => {
    const chat: TouchpointSpec[] = [
      tp('-3h', 'chat.message', { channel: 'chat', dir: 'inbound', text: 'hello' }),
      tp('-170m', 'chat.message', { channel: 'chat', dir: 'outbound', text: 'hi' }),
      tp('-160m', 'chat.message', { channel: 'chat', dir: 'inbound', text: 'my claim?' }),
    ];
    expect(signalsOf(assess({ touchpoints: chat }))).not.toContain('repeat_contact');
    const again = assess({ touchpoints: [...chat, tp('-1d', 'chat.message', { channel: 'chat', dir: 'inbound', text: 'hi again' })] });
    expect(contributionOf(again, 'repeat_contact')?.facts['contacts']).toBe(2);
    const outboundOnly = assess({
      touchpoints: [tp('-2d', 'outbound_renewal_call'), tp('-1d', 'contact.voice', { channel: 'voice', dir: 'outbound' })],
    });
    expect(signalsOf(outboundOnly)).not.toContain('repeat_contact');
  });

  it('counts one contact about something already overdue as a repeat: the customer had to chase', () => {
    const chase = assess({ claims: [claim], touchpoints: [tp('-1d', 'claim_follow_up_call', { claim: 'C-1' })] });
    const c = contributionOf(chase, 'repeat_contact');
    expect(c?.topic).toEqual({ kind: 'claim', ref: 'C-1' });
    expect(c?.facts).toEqual({ contacts: 1, days: 7, chasing: 1 });
    // Before the due date one contact is just a question.
    const early = assess({ claims: [{ ...claim, promised: '+2d' }], touchpoints: [tp('-1d', 'claim_follow_up_call', { claim: 'C-1' })] });
    expect(signalsOf(early)).not.toContain('repeat_contact');
  });

  it('finds what a chase that names no claim is about: the overdue item on its policy', () => {
    const refund: TouchpointSpec[] = [
      tp('-12d', 'refund_requested', { policy: 'P-1', channel: 'portal' }),
      tp('-1d', 'email_inquiry', { policy: 'P-1', text: 'Where is my refund?' }),
    ];
    const c = contributionOf(assess({ policies: [{ id: 'P-1', status: 'cancelled' }], touchpoints: refund }), 'repeat_contact');
    expect(c?.topic).toEqual({ kind: 'refund', ref: 'P-1' });
    expect(c?.rootCauses).toEqual(['timeliness']);
  });

  it('does not count the original request twice when it is itself a contact in the window', () => {
    const promise = { id: 'PR-1', made: '-6d', due: '-3d', status: 'open' as const };
    const a = assess({
      promises: [promise],
      touchpoints: [tp('-6d', 'voice_call_inbound'), tp('-1d', 'email_inquiry', { text: 'Still waiting.' })],
    });
    expect(contributionOf(a, 'repeat_contact')?.facts).toEqual({ contacts: 2, days: 7, chasing: 1 });
    // Two contacts, one of them the request itself: strength 1.0 (× the recency of yesterday's).
    expect(contributionOf(a, 'repeat_contact')?.points).toBeCloseTo(20 * 1.1);
  });

  it('weighs a contact of this morning above the same contact five days ago', () => {
    const at = (when: string) =>
      contributionOf(assess({ touchpoints: [tp('-6d', 'voice_call_inbound'), tp(when, 'voice_call_inbound')] }), 'repeat_contact')?.points ?? 0;
    expect(at('-1h')).toBeGreaterThan(at('-5d'));
    expect(at('-5d')).toBe(20);
  });

  it('joins the strongest topic when the contacts name nothing, else is about service', () => {
    const calls = [tp('-3d', 'voice_call_inbound'), tp('-1d', 'email_inquiry')];
    const withClaim = assess({ claims: [claim], touchpoints: calls });
    expect(contributionOf(withClaim, 'repeat_contact')?.topic).toEqual({ kind: 'claim', ref: 'C-1' });
    expect(contributionOf(assess({ touchpoints: calls }), 'repeat_contact')?.topic).toEqual({ kind: 'service', ref: null });
  });
});

describe('portal_struggle', () => {
  const views = (n: number, extra: Partial<TouchpointSpec> = {}) =>
    Array.from({ length: n }, (_, i) => tp(`-${String(i + 1)}h`, 'portal_page_view', { attrs: { path: '/help' }, dwell: 30, ...extra }));

  it('fires when one page is viewed samePageViews times within the window, about the portal', () => {
    const c = contributionOf(assess({ touchpoints: views(4) }), 'portal_struggle');
    expect(c?.topic).toEqual({ kind: 'portal', ref: null });
    expect(c?.facts).toMatchObject({ pageViews: 4, path: '/help' });
  });

  it('does not fire one view short, nor for views outside the window', () => {
    expect(signalsOf(assess({ touchpoints: views(3) }))).not.toContain('portal_struggle');
    const old = Array.from({ length: 5 }, (_, i) => tp(`-${String(25 + i)}h`, 'portal_page_view', { attrs: { path: '/help' } }));
    expect(signalsOf(assess({ touchpoints: old }))).not.toContain('portal_struggle');
  });

  it('fires on one long read at the dwell threshold, not a second under it', () => {
    const read = (dwell: number) => assess({ touchpoints: [tp('-1h', 'portal_page_view', { attrs: { path: '/renewal' }, dwell })] });
    expect(contributionOf(read(300), 'portal_struggle')?.facts['dwellSeconds']).toBe(300);
    expect(signalsOf(read(299))).not.toContain('portal_struggle');
  });

  it('fires on failed actions; one is not enough; a failed payment is not a portal failure', () => {
    const failed = (n: number) =>
      Array.from({ length: n }, (_, i) => tp(`-${String(i + 1)}h`, 'address_change_failed', { channel: 'app', attrs: { failed: true } }));
    expect(contributionOf(assess({ touchpoints: failed(2) }), 'portal_struggle')?.facts['failedActions']).toBe(2);
    expect(signalsOf(assess({ touchpoints: failed(1) }))).not.toContain('portal_struggle');
    const payments = [tp('-2h', 'payment_failed', { channel: 'app' }), tp('-1h', 'payment_failed', { channel: 'app' })];
    expect(signalsOf(assess({ touchpoints: payments }))).not.toContain('portal_struggle');
  });

  it('is about the claim when the page is the claim (by claim id or by its path)', () => {
    const byPath = views(4, { attrs: { path: '/claims/C-1' } });
    const a = assess({ claims: [{ ...claim, promised: '+5d' }], touchpoints: byPath });
    expect(contributionOf(a, 'portal_struggle')?.topic).toEqual({ kind: 'claim', ref: 'C-1' });
    // Rereading the status of a claim that is on time is impatience, not confusion.
    expect(contributionOf(a, 'portal_struggle')?.rootCauses).toEqual(['timeliness']);
    expect(contributionOf(assess({ touchpoints: views(4) }), 'portal_struggle')?.rootCauses).toEqual(['professionalism']);
  });
});
