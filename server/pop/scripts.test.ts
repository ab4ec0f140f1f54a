import { describe, expect, it } from 'vitest';
import type { Claim, CustomerProfile } from '../../shared/schemas/customer.js';
import type { RiskAssessment } from '../../shared/schemas/risk.js';
import { recommendScripts, type ScriptFacts, type ScriptTemplate } from './scripts.js';

const NOW = new Date('2026-11-22T09:00:00Z');
const customer: CustomerProfile = {
  id: 'CUS-1', name: 'Olen Rutherford', tier: 'silver', phoneMasked: '+1 ***', emailMasked: null, idNumberMasked: '***',
  bankAccountMasked: null, hasHealthDetails: false,
  city: 'Shanghai', preferredLanguage: 'en', preferredChannel: 'app', consent: { sms: true, marketing: false, recording: true },
  customerSince: '2020-01-01', ltvMinor: 0, churnRisk: 0.1, advisorName: null, intermediary: null,
};
const claim = (id: string, promisedDaysAgo: number): Claim => ({
  id, policyId: 'P-1', status: 'assessing', description: 'x', reportedAt: '2026-11-01T00:00:00.000Z',
  promisedAt: new Date(NOW.getTime() - promisedDaysAgo * 86_400_000).toISOString(), closedAt: null,
  amountClaimedMinor: 1, amountPaidMinor: null, adjuster: null, rescue: null,
});
const catalog: ScriptTemplate[] = [
  { id: 'claim-late.en', title: 'Claim running late', body: 'Claim {claimId} is {daysLate} days late.', language: 'en', rootCause: 'timeliness', stage: 'claim', marketing: false, priority: 100 },
];
const facts = (risk: RiskAssessment | null): ScriptFacts => ({
  customer, policies: [], claims: [claim('C-2005', 6), claim('C-2006', 5)], complaints: [], promises: [], agentName: 'Lin', now: NOW, risk,
});
const aboutClaim = (ref: string) =>
  ({ reason: { topic: { kind: 'claim', ref }, signals: [], rootCauses: [], summary: '' }, playbooks: [] }) as unknown as RiskAssessment;

describe('recommended scripts name the claim the contact is about', () => {
  it('without a risk assessment, the claim furthest past its promise', () => {
    expect(recommendScripts(catalog, facts(null))[0]?.text).toBe('Claim C-2005 is 6 days late.');
  });

  it('with one, the claim the predicted reason names', () => {
    expect(recommendScripts(catalog, facts(aboutClaim('C-2006')))[0]?.text).toBe('Claim C-2006 is 5 days late.');
  });
});
