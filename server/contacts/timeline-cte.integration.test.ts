/**
 * A move that writes its timeline entries in its own statement (moveWithTimeline, the accept's
 * "answered"), on PGlite and (when FIREBREAK_TEST_DATABASE_URL is set) PostgreSQL.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client.js';
import { contactEvents, contacts, touchpoints } from '../db/schema.js';
import { loadFixtures } from '../testing/fixtures.js';
import { openTestDatabases, TEST_ENGINES, type TestDatabases } from '../testing/test-engines.js';
import { answeredEntry } from './contact-history.js';
import { moveWithTimeline } from './timeline-cte.js';

describe.each(TEST_ENGINES)('moveWithTimeline on $engine', ({ url }) => {
  let dbs: TestDatabases;
  let db: Db;
  beforeAll(async () => {
    dbs = await openTestDatabases(url, 'movetimeline');
    db = dbs.nodes[0].db;
    await loadFixtures(dbs.nodes[0]);
  });
  afterAll(async () => {
    await dbs.close();
  });

  let counter = 0;
  /** A call offered to AG-1. */
  async function offered(customerId: string | null): Promise<string> {
    counter += 1;
    const id = `CT-ACCEPT-${counter}`;
    await db.insert(contacts).values({
      id,
      externalId: `accept-${counter}`,
      channel: 'voice',
      queueId: 'claims-voice',
      state: 'offered',
      match: customerId === null ? 'none' : 'one',
      customerId,
      offeredTo: 'AG-1',
    });
    return id;
  }
  const accept = (contactId: string, agentId = 'AG-1', at = new Date()) =>
    moveWithTimeline(
      db,
      { contactId, action: 'accept', at, actor: agentId, owner: agentId, set: { acceptedAt: at, ringDeadline: null } },
      [answeredEntry({ id: contactId, channel: 'voice', queueId: 'claims-voice' }, '林伟', at)],
    );
  const entriesOf = async (contactId: string) =>
    (await db.select().from(touchpoints).where(eq(touchpoints.eventId, `contact:${contactId}:answered`))).map((t) => ({
      id: t.id,
      customerId: t.customerId,
      channel: t.channel,
      kind: t.kind,
      summary: t.summary,
    }));

  it('accepts and writes the answered entry for the customer in the same statement, answering what it wrote', async () => {
    const contactId = await offered('CUS-1');
    const at = new Date();
    const { row, written } = await accept(contactId, 'AG-1', at);
    expect(row).toMatchObject({ id: contactId, state: 'active', acceptedAt: at, ringDeadline: null });
    const entries = await entriesOf(contactId);
    expect(entries).toEqual([
      { id: expect.any(Number) as number, customerId: 'CUS-1', channel: 'voice', kind: 'contact.voice_answered', summary: 'Call answered by 林伟 (claims-voice)' },
    ]);
    expect(written.map((t) => ({ id: t.id, kind: t.kind, summary: t.summary, occurredAt: t.occurredAt }))).toEqual([
      { id: entries[0]?.id, kind: 'contact.voice_answered', summary: 'Call answered by 林伟 (claims-voice)', occurredAt: at },
    ]);
  });

  it('accepts a contact answered before (sent back to the queue) without a second entry', async () => {
    const contactId = await offered('CUS-1');
    await accept(contactId);
    const first = await entriesOf(contactId);
    await db.update(contacts).set({ state: 'offered', offeredTo: 'AG-1' }).where(eq(contacts.id, contactId));
    const again = await accept(contactId);
    expect(again).toMatchObject({ row: { state: 'active' }, written: [] });
    expect(await entriesOf(contactId)).toEqual(first);
  });

  it('writes no entry for a contact without a customer, and nothing at all when the move is refused', async () => {
    const unknown = await offered(null);
    expect(await accept(unknown)).toMatchObject({ row: { state: 'active' }, written: [] });

    const theirs = await offered('CUS-1');
    await expect(accept(theirs, 'AG-2')).rejects.toMatchObject({ code: 'forbidden' });
    await expect(accept('CT-NOBODY')).rejects.toMatchObject({ code: 'not_found' });
    expect(await entriesOf(theirs)).toEqual([]);
    expect(await db.select().from(contactEvents).where(eq(contactEvents.contactId, theirs))).toEqual([]);
    const [row] = await db.select().from(contacts).where(eq(contacts.id, theirs));
    expect(row).toMatchObject({ state: 'offered', acceptedAt: null });
  });
});
