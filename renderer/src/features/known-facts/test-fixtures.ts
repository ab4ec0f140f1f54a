import {
  aClaim,
  aComplaint,
  aPolicy,
  aPopBundle,
  aPromise,
  aTimelinePage,
  aTouchpoint,
  daysFromNow,
  FIXTURE_NOW,
} from '../pop/test-fixtures';

const minutesAgo = (minutes: number) => new Date(FIXTURE_NOW - minutes * 60_000).toISOString();

/** A customer whose late claim, open complaint, overdue promise and billing explain the call. */
export function aTroubledBundle() {
  return aPopBundle({
    claims: [
      aClaim({ id: 'C-2031', promisedAt: daysFromNow(-3) }),
      aClaim({ id: 'C-1', closedAt: daysFromNow(-40), promisedAt: daysFromNow(-50) }),
    ],
    complaints: [
      aComplaint({
        id: 'VOC-12',
        openedAt: daysFromNow(-2),
        dueAt: daysFromNow(13),
        rootCauses: ['timeliness'],
      }),
      aComplaint({ id: 'VOC-3', status: 'closed', closedAt: daysFromNow(-100) }),
    ],
    promises: [
      aPromise({
        id: 'PR-3',
        dueAt: daysFromNow(-1),
        madeBy: 'Agent 04',
        description: 'Call back with adjuster report',
      }),
    ],
    policies: [
      aPolicy({
        id: 'MOT-9',
        status: 'pending_cancellation',
        paymentStatus: 'overdue',
        daysOverdue: 12,
      }),
      aPolicy({
        id: 'HLT-2',
        line: 'health',
        renewalDate: new Date(FIXTURE_NOW + 9 * 86_400_000).toISOString().slice(0, 10),
      }),
    ],
    timeline: aTimelinePage({
      items: Array.from({ length: 6 }, (_, k) =>
        aTouchpoint(k, {
          occurredAt: minutesAgo(5 + k),
          channel: 'portal',
          kind: 'portal_claim_status_view',
          summary: 'Viewed claim status page',
        }),
      ),
    }),
  });
}
