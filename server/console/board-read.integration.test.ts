/**
 * The board's one-statement read, on PGlite and (when FIREBREAK_TEST_DATABASE_URL is set)
 * PostgreSQL: live contacts decoded with their customer, risk, promises and transfer; the day's
 * finished contacts on the first read; on the next, the ones finished since, including one whose
 * finishing event is below the watermark (a late commit leaves it so).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RiskAssessment } from '../../shared/schemas/risk.js';
import type { Database, Db } from '../db/client.js';
import { contactEvents, contacts, promises } from '../db/schema.js';
import { customerRisk } from '../db/schema-preemption.js';
import { eq, sql } from 'drizzle-orm';
import { DEFAULT_POOL_SIZE } from '../db/pg-pool.js';
import { loadFixtures, NOW } from '../testing/fixtures.js';
import { openTestDatabases, TEST_ENGINES } from '../testing/test-engines.js';
import { readBoardAll, readBoardChanges } from './board-read.js';

const MIN = 60_000;
const at = (minutesAgo: number) => new Date(NOW.getTime() - minutesAgo * MIN);
const startOfDay = new Date(NOW.getTime() - 9 * 60 * MIN);

const reason: RiskAssessment['reason'] = {
  topic: { kind: 'promise', ref: 'PR-1' },
  signals: [],
  rootCauses: [{ code: 'timeliness', confidence: 1 }],
  summary: 'A promise is overdue',
};

async function finishedContact(db: Db, id: string, created: number, closed: number) {
  await db.insert(contacts).values({
    id,
    externalId: `ext-${id}`,
    channel: 'voice',
    queueId: 'claims-voice',
    state: 'closed',
    match: 'none',
    createdAt: at(created),
    queuedAt: at(created),
    acceptedAt: at(created - 1),
    closedAt: at(closed),
  });
  const [event] = await db
    .insert(contactEvents)
    .values({
      contactId: id,
      at: at(closed),
      action: 'wrap',
      fromState: 'wrap_up',
      toState: 'closed',
    })
    .returning({ id: contactEvents.id });
  return event?.id ?? 0;
}

describe.each(TEST_ENGINES)('the board read on $engine', ({ engine, url }) => {
  let database: Database;
  let close = async () => {};

  beforeAll(async () => {
    const opened = await openTestDatabases(url, 'firebreak_board');
    [database] = opened.nodes;
    close = opened.close;
    await loadFixtures(database);
    const { db } = database;
    await db.insert(customerRisk).values({
      customerId: 'CUS-1',
      score: 72,
      band: 'high',
      assessment: {
        customerId: 'CUS-1',
        score: 72,
        band: 'high',
        tierMultiplier: 1.5,
        contributions: [],
        reason,
        playbooks: [],
        rulesVersion: 'test',
        computedAt: NOW.toISOString(),
      },
      rulesVersion: 'test',
      computedAt: NOW,
    });
    // PR-1 (fixtures) is open and four days overdue; one falls due tomorrow, one was kept.
    await db.insert(promises).values([
      {
        id: 'PR-next',
        customerId: 'CUS-1',
        description: 'call back',
        madeBy: 'x',
        madeAt: at(60),
        dueAt: at(-24 * 60),
        status: 'open',
      },
      {
        id: 'PR-kept',
        customerId: 'CUS-1',
        description: 'sent',
        madeBy: 'x',
        madeAt: at(60),
        dueAt: at(30),
        status: 'kept',
      },
    ]);
    await db.insert(contacts).values([
      {
        id: 'CT-waiting',
        externalId: 'ext-waiting',
        channel: 'voice',
        queueId: 'claims-voice',
        state: 'queued',
        match: 'one',
        customerId: 'CUS-1',
        createdAt: at(2),
        queuedAt: at(1),
      },
      {
        id: 'CT-chat',
        externalId: 'ext-chat',
        channel: 'chat',
        queueId: 'service-chat',
        state: 'active',
        match: 'none',
        customerName: 'Ali',
        offeredTo: 'AG-2',
        createdAt: at(10),
        queuedAt: at(10),
        offeredAt: at(9),
        acceptedAt: at(8),
        pendingTransfer: {
          toAgentId: 'AG-1',
          toAgentName: '林伟',
          handover: {
            fromAgentId: 'AG-2',
            fromAgentName: '陈静',
            mode: 'warm',
            note: '',
            facts: [],
            at: at(1).toISOString(),
          },
        },
      },
    ]);
  });
  afterAll(() => close());

  it('reads the live contacts, the day finished and the newest event, decoded', async () => {
    const { db } = database;
    const early = await finishedContact(db, 'CT-done', 120, 100);
    await finishedContact(db, 'CT-yesterday', 10 * 60, 30); // created before the day
    const read = await readBoardAll(db, NOW, startOfDay);

    const byId = new Map(read.live.map((c) => [c.contactId, c]));
    expect(byId.get('CT-waiting')).toEqual({
      contactId: 'CT-waiting',
      channel: 'voice',
      state: 'queued',
      queueId: 'claims-voice',
      customerId: 'CUS-1',
      customerName: '王芳',
      tier: 'diamond',
      riskScore: 72,
      riskBand: 'high',
      predictedReason: reason,
      overduePromiseIds: ['PR-1'],
      nextPromiseDueAt: at(-24 * 60),
      createdAt: at(2),
      queuedAt: at(1),
      offeredAt: null,
      acceptedAt: null,
      endedAt: null,
      ownerId: null,
      transfer: null,
    });
    expect(byId.get('CT-chat')).toMatchObject({
      customerId: null,
      customerName: 'Ali',
      tier: null,
      riskScore: null,
      overduePromiseIds: [],
      ownerId: 'AG-2',
      acceptedAt: at(8),
      transfer: { toAgentId: 'AG-1', at: at(1) },
    });
    expect(read.live).toHaveLength(2);
    expect(read.finished).toEqual([
      {
        id: 'CT-done',
        queueId: 'claims-voice',
        state: 'closed',
        createdAt: at(120),
        acceptedAt: at(119),
        closedAt: at(100),
      },
    ]);
    expect(read.watermark).toBeGreaterThan(early);
  });

  it('reads what finished since: past the watermark, and a last-read live contact committed late', async () => {
    const { db } = database;
    const first = await readBoardAll(db, NOW, startOfDay);
    const later = await finishedContact(db, 'CT-later', 20, 5);
    // Finished without an event past the watermark.
    await db
      .update(contacts)
      .set({ state: 'abandoned', closedAt: at(3) })
      .where(eq(contacts.id, 'CT-waiting'));

    const read = await readBoardChanges(db, NOW, {
      watermark: first.watermark,
      liveIds: new Set(first.live.map((c) => c.contactId)),
    });
    expect(read.live.map((c) => c.contactId)).toEqual(['CT-chat']);
    expect(read.finished.map((c) => [c.id, c.state]).sort()).toEqual([
      ['CT-later', 'closed'],
      ['CT-waiting', 'abandoned'],
    ]);
    expect(read.finished.find((c) => c.id === 'CT-waiting')?.closedAt).toEqual(at(3));
    expect(read.watermark).toBe(later);

    // Nothing more since: nothing finished, the watermark stays.
    const again = await readBoardChanges(db, NOW, {
      watermark: read.watermark,
      liveIds: new Set(read.live.map((c) => c.contactId)),
    });
    expect(again.finished).toEqual([]);
    expect(again.watermark).toBe(later);
  });

  it.runIf(engine === 'postgres')(
    'reads the board while routing holds every connection of the main pool',
    async () => {
      const release: Array<() => void> = [];
      const holding = Array.from({ length: DEFAULT_POOL_SIZE }, () =>
        database.db.transaction(async (tx) => {
          await tx.execute(sql`select 1`);
          await new Promise<void>((resolve) => release.push(resolve));
        }),
      );
      await vi.waitFor(() => expect(release).toHaveLength(DEFAULT_POOL_SIZE), { timeout: 5000 });
      try {
        const read = await Promise.race([
          readBoardAll(database.boardDb, NOW, startOfDay),
          new Promise<never>((_, reject) =>
            setTimeout(() => reject(new Error('the board waited for a connection')), 2000),
          ),
        ]);
        expect(read.live.map((c) => c.contactId)).toEqual(['CT-chat']);
      } finally {
        for (const done of release) done();
        await Promise.all(holding);
      }
    },
  );
});
