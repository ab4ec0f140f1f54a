import { describe, expect, it } from 'vitest';
import type { Touchpoint } from '../../../../shared/schemas/touchpoint';
import { repeatedPageViewsToday } from './portal-repeats';
import {
  aClaim,
  aComplaint,
  aPromise,
  aTouchpoint,
  daysFromNow,
  FIXTURE_NOW,
} from './test-fixtures';
import { troubleChain, troubleTrigger } from './trouble-chain';

const minutesAgo = (minutes: number) => new Date(FIXTURE_NOW - minutes * 60_000).toISOString();

/** A late claim's story, newest first, with noise that must stay out of the chain. */
function story(): Touchpoint[] {
  const views = Array.from({ length: 6 }, (_, k) =>
    aTouchpoint(100 + k, {
      id: `view-${String(k)}`,
      occurredAt: minutesAgo(5 + k * 5),
      channel: 'portal',
      kind: 'portal_claim_status_view',
      summary: 'Viewed claim status page',
    }),
  );
  return [
    ...views,
    aTouchpoint(1, {
      id: 'promise-missed',
      occurredAt: daysFromNow(-2),
      anomaly: 'broken_promise',
      channel: 'voice',
    }),
    aTouchpoint(2, {
      id: 'other-claim',
      occurredAt: daysFromNow(-3),
      claimId: 'clm-9',
      channel: 'app',
    }),
    aTouchpoint(3, {
      id: 'no-show',
      occurredAt: daysFromNow(-5),
      claimId: 'clm-1',
      anomaly: 'no_show',
      channel: 'partner',
    }),
    aTouchpoint(4, {
      id: 'reported',
      occurredAt: daysFromNow(-12),
      claimId: 'clm-1',
      channel: 'voice',
    }),
    aTouchpoint(5, {
      id: 'old-anomaly',
      occurredAt: daysFromNow(-60),
      anomaly: 'sla_breach',
      channel: 'sms',
    }),
  ];
}

const sources = {
  claims: [aClaim({ id: 'clm-1', promisedAt: daysFromNow(-3) })],
  complaints: [],
  promises: [],
};

describe('troubleChain', () => {
  it('starts at the newest of open complaint, late claim and broken promise', () => {
    expect(troubleTrigger(sources, FIXTURE_NOW)).toMatchObject({ kind: 'late_claim', id: 'clm-1' });
    const withComplaint = {
      ...sources,
      complaints: [aComplaint({ id: 'cmp-7', openedAt: daysFromNow(-1) })],
    };
    expect(troubleTrigger(withComplaint, FIXTURE_NOW)).toMatchObject({
      kind: 'complaint',
      id: 'cmp-7',
    });
    const withPromise = {
      ...sources,
      promises: [aPromise({ id: 'prm-2', status: 'broken', resolvedAt: daysFromNow(-0.5) })],
    };
    expect(troubleTrigger(withPromise, FIXTURE_NOW)).toMatchObject({
      kind: 'broken_promise',
      id: 'prm-2',
    });
  });

  it('has no chain when nothing is in trouble', () => {
    const calm = { claims: [aClaim({ promisedAt: daysFromNow(3) })], complaints: [], promises: [] };
    const chain = troubleChain(calm, story(), FIXTURE_NOW);
    expect(chain.trigger).toBeNull();
    expect(chain.steps).toEqual([]);
    expect(chain.touchpointIds.size).toBe(0);
  });

  it('links the claim, recent anomalies and today’s repeated views, oldest first', () => {
    const chain = troubleChain(sources, story(), FIXTURE_NOW);
    expect(
      chain.steps.map((step) =>
        step.kind === 'repeat' ? `repeat×${String(step.page.count)}` : step.touchpoint.id,
      ),
    ).toEqual(['reported', 'no-show', 'promise-missed', 'repeat×6']);
    expect([...chain.touchpointIds].sort()).toEqual(
      [
        'no-show',
        'promise-missed',
        'reported',
        ...Array.from({ length: 6 }, (_, k) => `view-${String(k)}`),
      ].sort(),
    );
    expect(chain.touchpointIds.has('other-claim')).toBe(false);
    expect(chain.touchpointIds.has('old-anomaly')).toBe(false);
  });

  it('places repeated views among the linked touchpoints by time, in order or not', () => {
    // A claim's touchpoints every 20 minutes, and a page viewed three times in between.
    const claimCalls = Array.from({ length: 5 }, (_, k) =>
      aTouchpoint(300 + k, {
        id: `call-${String(k)}`,
        occurredAt: minutesAgo(k * 20),
        claimId: 'clm-1',
      }),
    );
    const views = [45, 50, 55].map((minutes, k) =>
      aTouchpoint(400 + k, {
        id: `quote-${String(k)}`,
        occurredAt: minutesAgo(minutes),
        channel: 'app',
        kind: 'app_quote_view',
        summary: 'Viewed renewal quote',
      }),
    );
    const newestFirst = [...claimCalls, ...views].sort((a, b) =>
      b.occurredAt.localeCompare(a.occurredAt),
    );
    const label = (items: Touchpoint[]) =>
      troubleChain(sources, items, FIXTURE_NOW).steps.map((step) =>
        step.kind === 'repeat' ? `repeat@${step.at}` : step.touchpoint.id,
      );
    const expected = ['call-4', 'call-3', `repeat@${minutesAgo(45)}`, 'call-2', 'call-1', 'call-0'];
    expect(label(newestFirst)).toEqual(expected);
    expect(label([...newestFirst].reverse())).toEqual(expected);
  });

  it('counts repeated self-service page views of today only, per page', () => {
    const items = [
      ...story(),
      aTouchpoint(200, {
        id: 'once',
        occurredAt: minutesAgo(3),
        channel: 'portal',
        kind: 'portal_faq_view',
        summary: 'FAQ',
      }),
      aTouchpoint(201, {
        id: 'yesterday',
        occurredAt: daysFromNow(-1),
        channel: 'portal',
        kind: 'portal_claim_status_view',
        summary: 'Viewed claim status page',
      }),
    ];
    expect(repeatedPageViewsToday(items, FIXTURE_NOW)).toMatchObject([
      { summary: 'Viewed claim status page', channel: 'portal', count: 6 },
    ]);
  });
});
