/**
 * A wrap-up without a case or a promise is one statement (wrapUpAtOnce, through writeWrapUp), on
 * PGlite and (when FIREBREAK_TEST_DATABASE_URL is set) PostgreSQL: the move, its event, the
 * timeline entries and the key's receipt are written together, or nothing is.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client.js';
import { contactEvents, contacts, touchpoints, wrapUpReceipts } from '../db/schema.js';
import { loadFixtures } from '../testing/fixtures.js';
import { openTestDatabases, TEST_ENGINES, type TestDatabases } from '../testing/test-engines.js';
import { writeWrapUp } from './wrap-up.js';

const AGENT = { id: 'AG-1', displayName: '林伟' };
const voc = { rootCauses: ['timeliness' as const], customerWords: '理赔太慢了', sentiment: 'negative' as const };

describe.each(TEST_ENGINES)('a plain wrap-up on $engine', ({ url }) => {
  let dbs: TestDatabases;
  let db: Db;
  beforeAll(async () => {
    dbs = await openTestDatabases(url, 'wrapup');
    db = dbs.nodes[0].db;
    await loadFixtures(dbs.nodes[0]);
  });
  afterAll(async () => {
    await dbs.close();
  });

  let counter = 0;
  /** A contact in wrap-up with AG-1. */
  async function inWrapUp(customerId: string | null = 'CUS-1', state: 'wrap_up' | 'active' = 'wrap_up'): Promise<string> {
    counter += 1;
    const id = `CT-WRAP-${counter}`;
    await db.insert(contacts).values({
      id,
      externalId: `wrap-${counter}`,
      channel: 'chat',
      queueId: 'claims-voice',
      state,
      match: customerId === null ? 'none' : 'one',
      customerId,
      offeredTo: AGENT.id,
    });
    return id;
  }
  const written = async (contactId: string) => ({
    contact: (await db.select().from(contacts).where(eq(contacts.id, contactId)))[0],
    events: await db.select().from(contactEvents).where(eq(contactEvents.contactId, contactId)),
    entries: await db
      .select()
      .from(touchpoints)
      .where(and(eq(touchpoints.customerId, 'CUS-1')))
      .orderBy(asc(touchpoints.id))
      .then((rows) => rows.filter((t) => t.eventId.startsWith(`contact:${contactId}:`))),
  });

  it('closes the contact with its event, its timeline entries and the receipt, and answers what it wrote', async () => {
    const contactId = await inWrapUp();
    const key = randomUUID();
    const now = new Date();
    const result = await writeWrapUp(db, { contactId, disposition: 'resolved', note: '已解释进度', voc, idempotencyKey: key }, AGENT, now);

    const after = await written(contactId);
    expect(result.replayed).toBe(false);
    expect(result.row).toEqual(after.contact);
    expect(after.contact).toMatchObject({ state: 'closed', disposition: 'resolved', closedAt: now, wrapUp: { contactId, note: '已解释进度', voc } });
    expect(after.contact?.wrapUp).not.toHaveProperty('idempotencyKey');
    expect(after.events).toEqual([expect.objectContaining({ action: 'wrap', fromState: 'wrap_up', toState: 'closed', agentId: AGENT.id })]);
    expect(after.entries.map((t) => [t.kind, t.channel, t.occurredAt.getTime()])).toEqual([
      ['contact.wrap_up', 'chat', now.getTime()],
      ['voc.captured', 'chat', now.getTime()],
    ]);
    expect(after.entries[0]?.summary).toBe('林伟 wrapped up — resolved: 已解释进度');
    expect(result.touchpoints).toEqual(after.entries.map(({ id, occurredAt, channel, stage, kind, summary, partnerId, claimId, policyId, dwellSeconds, anomaly }) => ({ id, occurredAt, channel, stage, kind, summary, partnerId, claimId, policyId, dwellSeconds, anomaly })));
    const receipts = await db.select().from(wrapUpReceipts).where(eq(wrapUpReceipts.idempotencyKey, key));
    expect(receipts).toEqual([expect.objectContaining({ agentId: AGENT.id, contactId, complaintId: null, promiseId: null })]);

    // The same key again: answered from the receipt, nothing written.
    const again = await writeWrapUp(db, { contactId, disposition: 'resolved', note: '已解释进度', voc, idempotencyKey: key }, AGENT, new Date());
    expect(again).toMatchObject({ replayed: true, row: { id: contactId, state: 'closed' }, touchpoints: [] });
    expect(await written(contactId)).toEqual(after);
  });

  it('writes nothing when the key was used for another contact, and refuses the reuse', async () => {
    const key = randomUUID();
    await writeWrapUp(db, { contactId: await inWrapUp(), disposition: 'resolved', note: '', idempotencyKey: key }, AGENT, new Date());
    const other = await inWrapUp();
    const before = await written(other);
    await expect(writeWrapUp(db, { contactId: other, disposition: 'resolved', note: '', idempotencyKey: key }, AGENT, new Date())).rejects.toMatchObject({
      code: 'conflict',
      field: 'idempotencyKey',
    });
    expect(await written(other)).toEqual(before);
  });

  it("refuses VOC for a contact with no customer, someone else's contact and one not in wrap-up, writing nothing", async () => {
    const unknown = await inWrapUp(null);
    const refusal = writeWrapUp(db, { contactId: unknown, disposition: 'resolved', note: '', voc }, AGENT, new Date());
    await expect(refusal).rejects.toMatchObject({ code: 'validation_failed', field: 'customerId' });
    expect(await written(unknown)).toMatchObject({ contact: { state: 'wrap_up', disposition: null }, events: [] });
    // Without VOC it closes, with no timeline entry (there is no customer to write it for).
    const closed = await writeWrapUp(db, { contactId: unknown, disposition: 'no_action', note: '' }, AGENT, new Date());
    expect(closed).toMatchObject({ row: { state: 'closed' }, touchpoints: [] });

    const mine = await inWrapUp();
    await expect(writeWrapUp(db, { contactId: mine, disposition: 'resolved', note: '' }, { id: 'AG-2', displayName: '陈静' }, new Date())).rejects.toMatchObject({
      code: 'forbidden',
    });
    const active = await inWrapUp('CUS-1', 'active');
    await expect(writeWrapUp(db, { contactId: active, disposition: 'resolved', note: '' }, AGENT, new Date())).rejects.toMatchObject({ code: 'conflict' });
    expect(await written(mine)).toMatchObject({ contact: { state: 'wrap_up' }, events: [], entries: [] });
    expect(await written(active)).toMatchObject({ contact: { state: 'active' }, events: [], entries: [] });
  });

  it('applies one key once when two nodes write it at once', async () => {
    const contactId = await inWrapUp();
    const key = randomUUID();
    const write = (node: 0 | 1) => writeWrapUp(dbs.nodes[node].db, { contactId, disposition: 'resolved', note: '', idempotencyKey: key }, AGENT, new Date());
    const [a, b] = await Promise.all([write(0), write(1)]);
    expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
    expect(await written(contactId)).toMatchObject({ contact: { state: 'closed' }, events: [expect.objectContaining({ action: 'wrap' })], entries: [expect.objectContaining({ kind: 'contact.wrap_up' })] });
  });
});
