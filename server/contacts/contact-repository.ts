import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Contact, InboundContact } from '../../shared/schemas/contact.js';
import type { Db } from '../db/client.js';
import { contacts } from '../db/schema.js';
import { maskEmail, maskPhone } from '../pop/masking.js';
import { preparedQuery } from '../db/prepared.js';
import { withdrawnCte } from '../preemption/worklist-repository.js';
import { matchedCte, matchKeys, normalizePhone } from './matching.js';

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
    customerName: row.customerName,
    createdAt: row.createdAt.toISOString(),
    offeredAt: iso(row.offeredAt),
    ownerId: row.offeredTo,
    priority: row.priority,
    urgent: row.urgent,
    ringDeadline: iso(row.ringDeadline),
    acceptedAt: iso(row.acceptedAt),
    wrapUpStartedAt: iso(row.endedAt),
    acwDeadline: iso(row.acwDeadline),
    closedAt: iso(row.closedAt),
    disposition: row.disposition,
    // While a warm transfer rings, both agents see what is being handed over.
    handover: row.pendingTransfer?.handover ?? row.handover,
    pendingTransfer: row.pendingTransfer
      ? { toAgentId: row.pendingTransfer.toAgentId, toAgentName: row.pendingTransfer.toAgentName }
      : null,
  };
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function findContactByExternalId(db: Db, externalId: string): Promise<ContactRow | null> {
  const rows = await db.select().from(contacts).where(eq(contacts.externalId, externalId)).limit(1);
  return rows[0] ?? null;
}

/**
 * The inbound insert: the caller matched (see matchedCte), the contact stored and, when it is a
 * new contact of a known customer, their open pre-emption worklist item withdrawn: one statement.
 */
const insertInbound = preparedQuery((db) => {
  const { matched, columns } = matchedCte(db);
  const value = (name: string) => sql.placeholder(name);
  const inserted = db.$with('inserted').as(
    db
      .insert(contacts)
      .values({
        id: value('id'),
        externalId: value('externalId'),
        channel: value('channel'),
        queueId: value('queueId'),
        state: 'queued',
        match: columns.match,
        customerId: columns.customerId,
        candidateIds: columns.candidateIds,
        fromPhone: value('fromPhone'),
        fromEmail: value('fromEmail'),
        fromCustomerId: value('fromCustomerId'),
        language: value('language'),
        ivrPath: value('ivrPath'),
        ivrIntent: value('ivrIntent'),
        priority: columns.priority,
        urgent: columns.urgent,
        customerName: value('customerName'),
      })
      .onConflictDoNothing({ target: contacts.externalId })
      .returning(),
  );
  const withdrawn = withdrawnCte(db, sql<string | null>`(select ${sql.identifier('customer_id')} from ${inserted})`);
  return db
    .with(matched, inserted, withdrawn)
    .select({
      ...inserted._.selectedFields,
      withdrawn: sql<string[]>`(select coalesce(array_agg(${sql.identifier('id')}), '{}'::text[]) from ${withdrawn})`,
    })
    .from(inserted)
    .prepare('contact_insert_inbound');
});

/** A contact reported by a CTI or started by a customer, as insertContact stored it. */
export interface InsertedContact {
  row: ContactRow;
  /** False when its externalId was stored before: the row is that contact, nothing was written. */
  created: boolean;
  /** The pre-emption worklist items it withdrew (the customer reached us first). */
  withdrawnItemIds: string[];
}

/**
 * Stores a new inbound contact with whom it matched (see matchedCte) and its place in the queue,
 * or returns the one already stored for its externalId (`created: false`): one row per
 * externalId, whatever the race. One round trip for a new contact.
 */
export async function insertContact(db: Db, input: InboundContact, extra: { customerName?: string } = {}): Promise<InsertedContact> {
  const keys = matchKeys(input.from);
  const [inserted] = await insertInbound(db).execute({
    ...keys,
    id: `CT-${randomUUID()}`,
    externalId: input.externalId,
    channel: input.channel,
    queueId: input.queue,
    fromPhone: input.from.phone ? normalizePhone(input.from.phone) : null,
    fromEmail: keys.email,
    fromCustomerId: keys.customerId,
    language: input.language ?? null,
    ivrPath: input.ivr?.path ?? [],
    ivrIntent: input.ivr?.intent ?? null,
    customerName: extra.customerName ?? null,
    now: new Date().toISOString(),
  });
  if (inserted) {
    const { withdrawn, ...row } = inserted;
    return { row, created: true, withdrawnItemIds: withdrawn };
  }
  const existing = await findContactByExternalId(db, input.externalId);
  if (!existing) throw new Error(`contact ${input.externalId} vanished after a conflict`);
  return { row: existing, created: false, withdrawnItemIds: [] };
}

/** Contacts not yet finished: the router's state on start. */
export async function openContacts(db: Db): Promise<ContactRow[]> {
  return db
    .select()
    .from(contacts)
    .where(inArray(contacts.state, ['queued', 'offered', 'active', 'wrap_up']))
    .orderBy(asc(contacts.queuedAt), asc(contacts.id));
}

/** These contacts, if still open, oldest first (one agent's held contacts: a handful). */
export async function openContactsAmong(db: Db, contactIds: readonly string[]): Promise<ContactRow[]> {
  if (contactIds.length === 0) return [];
  return db
    .select()
    .from(contacts)
    .where(and(inArray(contacts.id, [...contactIds]), inArray(contacts.state, ['queued', 'offered', 'active', 'wrap_up'])))
    .orderBy(asc(contacts.queuedAt), asc(contacts.id));
}

export async function findContact(db: Db, contactId: string): Promise<ContactRow | null> {
  const rows = await db.select().from(contacts).where(eq(contacts.id, contactId)).limit(1);
  return rows[0] ?? null;
}

/**
 * The agent says who the contact is (picked or searched): one customer from now on. Only for a
 * contact this agent holds and that is not finished; null otherwise.
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
    .where(
      and(
        eq(contacts.id, contactId),
        eq(contacts.offeredTo, agentId),
        inArray(contacts.state, ['offered', 'active', 'wrap_up']),
      ),
    )
    .returning();
  return rows[0] ?? null;
}
