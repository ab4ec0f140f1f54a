import { describe, expect, it } from 'vitest';
import { chooseAction, notBefore } from './worklist-policy.js';
import { defaultRules } from './testing.js';

const customer = (tier: 'diamond' | 'platinum' | 'gold', consentSms: boolean, advisorName: string | null = null) => ({
  tier,
  consentSms,
  advisorName,
});

describe('chooseAction', () => {
  const rules = defaultRules();

  it('gives a top-tier customer with an advisor an advisor task, whatever the band', () => {
    expect(chooseAction({ band: 'medium' }, customer('diamond', true, 'Li Na'), rules)).toBe('advisor_task');
  });

  it('calls back a high-risk customer without an advisor', () => {
    expect(chooseAction({ band: 'high' }, customer('platinum', true), rules)).toBe('callback');
  });

  it('texts a medium-risk customer who consented to SMS, and calls back one who did not', () => {
    expect(chooseAction({ band: 'medium' }, customer('gold', true), rules)).toBe('sms');
    expect(chooseAction({ band: 'medium' }, customer('gold', false), rules)).toBe('callback');
  });

  it('falls back to a callback when no rule fits', () => {
    const only = { ...rules, worklist: { ...rules.worklist, actions: [{ when: {}, action: 'sms' as const }] } };
    expect(chooseAction({ band: 'low' }, customer('gold', false), only)).toBe('callback');
  });
});

describe('notBefore (quiet hours)', () => {
  const night = { start: '21:00', end: '08:00', timeZone: 'Asia/Shanghai' };
  const at = (iso: string) => notBefore(new Date(iso), night).toISOString();

  it('holds a late-evening item until eight the next morning', () => {
    expect(at('2026-11-22T22:30:00+08:00')).toBe(new Date('2026-11-23T08:00:00+08:00').toISOString());
  });

  it('holds an item from the small hours until eight the same morning', () => {
    expect(at('2026-11-23T03:15:42+08:00')).toBe(new Date('2026-11-23T08:00:00+08:00').toISOString());
  });

  it('lets a daytime item through at once; the period starts at its start and ends at its end', () => {
    expect(at('2026-11-22T12:00:00+08:00')).toBe(new Date('2026-11-22T12:00:00+08:00').toISOString());
    expect(at('2026-11-22T20:59:59+08:00')).toBe(new Date('2026-11-22T20:59:59+08:00').toISOString());
    expect(at('2026-11-22T21:00:00+08:00')).toBe(new Date('2026-11-23T08:00:00+08:00').toISOString());
    expect(at('2026-11-23T08:00:00+08:00')).toBe(new Date('2026-11-23T08:00:00+08:00').toISOString());
  });

  it('handles a period that does not cross midnight, and none when start equals end', () => {
    const lunch = { start: '12:00', end: '14:00', timeZone: 'Asia/Shanghai' };
    expect(notBefore(new Date('2026-11-22T13:30:00+08:00'), lunch)).toEqual(new Date('2026-11-22T14:00:00+08:00'));
    expect(notBefore(new Date('2026-11-22T14:00:00+08:00'), lunch)).toEqual(new Date('2026-11-22T14:00:00+08:00'));
    expect(notBefore(new Date('2026-11-22T23:00:00+08:00'), { ...night, end: '21:00' })).toEqual(new Date('2026-11-22T23:00:00+08:00'));
  });

  it('reads the wall clock of the rules’ time zone, across a daylight-saving change', () => {
    const newYork = { start: '22:00', end: '08:00', timeZone: 'America/New_York' };
    // 01:30 EST on the night clocks go forward: quiet until 08:00 EDT.
    expect(notBefore(new Date('2026-03-08T01:30:00-05:00'), newYork)).toEqual(new Date('2026-03-08T08:00:00-04:00'));
  });
});
