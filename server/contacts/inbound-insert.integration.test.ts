/**
 * The inbound contact's one statement (insertContact with matchedCte), on PGlite and (when
 * FIREBREAK_TEST_DATABASE_URL is set) PostgreSQL: who the caller is, in which order the ways of
 * finding them are tried, and their place in the queue.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InboundContact } from '../../shared/schemas/contact.js';
import type { Database } from '../db/client.js';
import { preemptionWorklist } from '../db/schema-preemption.js';
import { loadFixtures } from '../testing/fixtures.js';
import { openTestDatabases, TEST_ENGINES, type TestDatabases } from '../testing/test-engines.js';
import { insertContact } from './contact-repository.js';

let counter = 0;
const inbound = (from: InboundContact['from']): InboundContact => {
  counter += 1;
  return { externalId: `match-${counter}`, channel: 'voice', queue: 'claims-voice', from };
};

describe.each(TEST_ENGINES)('insertContact on $engine', ({ url }) => {
  let dbs: TestDatabases;
  let database: Database;
  beforeAll(async () => {
    dbs = await openTestDatabases(url, 'inbound');
    [database] = dbs.nodes;
    await loadFixtures(database);
  });
  afterAll(async () => {
    await dbs.close();
  });

  const matchOf = async (from: InboundContact['from']) => {
    const { row } = await insertContact(database.db, inbound(from));
    return { match: row.match, customerId: row.customerId, candidateIds: row.candidateIds };
  };

  it('tries the customer id, then the phone, then the email, and reads a number dialled without its country code', async () => {
    // A known id wins over a phone that is someone else's.
    expect(await matchOf({ customerId: 'CUS-2', phone: '+8613800000001' })).toEqual({ match: 'one', customerId: 'CUS-2', candidateIds: ['CUS-2'] });
    // An id nobody has falls back to the phone, typed as dialled in China.
    expect(await matchOf({ customerId: 'CUS-NOBODY', phone: '138 0000 0001' })).toEqual({ match: 'one', customerId: 'CUS-1', candidateIds: ['CUS-1'] });
    // A shared phone is "many" even when the email names one of them: the phone came first.
    expect(await matchOf({ phone: '+86 138 0000 0003', email: 'wang.fang@example.com' })).toEqual({
      match: 'many',
      customerId: null,
      candidateIds: ['CUS-3', 'CUS-4'],
    });
    // A phone nobody has falls back to the email, whatever its case.
    expect(await matchOf({ phone: '+8613999999999', email: 'WANG.FANG@example.com' })).toEqual({ match: 'one', customerId: 'CUS-1', candidateIds: ['CUS-1'] });
    expect(await matchOf({ phone: '+8613999999999' })).toEqual({ match: 'none', customerId: null, candidateIds: [] });
  });

  it('stores the caller as reported and queues a Diamond customer as urgent, an unsure match by arrival', async () => {
    const { row, created } = await insertContact(database.db, {
      ...inbound({ phone: '+86 138-0000-0001' }),
      language: 'zh-CN',
      ivr: { path: ['1', '3'], intent: 'claim_status' },
    });
    expect(created).toBe(true);
    expect(row).toMatchObject({
      state: 'queued',
      fromPhone: '+8613800000001',
      language: 'zh-CN',
      ivrPath: ['1', '3'],
      ivrIntent: 'claim_status',
      priority: 1050,
      urgent: true,
    });
    const { row: unsure } = await insertContact(database.db, inbound({ phone: '+8613800000003' }));
    expect(unsure).toMatchObject({ priority: 0, urgent: false });
  });

  it('answers the stored contact for an externalId reported again, changing nothing', async () => {
    const first = inbound({ phone: '+14155550100' });
    const stored = await insertContact(database.db, first);
    const again = await insertContact(database.db, { ...first, from: { phone: '+8613800000001' } });
    expect(again).toEqual({ row: stored.row, created: false, withdrawnItemIds: [] });
  });

  it("withdraws the customer's open pre-emption item with the contact, not a claimed one, and only once", async () => {
    const item = (id: string, customerId: string, status: 'open' | 'claimed') => ({
      id,
      customerId,
      score: 80,
      points: 80,
      band: 'high' as const,
      reason: { topic: { kind: 'claim' as const, ref: 'CLM-1' }, signals: [], rootCauses: [], summary: 'Claim overdue' },
      action: 'callback' as const,
      notBefore: new Date(),
      status,
      claimedBy: status === 'claimed' ? 'AG-1' : null,
    });
    await database.db.insert(preemptionWorklist).values([item('WL-OPEN', 'CUS-2', 'open'), item('WL-CLAIMED', 'CUS-3', 'claimed')]);
    const statusOf = async (id: string) =>
      (await database.db.select().from(preemptionWorklist).where(eq(preemptionWorklist.id, id)))[0];

    const reached = inbound({ customerId: 'CUS-2' });
    const first = await insertContact(database.db, reached);
    expect(first.withdrawnItemIds).toEqual(['WL-OPEN']);
    const withdrawn = await statusOf('WL-OPEN');
    expect(withdrawn).toMatchObject({ status: 'done', note: 'the customer contacted us first' });
    expect(withdrawn?.closedAt).toBeInstanceOf(Date);
    // The same report again stores nothing and withdraws nothing.
    expect((await insertContact(database.db, reached)).withdrawnItemIds).toEqual([]);
    // A claimed item is an agent's to work: the customer calling does not take it away.
    expect((await insertContact(database.db, inbound({ customerId: 'CUS-3' }))).withdrawnItemIds).toEqual([]);
    expect(await statusOf('WL-CLAIMED')).toMatchObject({ status: 'claimed', closedAt: null });
    // Nobody matched: nothing to withdraw.
    expect((await insertContact(database.db, inbound({ phone: '+8613999999999' }))).withdrawnItemIds).toEqual([]);
  });
});
