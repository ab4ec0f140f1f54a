/**
 * The pop read in one statement, on PGlite and (when FIREBREAK_TEST_DATABASE_URL is set)
 * PostgreSQL: every section decoded as the pop shows it (dates as ISO instants, joined partners,
 * newest first), the first timeline page the same as the timeline route's, and the total counted
 * only past a page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RiskAssessment } from '../../shared/schemas/risk.js';
import type { Database, Db } from '../db/client.js';
import { customers, policies, touchpoints } from '../db/schema.js';
import { customerRisk } from '../db/schema-preemption.js';
import { baseCustomer, loadFixtures, NOW } from '../testing/fixtures.js';
import { openTestDatabases, TEST_ENGINES } from '../testing/test-engines.js';
import { loadPop } from './pop-repository.js';
import { loadTimelinePage, TIMELINE_PAGE_SIZE } from './timeline.js';

const context = { agentName: '林伟', scripts: [], now: NOW };

async function withTouchpoints(db: Db, id: string, n: number): Promise<void> {
  await db.insert(customers).values({
    ...baseCustomer,
    id,
    name: `Customer ${id}`,
    phone: `+1415555${id.slice(-4)}`,
    intermediaryId: 'PTN-RES-1',
  });
  if (n === 0) return;
  await db.insert(touchpoints).values(
    Array.from({ length: n }, (_, i) => ({
      eventId: `${id}-${i}`,
      customerId: id,
      // two at each instant, so the id breaks the tie
      occurredAt: new Date(NOW.getTime() - Math.floor(i / 2) * 60_000),
      channel: 'app' as const,
      stage: 'renewal' as const,
      kind: 'app_login',
      summary: `login ${i}`,
    })),
  );
}

describe.each(TEST_ENGINES)('the pop read on $engine', ({ url }) => {
  let database: Database;
  let close = async () => {};

  beforeAll(async () => {
    const opened = await openTestDatabases(url, 'firebreak_pop');
    [database] = opened.nodes;
    close = opened.close;
    await loadFixtures(database);
  });
  afterAll(() => close());

  it('reads every section of the pop, decoded and newest first', async () => {
    const { db } = database;
    const assessment: RiskAssessment = {
      customerId: 'CUS-1',
      score: 72,
      band: 'high',
      tierMultiplier: 1.5,
      contributions: [],
      reason: {
        topic: { kind: 'promise', ref: 'PR-1' },
        signals: [],
        rootCauses: [{ code: 'timeliness', confidence: 1 }],
        summary: 'A promise is overdue',
      },
      playbooks: [],
      rulesVersion: 'test',
      computedAt: NOW.toISOString(),
    };
    await db.insert(customerRisk).values({
      customerId: 'CUS-1',
      score: 72,
      band: 'high',
      assessment,
      rulesVersion: 'test',
      computedAt: NOW,
    });
    await db.insert(policies).values({
      id: 'P-099',
      customerId: 'CUS-1',
      line: 'property',
      product: '家财险',
      status: 'lapsed',
      startDate: '2024-01-01',
      renewalDate: '2025-01-01',
      premiumMinor: 900_00,
      paymentStatus: 'overdue',
      daysOverdue: 40,
    });
    const pop = await loadPop(db, 'CUS-1', context);
    expect(pop?.customer).toMatchObject({
      id: 'CUS-1',
      name: '王芳',
      tier: 'diamond',
      phoneMasked: expect.not.stringContaining('13800000001') as string,
      intermediary: null,
      hasHealthDetails: true,
    });
    expect(pop?.policies.map((p) => [p.id, p.renewalDate, p.daysOverdue])).toEqual([
      ['P-099', '2025-01-01', 40],
      ['P-100', '2026-12-01', 0],
    ]);
    expect(pop?.claims).toEqual([
      expect.objectContaining({
        id: 'C-2031',
        reportedAt: new Date(NOW.getTime() - 10 * 86_400_000).toISOString(),
        closedAt: null,
        amountPaidMinor: null,
        adjuster: { id: 'PTN-ADJ-1', name: '华东公估', kind: 'adjuster' },
        rescue: { id: 'PTN-RES-1', name: 'Swift Rescue', kind: 'rescue' },
      }),
    ]);
    expect(pop?.complaints).toEqual([
      expect.objectContaining({
        id: 'VOC-1',
        rootCauses: ['timeliness', 'promise_mismatch'],
        originTouchpointId: expect.stringMatching(/^\d+$/) as string,
        closedAt: null,
      }),
    ]);
    expect(pop?.promises).toEqual([
      expect.objectContaining({
        id: 'PR-1',
        dueAt: new Date(NOW.getTime() - 4 * 86_400_000).toISOString(),
        resolvedAt: null,
      }),
    ]);
    expect(pop?.risk).toEqual(assessment);
    // The first page, as the timeline route pages it: 50 of 60, the partner's name joined.
    expect(pop?.timeline).toEqual(await loadTimelinePage(db, 'CUS-1'));
    expect(pop?.timeline.total).toBe(60);
    expect(pop?.timeline.items[0]).toMatchObject({
      kind: 'portal_claim_page_view',
      anomaly: 'long_dwell',
      dwellSeconds: 420,
      partnerName: '华东公估',
    });
    expect(pop?.timeline.items[1]).toMatchObject({ partnerName: null });
  });

  it.each([0, 3, TIMELINE_PAGE_SIZE, TIMELINE_PAGE_SIZE + 1])(
    'pages a timeline of %i touchpoints as the timeline route does',
    async (n) => {
      const { db } = database;
      const id = `CUS-T${String(n).padStart(4, '0')}`;
      await withTouchpoints(db, id, n);
      const pop = await loadPop(db, id, context);
      const page = await loadTimelinePage(db, id);
      expect(pop?.timeline).toEqual(page);
      expect(page.total).toBe(n);
      expect(page.nextCursor === null).toBe(n <= TIMELINE_PAGE_SIZE);
      expect(pop?.customer.intermediary).toEqual({
        id: 'PTN-RES-1',
        name: 'Swift Rescue',
        kind: 'rescue',
      });
      expect(pop?.policies).toEqual([]);
      expect(pop?.risk).toBeNull();
    },
  );

  it('finds no pop for an unknown customer', async () => {
    expect(await loadPop(database.db, 'CUS-404', context)).toBeNull();
  });
});
