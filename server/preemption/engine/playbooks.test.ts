import { describe, expect, it } from 'vitest';
import type { PlaybookRule } from '../../../shared/schemas/preemption-rules.js';
import { tp } from '../eval/scenario.js';
import { assessRisk } from './assess.js';
import { NOW, assess, defaultRules, inputOf, type Facts } from './testing.js';

const ids = (a: ReturnType<typeof assess>) => a.playbooks.map((p) => p.id);

const premiumRise = (marketing: boolean): Facts => ({
  customer: { tier: 'diamond', marketing, advisor: 'Li Na' },
  policies: [{ id: 'P-1' }],
  touchpoints: [tp('-1d', 'renewal_quote_viewed', { policy: 'P-1', attrs: { premiumChangePct: 30 } })],
});

describe('playbooks', () => {
  it('selects the late-claim playbook for a late claim', () => {
    const a = assess({
      claims: [{ id: 'C-1', policy: 'P-1', status: 'assessing', reported: '-20d', promised: '-5d' }],
    });
    expect(ids(a)).toEqual(['late-claim']);
    expect(a.playbooks[0]).toMatchObject({ moves: ['apologise_and_own', 'expedite_claim', 'fix_promise_date'], scripts: ['claim-late'] });
  });

  it('selects on the stage the evidence is at: a rescue no-show brings the partner playbook, portal trouble does not', () => {
    const rescue = assess({
      claims: [{ id: 'C-1', policy: 'P-1', status: 'reported', reported: '-1d', promised: '+5d' }],
      touchpoints: [tp('-20h', 'rescue_no_show', { claim: 'C-1', partner: 'RES-1' })],
    });
    expect(ids(rescue)).toContain('partner-no-show');
    const portal = assess({ touchpoints: [1, 2, 3, 4].map((h) => tp(`-${String(h)}h`, 'portal_page_view', { attrs: { path: '/help' } })) });
    expect(ids(portal)).toEqual(['portal-help']);
  });

  it('selects on tier and band, in file order', () => {
    expect(ids(assess(premiumRise(true)))).toEqual(['premium-retention', 'premium-retention-vip', 'payment-trouble']);
    expect(ids(assess({ ...premiumRise(true), customer: { tier: 'silver' } }))).toEqual(['premium-retention', 'payment-trouble']);
  });

  it('drops marketing scripts for a customer without marketing consent, keeps the moves', () => {
    const vip = (marketing: boolean) => assess(premiumRise(marketing)).playbooks.find((p) => p.id === 'premium-retention-vip');
    expect(vip(true)?.scripts).toEqual(['premium-rise', 'advisor-review']);
    expect(vip(false)?.scripts).toEqual(['premium-rise']);
    expect(vip(false)?.moves).toEqual(['advisor_visit', 'remind_why_bought', 'renewal_offer']);
  });

  it('selects on the contact’s channel only when scoring for a contact on that channel', () => {
    const rules = defaultRules();
    const chatOnly: PlaybookRule = { id: 'chat-portal', title: 'Chat', when: { channels: ['chat'] }, moves: ['portal_walkthrough'], scripts: [] };
    rules.playbooks = [chatOnly];
    const facts = premiumRise(false);
    expect(assessRisk({ ...inputOf(facts), channel: 'chat' }, rules, NOW).playbooks.map((p) => p.id)).toEqual(['chat-portal']);
    expect(assessRisk({ ...inputOf(facts), channel: 'voice' }, rules, NOW).playbooks).toEqual([]);
    expect(assessRisk(inputOf(facts), rules, NOW).playbooks).toEqual([]);
  });

  it('returns at most three, the first in file order', () => {
    const rules = defaultRules();
    rules.playbooks = ['a', 'b', 'c', 'd'].map((id): PlaybookRule => ({ id, title: id, when: {}, moves: [], scripts: [] }));
    expect(ids(assess(premiumRise(false), rules))).toEqual(['a', 'b', 'c']);
  });
});
