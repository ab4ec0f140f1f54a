/**
 * Risk and worklist fixtures, parsed with the shared schemas so they never drift from the
 * contract. Times are relative to the pop fixtures' FIXTURE_NOW (15 June 2025, Shanghai).
 */
import type { RiskAssessment, WorklistItem } from '../../../../shared/schemas/risk';
import { riskAssessmentSchema, worklistItemSchema } from '../../../../shared/schemas/risk';
import { daysFromNow } from '../pop/test-fixtures';

/** Claim C-2031 three days late, and the customer calling again about it: a high risk. */
export function aRiskAssessment(overrides: Partial<RiskAssessment> = {}): RiskAssessment {
  return riskAssessmentSchema.parse({
    customerId: 'cust-001',
    score: 82,
    band: 'high',
    tierMultiplier: 1.3,
    contributions: [
      {
        signal: 'repeat_contact',
        weight: 20,
        points: 26,
        topic: { kind: 'claim', ref: 'C-2031' },
        rootCauses: ['timeliness'],
        evidence: ['tp-1', 'tp-3'],
        facts: { contacts: 3, days: 7 },
      },
      {
        signal: 'claim_overdue',
        weight: 40,
        points: 56.2,
        topic: { kind: 'claim', ref: 'C-2031' },
        rootCauses: ['timeliness'],
        evidence: ['tp-150'],
        facts: { claimId: 'C-2031', promisedAt: '2025-06-12', daysLate: 3 },
      },
    ],
    reason: {
      topic: { kind: 'claim', ref: 'C-2031' },
      signals: [
        {
          signal: 'claim_overdue',
          facts: { claimId: 'C-2031', promisedAt: '2025-06-12', daysLate: 3 },
        },
        { signal: 'repeat_contact', facts: { contacts: 3, days: 7 } },
      ],
      rootCauses: [
        { code: 'timeliness', confidence: 0.8 },
        { code: 'promise_mismatch', confidence: 0.2 },
      ],
      summary: 'Claim C-2031 is 3 days past its promised date; 3 contacts in 7 days.',
    },
    playbooks: [
      {
        id: 'late-claim',
        title: 'Late claim — own it and expedite',
        moves: ['apologise_and_own', 'expedite_claim', 'fix_promise_date'],
        scripts: ['claim-late'],
      },
    ],
    rulesVersion: '2026-11-22.1',
    computedAt: daysFromNow(0),
    ...overrides,
  });
}

/** A premium rise on renewal: a medium risk. */
export function aMediumRisk(overrides: Partial<RiskAssessment> = {}): RiskAssessment {
  const facts = { policyId: 'MOT-9', premiumChangePct: 18 };
  return aRiskAssessment({
    score: 48,
    band: 'medium',
    contributions: [
      {
        signal: 'premium_rise',
        weight: 25,
        points: 48,
        topic: { kind: 'renewal', ref: 'MOT-9' },
        rootCauses: ['amount'],
        evidence: [],
        facts,
      },
    ],
    reason: {
      topic: { kind: 'renewal', ref: 'MOT-9' },
      signals: [{ signal: 'premium_rise', facts }],
      rootCauses: [{ code: 'amount', confidence: 1 }],
      summary: 'Renewal premium of MOT-9 up 18%.',
    },
    playbooks: [],
    ...overrides,
  });
}

/** A calm customer: nothing stands out. */
export function aLowRisk(overrides: Partial<RiskAssessment> = {}): RiskAssessment {
  return aRiskAssessment({
    score: 4,
    band: 'low',
    contributions: [],
    reason: {
      topic: { kind: 'none', ref: null },
      signals: [],
      rootCauses: [],
      summary: 'Nothing stands out.',
    },
    playbooks: [],
    ...overrides,
  });
}

export function aWorklistItem(overrides: Partial<WorklistItem> = {}): WorklistItem {
  const risk = aRiskAssessment();
  return worklistItemSchema.parse({
    id: 'wl-1',
    customerId: 'cust-001',
    customerName: 'Wang Li',
    tier: 'diamond',
    score: risk.score,
    points: risk.contributions.reduce((sum, c) => sum + c.points, 0),
    band: risk.band,
    reason: risk.reason,
    action: 'callback',
    notBefore: daysFromNow(-1),
    status: 'open',
    claimedBy: null,
    claimedByName: null,
    claimedAt: null,
    outcome: null,
    note: null,
    createdAt: daysFromNow(-1),
    ...overrides,
  });
}
