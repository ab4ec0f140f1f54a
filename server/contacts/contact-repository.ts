import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Contact, InboundContact } from '../../shared/schemas/contact.js';
import type { Db } from '../db/client.js';
import { contacts } from '../db/schema.js';
import { maskEmail, maskPhone } from '../pop/masking.js';
import type { MatchOutcome } from './matching.js';
import { normalizePhone } from './matching.js';

export type ContactRow = typeof contacts.$inferSelect;

export function toContact(row: ContactRow): Contact {
  const fromMasked = row.fromPhone
    ? maskPhone(row.fromPhone)
    : row.fromEmail
      ? maskEmail(row.fromEmail)
      : (row.fromCustomerId ?? '');
  return {
    id: row.id,
    externalId: row.externalId,
    channel: row.channel,
    queue: row.queueId,
    state: row.state,
    match: row.match,
    customerId: row.customerId,
    language: row.language,
    ivrPath: row.ivrPath,
    ivrIntent: row.ivrIntent,
    fromMasked,
    createdAt: row.createdAt.toISOString(),
    offeredAt: row.offeredAt ? row.offeredAt.toISOString() : null,
  };
}

export async function findContactByExternalId(db: Db, externalId: string): Promise<ContactRow | null> {
  const rows = await db.select().from(contacts).where(eq(contacts.externalId, externalId)).limit(1);
  return rows[0] ?? null;
}

/**
 * Stores a new inbound contact, or returns the one already stored for its externalId
 * (`created: false`): one row per externalId, whatever the race.
 */
export async function insertContact(
  db: Db,
  input: InboundContact,
  matched: MatchOutcome,
): Promise<{ row: ContactRow; created: boolean }> {
  const inserted = await db
    .insert(contacts)
    .values({
      id: `CT-${randomUUID()}`,
      externalId: input.externalId,
      channel: input.channel,
      queueId: input.queue,
      state: 'queued',
      match: matched.match,
      customerId: matched.customerId,
      candidateIds: matched.candidateIds,
      fromPhone: input.from.phone ? normalizePhone(input.from.phone) : null,
      fromEmail: input.from.email?.toLowerCase() ?? null,
      fromCustomerId: input.from.customerId ?? null,
      language: input.language ?? null,
      ivrPath: input.ivr?.path ?? [],
      ivrIntent: input.ivr?.intent ?? null,
    })
    .onConflictDoNothing({ target: contacts.externalId })
    .returning();
  const row = inserted[0];
  if (row) return { row, created: true };
  const existing = await findContactByExternalId(db, input.externalId);
  if (!existing) throw new Error(`contact ${input.externalId} vanished after a conflict`);
  return { row: existing, created: false };
}

/** Claims a queued contact for an agent; null when someone else got it first. */
export async function markOffered(db: Db, contactId: string, agentId: string, at: Date): Promise<ContactRow | null> {
  const rows = await db
    .update(contacts)
    .set({ state: 'offered', offeredTo: agentId, offeredAt: at })
    .where(and(eq(contacts.id, contactId), eq(contacts.state, 'queued')))
    .returning();
  return rows[0] ?? null;
}

export async function markEnded(db: Db, contactId: string, agentId: string, at: Date): Promise<ContactRow | null> {
  const rows = await db
    .update(contacts)
    .set({ state: 'ended', endedAt: at })
    .where(and(eq(contacts.id, contactId), eq(contacts.offeredTo, agentId), eq(contacts.state, 'offered')))
    .returning();
  return rows[0] ?? null;
}

/** The oldest waiting contact in any of these queues. */
export async function oldestQueued(db: Db, queueIds: readonly string[]): Promise<ContactRow | null> {
  if (queueIds.length === 0) return null;
  const rows = await db
    .select()
    .from(contacts)
    .where(and(eq(contacts.state, 'queued'), inArray(contacts.queueId, [...queueIds])))
    .orderBy(asc(contacts.createdAt), asc(contacts.id))
    .limit(1);
  return rows[0] ?? null;
}

/** Contacts currently offered to an agent (re-sent when its desktop reloads). */
export async function offeredTo(db: Db, agentId: string): Promise<ContactRow[]> {
  return db
    .select()
    .from(contacts)
    .where(and(eq(contacts.offeredTo, agentId), eq(contacts.state, 'offered')))
    .orderBy(asc(contacts.offeredAt));
}

/**
 * The agent says who the contact is (picked or searched): one customer from now on. Only for a
 * contact offered to this agent and still open; null otherwise.
 */
export async function linkContactToCustomer(
  db: Db,
  contactId: string,
  agentId: string,
  customerId: string,
): Promise<ContactRow | null> {
  const rows = await db
    .update(contacts)
    .set({ customerId, match: 'one', linkedBy: agentId })
    .where(and(eq(contacts.id, contactId), eq(contacts.offeredTo, agentId), eq(contacts.state, 'offered')))
    .returning();
  return rows[0] ?? null;
}
