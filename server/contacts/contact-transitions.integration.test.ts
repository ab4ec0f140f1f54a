/**
 * Contact moves on a real database: PGlite always, PostgreSQL too when
 * FIREBREAK_TEST_DATABASE_URL is set (two pools on one database, as two gateway nodes).
 * A move and its event are written together; a refused move writes neither; of two agents
 * racing for one contact exactly one gets it.
 */
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Db } from '../db/client.js';
import { contactEvents, contacts } from '../db/schema.js';
import { loadFixtures } from '../testing/fixtures.js';
import { openTestDatabases, TEST_ENGINES } from '../testing/test-engines.js';
import { RoutingError } from '../routing/routing-error.js';
import { transitionContact, type TransitionRequest } from './contact-transitions.js';

const AT = new Date('2026-11-20T09:00:00.250Z');

let n = 0;
async function aQueuedContact(db: Db): Promise<string> {
  const id = `CT-T${++n}`;
  await db.insert(contacts).values({
    id,
    externalId: `ext-t${n}`,
    channel: 'voice',
    queueId: 'claims-voice',
    state: 'queued',
    match: 'none',
  });
  return id;
}

const eventsOf = (db: Db, contactId: string) =>
  db
    .select({
      action: contactEvents.action,
      from: contactEvents.fromState,
      to: contactEvents.toState,
      agent: contactEvents.agentId,
      at: contactEvents.at,
      detail: contactEvents.detail,
    })
    .from(contactEvents)
    .where(eq(contactEvents.contactId, contactId))
    .orderBy(asc(contactEvents.id));

async function refusedWith(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RoutingError);
  return (error as RoutingError).code;
}

describe.each(TEST_ENGINES)('contact moves on $engine', ({ url }) => {
  let node1: Database;
  let node2: Database;
  let close = async () => {};

  beforeAll(async () => {
    const opened = await openTestDatabases(url, 'firebreak_moves');
    [node1, node2] = opened.nodes;
    close = opened.close;
    await loadFixtures(node1);
  });
  afterAll(() => close());

  const offer = (contactId: string, agentId: string): TransitionRequest => ({
    contactId,
    action: 'offer',
    at: AT,
    actor: null,
    set: { offeredTo: agentId, ringDeadline: new Date(AT.getTime() + 15_000) },
    detail: { agentId },
  });

  it('moves the contact and records the move with it, from the state it replaced', async () => {
    const { db } = node1;
    const id = await aQueuedContact(db);
    const offered = await transitionContact(db, offer(id, 'AG-1'));
    expect(offered).toMatchObject({ id, state: 'offered', offeredTo: 'AG-1', channel: 'voice' });
    expect(offered.ringDeadline).toEqual(new Date(AT.getTime() + 15_000));
    expect(offered.skippedBy).toEqual([]);
    const accepted = await transitionContact(db, {
      contactId: id,
      action: 'accept',
      at: AT,
      actor: 'AG-1',
      owner: 'AG-1',
      set: { acceptedAt: AT, ringDeadline: null, skippedBy: ['AG-2', 'AG-4'], wrapUp: undefined },
    });
    expect(accepted).toMatchObject({
      state: 'active',
      acceptedAt: AT,
      ringDeadline: null,
      skippedBy: ['AG-2', 'AG-4'],
      wrapUp: null,
    });
    // hangup leads to a different state from each state it is legal in
    await transitionContact(db, { contactId: id, action: 'hangup', at: AT, actor: null });
    expect(await eventsOf(db, id)).toEqual([
      {
        action: 'offer',
        from: 'queued',
        to: 'offered',
        agent: null,
        at: AT,
        detail: { agentId: 'AG-1' },
      },
      { action: 'accept', from: 'offered', to: 'active', agent: 'AG-1', at: AT, detail: {} },
      { action: 'hangup', from: 'active', to: 'wrap_up', agent: null, at: AT, detail: {} },
    ]);
    const abandoned = await aQueuedContact(db);
    await transitionContact(db, { contactId: abandoned, action: 'hangup', at: AT, actor: null });
    expect(await eventsOf(db, abandoned)).toMatchObject([{ from: 'queued', to: 'abandoned' }]);
  });

  it("refuses a move that is not legal, not the owner's or of no contact, and writes nothing", async () => {
    const { db } = node1;
    const id = await aQueuedContact(db);
    expect(
      await refusedWith(
        transitionContact(db, { contactId: id, action: 'accept', at: AT, actor: 'AG-1' }),
      ),
    ).toBe('conflict');
    expect(
      await refusedWith(transitionContact(db, { ...offer(id, 'AG-1'), from: 'offered' })),
    ).toBe('conflict');
    await transitionContact(db, offer(id, 'AG-1'));
    expect(
      await refusedWith(
        transitionContact(db, {
          contactId: id,
          action: 'accept',
          at: AT,
          actor: 'AG-2',
          owner: 'AG-2',
        }),
      ),
    ).toBe('forbidden');
    expect(
      await refusedWith(
        transitionContact(db, { contactId: 'CT-NONE', action: 'accept', at: AT, actor: 'AG-1' }),
      ),
    ).toBe('not_found');
    const [row] = await db.select().from(contacts).where(eq(contacts.id, id));
    expect(row).toMatchObject({ state: 'offered', offeredTo: 'AG-1', acceptedAt: null });
    expect(await eventsOf(db, id)).toHaveLength(1);
  });

  it('gives a contact to exactly one of two agents offered it at once, from two gateway nodes', async () => {
    for (let round = 0; round < 10; round += 1) {
      const id = await aQueuedContact(node1.db);
      const results = await Promise.allSettled([
        transitionContact(node1.db, offer(id, 'AG-1')),
        transitionContact(node2.db, offer(id, 'AG-4')),
      ]);
      const won = results.filter((r) => r.status === 'fulfilled');
      expect(won).toHaveLength(1);
      const lost = results.find((r) => r.status === 'rejected');
      expect((lost as PromiseRejectedResult).reason).toMatchObject({ code: 'conflict' });
      const [row] = await node1.db.select().from(contacts).where(eq(contacts.id, id));
      const events = await eventsOf(node1.db, id);
      expect(events).toHaveLength(1);
      expect(events[0]?.detail).toEqual({ agentId: row?.offeredTo });
    }
  });

  it('runs a move with writes alongside as one transaction: a failing write undoes the move', async () => {
    const { db } = node1;
    const id = await aQueuedContact(db);
    const failing = transitionContact(db, offer(id, 'AG-1'), () =>
      Promise.reject(new Error('the case could not be written')),
    );
    await expect(failing).rejects.toThrow('the case could not be written');
    const [row] = await db.select().from(contacts).where(eq(contacts.id, id));
    expect(row?.state).toBe('queued');
    expect(await eventsOf(db, id)).toEqual([]);
    const declined = await transitionContact(db, offer(id, 'AG-1')).then(() =>
      transitionContact(db, {
        contactId: id,
        action: 'decline',
        at: AT,
        actor: 'AG-1',
        owner: 'AG-1',
        set: (r) => ({ offeredTo: null, skippedBy: [...r.skippedBy, 'AG-1'] }),
      }),
    );
    expect(declined).toMatchObject({ state: 'queued', offeredTo: null, skippedBy: ['AG-1'] });
  });
});
