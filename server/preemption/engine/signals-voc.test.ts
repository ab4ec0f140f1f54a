import { describe, expect, it } from 'vitest';
import { tp } from '../eval/scenario.js';
import { assess, contributionOf, signalsOf } from './testing.js';

const lateClaim = { id: 'C-1', policy: 'P-1', status: 'assessing' as const, reported: '-20d', promised: '-3d' };

describe('open_complaint', () => {
  it('fires for an open or escalated case with the case’s causes, about its claim', () => {
    const a = assess({ complaints: [{ id: 'VOC-1', opened: '-3d', status: 'escalated', causes: ['amount', 'attitude'], claim: 'C-9' }] });
    const c = contributionOf(a, 'open_complaint');
    expect(c?.topic).toEqual({ kind: 'claim', ref: 'C-9' });
    expect(c?.rootCauses).toEqual(['amount', 'attitude']);
  });

  it('is about the complaint itself without a claim; a resolved case does not count', () => {
    const open = assess({ complaints: [{ id: 'VOC-2', opened: '-3d', status: 'open', causes: ['accuracy'] }] });
    expect(contributionOf(open, 'open_complaint')?.topic).toEqual({ kind: 'complaint', ref: 'VOC-2' });
    const resolved = assess({ complaints: [{ id: 'VOC-3', opened: '-30d', status: 'resolved', closed: '-20d', causes: ['accuracy'], satisfaction: 4 }] });
    expect(signalsOf(resolved)).toEqual([]);
  });
});

describe('prior_complaint_same_cause', () => {
  const prior = (causes: ('timeliness' | 'amount')[], closed = '-100d') => ({
    id: 'VOC-0',
    opened: '-120d',
    status: 'resolved' as const,
    closed,
    causes,
    satisfaction: 3,
  });

  it('fires when a past complaint had the cause today’s trouble points at, joining that topic', () => {
    const c = contributionOf(assess({ claims: [lateClaim], complaints: [prior(['timeliness'])] }), 'prior_complaint_same_cause');
    expect(c?.topic).toEqual({ kind: 'claim', ref: 'C-1' });
    expect(c?.rootCauses).toEqual(['timeliness']);
  });

  it('does not fire for another cause, with nothing active, or beyond the lookback', () => {
    expect(signalsOf(assess({ claims: [lateClaim], complaints: [prior(['amount'])] }))).not.toContain('prior_complaint_same_cause');
    expect(signalsOf(assess({ complaints: [prior(['timeliness'])] }))).toEqual([]);
    const old = assess({ claims: [lateClaim], complaints: [{ ...prior(['timeliness']), opened: '-400d', closed: '-380d' }] });
    expect(signalsOf(old)).not.toContain('prior_complaint_same_cause');
  });
});

describe('detractor', () => {
  const survey = (attrs: Record<string, number>) => assess({ touchpoints: [tp('-2d', 'survey_completed', { channel: 'sms', attrs })] });

  it('fires for NPS at or below maxNps and CSAT at or below maxCsat, about service', () => {
    expect(contributionOf(survey({ nps: 6 }), 'detractor')?.topic).toEqual({ kind: 'service', ref: null });
    expect(contributionOf(survey({ csat: 2 }), 'detractor')?.facts).toMatchObject({ csat: 2 });
  });

  it('does not fire one point above either limit', () => {
    expect(signalsOf(survey({ nps: 7 }))).toEqual([]);
    expect(signalsOf(survey({ csat: 3 }))).toEqual([]);
  });

  it('weighs a lower score more', () => {
    expect(contributionOf(survey({ nps: 1 }), 'detractor')?.points).toBeGreaterThan(contributionOf(survey({ nps: 6 }), 'detractor')?.points ?? 0);
  });

  it('fires for a complaint closed recently with satisfaction 2 or less, and for recorded service failures', () => {
    const closed = assess({ complaints: [{ id: 'VOC-1', opened: '-20d', status: 'closed', closed: '-10d', causes: ['attitude'], satisfaction: 2 }] });
    expect(signalsOf(closed)).toEqual(['detractor']);
    const wrong = contributionOf(assess({ touchpoints: [tp('-3d', 'wrong_advice_given')] }), 'detractor');
    expect(wrong?.rootCauses).toEqual(['professionalism']);
  });

  it('takes the causes of the trouble on its topic when it is a bare score, keeps its own alone', () => {
    const late = { id: 'C-9', policy: 'P-1', status: 'assessing' as const, reported: '-20d', promised: '-4d' };
    const rated = (claims: (typeof late)[]) =>
      contributionOf(assess({ claims, touchpoints: [tp('-1d', 'survey_completed', { claim: 'C-9', channel: 'sms', attrs: { csat: 1 } })] }), 'detractor');
    expect(rated([late])?.rootCauses).toEqual(['timeliness']);
    expect(rated([{ ...late, promised: '+4d' }])?.rootCauses).toEqual(['attitude']);
  });
});

describe('escalation_words', () => {
  const said = (text: string, extra: Parameters<typeof tp>[2] = {}) =>
    assess({ claims: [lateClaim], touchpoints: [tp('-2h', 'chat_session', { text, ...extra })] });

  it('finds 我要投诉 in a chat and joins the strongest topic, taking its causes instead of its own', () => {
    const c = contributionOf(said('等了这么久，我要投诉！'), 'escalation_words');
    expect(c?.facts['words']).toBe('投诉');
    expect(c?.topic).toEqual({ kind: 'claim', ref: 'C-1' });
    // The threat says how close the customer is; the late claim says why.
    expect(c?.rootCauses).toEqual(['timeliness']);
  });

  it('matches ambiguous English words only as the phrases the rules list', () => {
    expect(signalsOf(said('Which button do I press to download it?'))).not.toContain('escalation_words');
    expect(contributionOf(said('I am going to the press with this'), 'escalation_words')?.facts['words']).toBe('the press');
    expect(signalsOf(said('Is the Court Road branch open?'))).not.toContain('escalation_words');
    expect(contributionOf(said('I will take you to court'), 'escalation_words')?.facts['words']).toBe('to court');
  });

  it('finds English and Persian words, whole Latin words only', () => {
    expect(contributionOf(said('I will make a formal COMPLAINT'), 'escalation_words')?.facts['words']).toBe('complaint');
    expect(contributionOf(said('Two complaints already!'), 'escalation_words')?.facts['words']).toBe('complaint');
    expect(contributionOf(said('به بیمه مرکزی شکایت می‌کنم'), 'escalation_words')?.facts['words']).toBe('شکایت, بیمه مرکزی');
    expect(signalsOf(said('My suede seats were scratched'))).not.toContain('escalation_words');
  });

  it('ignores what the agent wrote, and words older than lookbackHours', () => {
    expect(signalsOf(said('You may file a complaint here', { channel: 'chat', dir: 'outbound' }))).not.toContain('escalation_words');
    const old = assess({ touchpoints: [tp('-73h', 'chat_session', { text: '我要投诉' })] });
    expect(signalsOf(old)).toEqual([]);
  });

  it('is about a complaint when nothing else stands out', () => {
    const alone = assess({ touchpoints: [tp('-1h', 'email_inquiry', { text: 'I will talk to my lawyer' })] });
    expect(contributionOf(alone, 'escalation_words')?.topic).toEqual({ kind: 'complaint', ref: null });
    expect(contributionOf(alone, 'escalation_words')?.rootCauses).toEqual(['attitude']);
  });
});
