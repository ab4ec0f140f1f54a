import { describe, expect, it } from 'vitest';
import {
  aComplaint,
  aContact,
  aPolicy,
  aPopBundle,
  aTimelinePage,
  daysFromNow,
  FIXTURE_NOW,
} from '../pop/test-fixtures';
import { knownFacts } from './known-facts';
import { aTroubledBundle } from './test-fixtures';

describe('knownFacts', () => {
  it('derives each fact with the data its source gave', () => {
    const facts = knownFacts(
      aTroubledBundle(),
      aContact({ ivrIntent: 'claim_status' }),
      FIXTURE_NOW,
    );
    expect(facts).toEqual([
      { kind: 'claim_late', claimId: 'C-2031', daysLate: 3, promisedAt: daysFromNow(-3) },
      {
        kind: 'complaint_open',
        complaintId: 'VOC-12',
        rootCauses: ['timeliness'],
        daysAgo: 2,
        extendedTo: null,
      },
      {
        kind: 'promise_overdue',
        promiseId: 'PR-3',
        description: 'Call back with adjuster report',
        madeBy: 'Agent 04',
        daysOverdue: 1,
      },
      {
        kind: 'billing',
        policyId: 'MOT-9',
        pendingCancellation: true,
        paymentFailed: false,
        daysOverdue: 12,
      },
      {
        kind: 'renewal_soon',
        policyId: 'HLT-2',
        daysLeft: expect.any(Number) as number,
        renewalDate: expect.any(String) as string,
      },
      { kind: 'ivr', intent: 'claim_status', path: ['1', '3'] },
      { kind: 'page_repeat', channel: 'portal', page: 'Viewed claim status page', count: 6 },
    ]);
  });

  it('marks an extended complaint', () => {
    const bundle = aPopBundle({
      complaints: [aComplaint({ openedAt: daysFromNow(-20), dueAt: daysFromNow(10) })],
    });
    expect(knownFacts(bundle, null, FIXTURE_NOW)).toContainEqual(
      expect.objectContaining({ kind: 'complaint_open', extendedTo: daysFromNow(10) }),
    );
  });

  it('invents nothing when there is nothing to know', () => {
    const bundle = aPopBundle({
      claims: [],
      complaints: [],
      promises: [],
      policies: [aPolicy({ renewalDate: '2026-01-01' })],
      timeline: aTimelinePage({ items: [] }),
    });
    expect(knownFacts(bundle, aContact({ ivrPath: [], ivrIntent: null }), FIXTURE_NOW)).toEqual([]);
    expect(knownFacts(bundle, null, FIXTURE_NOW)).toEqual([]);
  });
});
