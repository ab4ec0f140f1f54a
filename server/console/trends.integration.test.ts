/**
 * Trends over hand-made data at a fixed "now" far from the fixtures' dates, so every number below
 * is counted by hand from the rows this file inserts. Runs on PGlite, and on PostgreSQL too when
 * FIREBREAK_TEST_DATABASE_URL is set (CI, see .ci/run).
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleTrendsSchema, type ConsoleTrends } from '../../shared/schemas/console-trends.js';
import type { Db } from '../db/client.js';
import { claims, complaints, contacts, partners, policies, touchpoints } from '../db/schema.js';
import { customerRisk, preemptionWorklist } from '../db/schema-preemption.js';
import { startTestGateway, type TestGateway } from '../testing/harness.js';
import { createScratchDatabase } from '../testing/scratch-postgres.js';
import { loadTrends } from './trends-repository.js';

const NOW = new Date('2031-03-10T10:20:00Z');
const at = (iso: string) => new Date(`2031-03-${iso}Z`);

let seq = 0;
function contact(
  createdAt: string,
  more: Partial<typeof contacts.$inferInsert>,
): typeof contacts.$inferInsert {
  seq += 1;
  return {
    id: `CT-TR-${String(seq)}`,
    externalId: `trend-${String(seq)}`,
    channel: 'voice',
    queueId: 'claims-voice',
    state: 'closed',
    match: more.customerId ? 'one' : 'none',
    createdAt: at(createdAt),
    queuedAt: at(createdAt),
    ...more,
  };
}

async function insertScenario(db: Db): Promise<void> {
  // Risk as stored: CUS-1 80 (high), CUS-2 40 (medium), CUS-3 not scored.
  const [stored] = await db.select().from(customerRisk).limit(1);
  if (!stored) throw new Error('the fixtures should be scored at start');
  const risk = (customerId: string, score: number, band: 'high' | 'medium') => ({
    ...stored,
    customerId,
    score,
    band,
  });
  await db.delete(customerRisk);
  await db.insert(customerRisk).values([risk('CUS-1', 80, 'high'), risk('CUS-2', 40, 'medium')]);

  await db.insert(contacts).values([
    // 08:00 — arrived, answered in 15 s
    contact('10T08:10:00', {
      customerId: 'CUS-1',
      acceptedAt: at('10T08:10:15'),
      closedAt: at('10T08:20:00'),
    }),
    // 08:00 arrival, answered at 09:00:30 after 10 min: late, counted at 09:00
    contact('10T08:50:00', {
      customerId: 'CUS-2',
      acceptedAt: at('10T09:00:30'),
      closedAt: at('10T09:10:00'),
    }),
    // 09:00 — abandoned after 10 s (does not count), and after 60 s (missed)
    contact('10T09:05:00', { state: 'abandoned', closedAt: at('10T09:05:10') }),
    contact('10T09:30:00', {
      customerId: 'CUS-3',
      state: 'abandoned',
      closedAt: at('10T09:31:00'),
    }),
    // 10:00 — answered in 5 s
    contact('10T10:00:00', { customerId: 'CUS-1', state: 'active', acceptedAt: at('10T10:00:05') }),
    // arrived before the window, answered in it (11 s): an 08:00 answer, not an 08:00 contact
    contact('10T07:59:59', { acceptedAt: at('10T08:00:10'), closedAt: at('10T08:05:00') }),
    // after "now": not counted
    contact('10T10:25:00', {
      customerId: 'CUS-1',
      acceptedAt: at('10T10:25:01'),
      closedAt: at('10T10:30:00'),
    }),
  ]);

  await db.insert(partners).values([
    { id: 'PTN-T-ADJ', name: 'Trend Adjusters', kind: 'adjuster' },
    { id: 'PTN-T-RES', name: 'Trend Rescue', kind: 'rescue' },
  ]);
  const policy = {
    customerId: 'CUS-2',
    product: 'x',
    status: 'active',
    startDate: '2030-01-01',
    renewalDate: '2032-01-01',
    premiumMinor: 1,
    paymentStatus: 'paid',
  } as const;
  await db.insert(policies).values([
    { ...policy, id: 'P-T-H', line: 'health' },
    { ...policy, id: 'P-T-P', line: 'property' },
  ]);
  const claim = (
    id: string,
    promisedAt: string,
    closedAt: string | null,
    adjusterId: string | null,
    rescueId: string | null = null,
  ) => ({
    id,
    customerId: 'CUS-2',
    policyId: 'P-T-P',
    status: 'assessing' as const,
    description: id,
    reportedAt: at('01T00:00:00'),
    promisedAt: at(promisedAt),
    closedAt: closedAt === null ? null : at(closedAt),
    amountClaimedMinor: 1,
    adjusterId,
    rescueId,
  });
  await db.insert(claims).values([
    claim('CL-T1', '08T12:00:00', '08T11:00:00', 'PTN-T-ADJ', 'PTN-T-RES'), // kept, both partners
    claim('CL-T2', '09T12:00:00', '09T18:00:00', 'PTN-T-ADJ'), // closed late
    claim('CL-T3', '10T09:00:00', null, 'PTN-T-ADJ'), // due, still open
    claim('CL-T4', '10T12:00:00', null, 'PTN-T-ADJ'), // not due yet
    claim('CL-T5', '07T12:00:00', null, 'PTN-T-ADJ'), // due before the window
    claim('CL-T6', '09T08:00:00', '09T07:00:00', 'PTN-T-ADJ', 'PTN-T-ADJ'), // kept; one claim though both roles
  ]);

  const tp = (n: number, partnerId: string, occurredAt: string, anomaly: 'sla_breach' | null) => ({
    eventId: `trend-tp-${String(n)}`,
    customerId: 'CUS-2',
    occurredAt: at(occurredAt),
    channel: 'partner' as const,
    stage: 'claim' as const,
    kind: 'adjuster_update',
    summary: 'update',
    partnerId,
    anomaly,
  });
  await db.insert(touchpoints).values([
    tp(1, 'PTN-T-ADJ', '08T10:00:00', 'sla_breach'),
    tp(2, 'PTN-T-ADJ', '09T10:00:00', null),
    tp(3, 'PTN-T-ADJ', '10T10:00:00', null),
    tp(4, 'PTN-T-ADJ', '10T10:30:00', 'sla_breach'), // after now
    tp(5, 'PTN-T-ADJ', '07T23:59:00', 'sla_breach'), // before the window
  ]);

  type Cause = (typeof complaints.$inferInsert)['rootCauses'];
  const complaint = (
    id: string,
    openedAt: string,
    rootCauses: Cause,
    link: { claimId?: string; policyId?: string },
  ) => ({
    id,
    customerId: 'CUS-2',
    openedAt: at(openedAt),
    dueAt: at('20T00:00:00'),
    status: 'open' as const,
    rootCauses,
    channel: 'voice' as const,
    customerWords: id,
    ...link,
  });
  await db.insert(complaints).values([
    complaint('V-T1', '08T09:00:00', ['timeliness', 'attitude'], { policyId: 'P-T-H' }),
    complaint('V-T2', '09T15:00:00', ['timeliness'], { claimId: 'CL-T1' }), // property, via its claim
    complaint('V-T3', '10T08:00:00', ['amount', 'amount'], { claimId: 'CL-T6' }), // one cause, once
    complaint('V-T4', '07T23:00:00', ['accuracy'], { claimId: 'CL-T2' }), // before the window
    complaint('V-T5', '10T10:00:00', ['professionalism'], {}), // no policy: no line
    complaint('V-T6', '10T11:00:00', ['attitude'], { policyId: 'P-T-H' }), // after now
  ]);

  const item = (
    id: string,
    customerId: string,
    outcome: 'resolved' | 'no_answer' | null,
    closedAt: string,
  ) => ({
    id,
    customerId,
    score: 70,
    points: 70,
    band: 'high' as const,
    reason: {
      topic: { kind: 'claim' as const, ref: null },
      signals: [],
      rootCauses: [],
      summary: 'test',
    },
    action: 'callback' as const,
    notBefore: at('01T00:00:00'),
    status: 'done' as const,
    outcome,
    closedAt: at(closedAt),
  });
  await db.insert(preemptionWorklist).values([
    item('WL-T1', 'CUS-2', 'resolved', '08T12:00:00'),
    item('WL-T2', 'CUS-3', 'resolved', '08T13:00:00'),
    item('WL-T3', 'CUS-4', 'no_answer', '10T09:00:00'),
    item('WL-T4', 'CUS-2', 'resolved', '07T12:00:00'), // before the window
    item('WL-T5', 'CUS-3', null, '09T12:00:00'), // withdrawn: no outcome
  ]);
}

const nonZero = (
  rows: ConsoleTrends['complaintsByRootCause' | 'complaintsByLine' | 'worklistOutcomes'],
) => rows.filter((r) => r.count > 0).map((r) => `${r.day} ${r.key} ${String(r.count)}`);

function expectHandCounted(trends: ConsoleTrends): void {
  consoleTrendsSchema.parse(trends);
  expect(trends.hours).toEqual([
    // K1 and K2 arrived (risk 80 and 40); K1 and the early one answered in time
    {
      hour: '2031-03-10T08:00:00.000Z',
      contacts: 2,
      answered: 2,
      abandoned: 0,
      serviceLevel: 1,
      averageRisk: 60,
      highRisk: 1,
    },
    // K2 answered late + the abandon after 60 s = 0 of 2; no scored customer among the arrivals
    {
      hour: '2031-03-10T09:00:00.000Z',
      contacts: 2,
      answered: 1,
      abandoned: 2,
      serviceLevel: 0,
      averageRisk: null,
      highRisk: 0,
    },
    {
      hour: '2031-03-10T10:00:00.000Z',
      contacts: 1,
      answered: 1,
      abandoned: 0,
      serviceLevel: 1,
      averageRisk: 80,
      highRisk: 1,
    },
  ]);
  expect(trends.complaintsByRootCause).toHaveLength(3 * 6);
  expect(trends.complaintsByRootCause[0]).toEqual({
    day: '2031-03-08',
    key: 'timeliness',
    count: 1,
  });
  expect(nonZero(trends.complaintsByRootCause)).toEqual([
    '2031-03-08 timeliness 1',
    '2031-03-08 attitude 1',
    '2031-03-09 timeliness 1',
    '2031-03-10 professionalism 1',
    '2031-03-10 amount 1',
  ]);
  expect(trends.complaintsByLine).toHaveLength(3 * 4);
  expect(nonZero(trends.complaintsByLine)).toEqual([
    '2031-03-08 health 1',
    '2031-03-09 property 1',
    '2031-03-10 property 1',
  ]);
  expect(nonZero(trends.worklistOutcomes)).toEqual([
    '2031-03-08 resolved 2',
    '2031-03-10 no_answer 1',
  ]);
  expect(trends.partners).toEqual([
    // The fixtures' partners: nothing in this window.
    {
      partnerId: 'PTN-ADJ-1',
      name: '华东公估',
      kind: 'adjuster',
      promisesDue: 0,
      timeliness: null,
      touchpoints: 0,
      errorRate: null,
      complaints: 0,
    },
    {
      partnerId: 'PTN-RES-1',
      name: 'Swift Rescue',
      kind: 'rescue',
      promisesDue: 0,
      timeliness: null,
      touchpoints: 0,
      errorRate: null,
      complaints: 0,
    },
    // CL-T1, T2, T3, T6 due; T1 and T6 kept. 3 touchpoints, 1 anomaly. V-T2 (CL-T1) and V-T3 (CL-T6).
    {
      partnerId: 'PTN-T-ADJ',
      name: 'Trend Adjusters',
      kind: 'adjuster',
      promisesDue: 4,
      timeliness: 0.5,
      touchpoints: 3,
      errorRate: 1 / 3,
      complaints: 2,
    },
    {
      partnerId: 'PTN-T-RES',
      name: 'Trend Rescue',
      kind: 'rescue',
      promisesDue: 1,
      timeliness: 1,
      touchpoints: 0,
      errorRate: null,
      complaints: 1,
    },
  ]);
}

describe('trends on PGlite', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(async () => {
    await gw.close();
  });

  it('adds up the hand-made hours and days as counted by hand', async () => {
    await insertScenario(gw.database.db);
    expectHandCounted(
      await loadTrends(gw.database.db, { now: NOW, hours: 3, days: 3, serviceLevelSeconds: 20 }),
    );
  });

  it('answers team leads over HTTP with every bucket, and refuses anyone else', async () => {
    const lead = (await gw.login('zhang.lead')).token;
    const now = Date.now();
    const res = await gw.api('GET', '/api/v1/console/trends', lead);
    expect(res.status).toBe(200);
    const trends = consoleTrendsSchema.parse(await res.json());
    // Defaults: 8 hours and 14 days, the current ones last.
    expect(trends.hours).toHaveLength(8);
    expect(Date.parse(trends.hours[7]?.hour ?? '')).toBe(Math.floor(now / 3_600_000) * 3_600_000);
    expect(trends.worklistOutcomes).toHaveLength(14 * 6);
    expect(trends.worklistOutcomes.at(-1)?.day).toBe(new Date(now).toISOString().slice(0, 10));

    // A contact arriving now counts in the current hour.
    const before = trends.hours[7]?.contacts ?? 0;
    await gw.database.db.insert(contacts).values(
      contact('10T00:00:00', {
        createdAt: new Date(),
        queuedAt: new Date(),
        state: 'abandoned',
        closedAt: new Date(),
      }),
    );
    const again = consoleTrendsSchema.parse(
      await (await gw.api('GET', '/api/v1/console/trends?hours=2&days=1', lead)).json(),
    );
    expect(again.hours).toHaveLength(2);
    expect(again.complaintsByRootCause).toHaveLength(6);
    expect(again.hours[1]).toMatchObject({ contacts: before + 1, abandoned: 1 });

    expect((await gw.api('GET', '/api/v1/console/trends?hours=0', lead)).status).toBe(400);
    expect((await gw.api('GET', '/api/v1/console/trends?days=91', lead)).status).toBe(400);
    expect(
      (await gw.api('GET', '/api/v1/console/trends', (await gw.login('chen.jing')).token)).status,
    ).toBe(403);
    expect((await gw.api('GET', '/api/v1/console/trends', 'nope')).status).toBe(401);
  });
});

const adminUrl = process.env.FIREBREAK_TEST_DATABASE_URL;

describe.runIf(adminUrl)('trends on PostgreSQL', () => {
  let gw: TestGateway;
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  beforeAll(async () => {
    scratch = await createScratchDatabase(adminUrl ?? '', 'firebreak_trends');
    const url = new URL(scratch.url);
    // Sessions in Shanghai time: the buckets must still be UTC.
    url.searchParams.set('options', '-c TimeZone=Asia/Shanghai');
    gw = await startTestGateway({ databaseUrl: url.toString() });
  });
  afterAll(async () => {
    await gw.close();
    await scratch.drop();
  });

  it('gives the same hand-counted numbers, whatever the server time zone', async () => {
    expect(gw.database.engine).toBe('postgres');
    const zone = await gw.database.db.execute<{ TimeZone: string }>(sql`SHOW TimeZone`);
    expect((zone as { rows: { TimeZone: string }[] }).rows[0]?.TimeZone).toBe('Asia/Shanghai');
    await insertScenario(gw.database.db);
    expectHandCounted(
      await loadTrends(gw.database.db, { now: NOW, hours: 3, days: 3, serviceLevelSeconds: 20 }),
    );
    const [row] = await gw.database.db
      .select()
      .from(customerRisk)
      .where(eq(customerRisk.customerId, 'CUS-1'));
    expect(row?.score).toBe(80);
  });
});
