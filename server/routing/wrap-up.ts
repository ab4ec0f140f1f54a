import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { WrapUpRequest } from '../../shared/schemas/work.js';
import {
  complaintTouchpoint,
  promiseTouchpoint,
  wrapUpTouchpoints,
  type TouchpointInsert,
} from '../contacts/contact-history.js';
import { findContact, type ContactRow } from '../contacts/contact-repository.js';
import { transitionContact } from '../contacts/contact-transitions.js';
import type { Db } from '../db/client.js';
import { agents, claims, complaints, promises, touchpoints, wrapUpReceipts } from '../db/schema.js';
import { writtenTouchpointColumns, type WrittenTouchpoint } from '../pop/timeline.js';
import { RoutingError } from './routing-error.js';
import { wrapUpAtOnce } from './wrap-up-at-once.js';

type Parsed = Omit<WrapUpRequest, 'note'> & { note: string };
type Request = Omit<Parsed, 'idempotencyKey'>;
type Receipt = typeof wrapUpReceipts.$inferSelect;

export interface WrapUpResult {
  row: ContactRow;
  complaintId: string | null;
  promiseId: string | null;
  /** The timeline entries it wrote. */
  touchpoints: WrittenTouchpoint[];
  /** The key was applied before: this is that result, and nothing was written now. */
  replayed: boolean;
}

const newId = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8).toUpperCase()}`;

function mustBeFuture(at: Date, now: Date, field: string): void {
  if (at.getTime() <= now.getTime()) throw new RoutingError('validation_failed', 'must be in the future', field);
}

/**
 * Closes a contact in wrap-up (see `applyWrapUp`). With an idempotency key, the agent's first
 * result for it is kept in `wrap_up_receipts` with the move, and a repeat of the key answers that
 * result and writes nothing — also once the contact is closed, and also when the repeat lost a
 * race with the first (it then finds the contact closed, and the receipt).
 */
export async function writeWrapUp(
  db: Db,
  wrap: Parsed,
  agent: { id: string; displayName: string },
  now: Date,
): Promise<WrapUpResult> {
  const { idempotencyKey: key, ...request } = wrap;
  if (key === undefined) return applyWrapUp(db, request, agent, now, null);
  // No read of the receipt first: a repeat finds the contact closed (or, for another contact, the
  // receipt's key taken, which undoes all its writes), and is answered from the receipt below.
  try {
    return await applyWrapUp(db, request, agent, now, key);
  } catch (error) {
    const applied = await findReceipt(db, agent.id, key);
    if (applied) return replay(db, applied, request.contactId);
    throw error;
  }
}

async function findReceipt(db: Db, agentId: string, key: string): Promise<Receipt | null> {
  const [receipt] = await db
    .select()
    .from(wrapUpReceipts)
    .where(and(eq(wrapUpReceipts.agentId, agentId), eq(wrapUpReceipts.idempotencyKey, key)));
  return receipt ?? null;
}

async function replay(db: Db, receipt: Receipt, contactId: string): Promise<WrapUpResult> {
  if (receipt.contactId !== contactId) {
    throw new RoutingError('conflict', 'This idempotency key was already used for another contact', 'idempotencyKey');
  }
  const row = await findContact(db, contactId);
  if (!row) throw new Error(`contact ${contactId} of a wrap-up receipt is gone`);
  return { row, complaintId: receipt.complaintId, promiseId: receipt.promiseId, touchpoints: [], replayed: true };
}

/**
 * Closes a contact in wrap-up: disposition and note, VOC, the complaint case, the promise, their
 * timeline entries and the key's receipt: everything is written or nothing. Without a case or a
 * promise (most wrap-ups) that is one statement (wrapUpAtOnce), otherwise a transaction.
 */
async function applyWrapUp(
  db: Db,
  wrap: Request,
  agent: { id: string; displayName: string },
  now: Date,
  key: string | null,
): Promise<WrapUpResult> {
  const needsCustomer = wrap.voc ?? wrap.complaint ?? wrap.promise;
  if (wrap.promise) mustBeFuture(new Date(wrap.promise.dueAt), now, 'promise.dueAt');
  if (wrap.complaint) mustBeFuture(new Date(wrap.complaint.dueAt), now, 'complaint.dueAt');
  if (wrap.complaint === undefined && wrap.promise === undefined) {
    const { complaint: _case, promise: _promise, ...plain } = wrap;
    const { row, touchpoints } = await wrapUpAtOnce(db, plain, agent, now, key);
    return { row, complaintId: null, promiseId: null, touchpoints, replayed: false };
  }
  let complaintId: string | null = null;
  let promiseId: string | null = null;
  let touchpointsWritten: WrittenTouchpoint[] = [];

  /** The case, the promise and the timeline: written with the move, or not at all. */
  const records = async (tx: Db, contact: ContactRow): Promise<void> => {
    const customerId = contact.customerId;
    if (customerId === null) {
      if (needsCustomer) {
        throw new RoutingError('validation_failed', 'Link the contact to a customer before recording VOC, a case or a promise', 'customerId');
      }
      return;
    }
    const owned = { ...contact, customerId };
    const entries: TouchpointInsert[] = wrapUpTouchpoints(owned, wrap, agent.displayName, now);
    if (wrap.complaint) {
      const c = wrap.complaint;
      const [owner] = await tx.select().from(agents).where(eq(agents.id, c.ownerId));
      if (!owner) throw new RoutingError('validation_failed', `No agent "${c.ownerId}"`, 'complaint.ownerId');
      const dueAt = new Date(c.dueAt);
      if (c.action === 'create') {
        complaintId = newId('VOC');
        await tx.insert(complaints).values({
          id: complaintId,
          customerId,
          openedAt: now,
          dueAt,
          status: 'open',
          rootCauses: wrap.voc?.rootCauses ?? [],
          channel: contact.channel,
          owner: owner.displayName,
          customerWords: wrap.voc?.customerWords ?? '',
          claimId: c.claimId ?? null,
        });
      } else {
        const updated = await tx
          .update(complaints)
          .set({ owner: owner.displayName, dueAt, ...(c.status ? { status: c.status } : {}) })
          .where(
            and(
              eq(complaints.id, c.complaintId),
              eq(complaints.customerId, customerId),
              inArray(complaints.status, ['open', 'escalated']),
            ),
          )
          .returning({ id: complaints.id });
        if (updated.length === 0) {
          throw new RoutingError('validation_failed', `No open complaint "${c.complaintId}" for this customer`, 'complaint.complaintId');
        }
        complaintId = c.complaintId;
      }
      entries.push(complaintTouchpoint(owned, { id: complaintId, created: c.action === 'create', ownerName: owner.displayName, dueAt }, now));
    }
    if (wrap.promise) {
      const p = wrap.promise;
      if (p.claimId !== undefined) {
        const [claim] = await tx
          .select({ id: claims.id })
          .from(claims)
          .where(and(eq(claims.id, p.claimId), eq(claims.customerId, customerId)));
        if (!claim) throw new RoutingError('validation_failed', `No claim "${p.claimId}" for this customer`, 'promise.claimId');
      }
      promiseId = newId('PR');
      const dueAt = new Date(p.dueAt);
      await tx.insert(promises).values({
        id: promiseId,
        customerId,
        description: p.description,
        madeBy: agent.displayName,
        madeAt: now,
        dueAt,
        status: 'open',
        claimId: p.claimId ?? null,
      });
      entries.push(promiseTouchpoint(owned, { id: promiseId, description: p.description, dueAt }, agent.displayName, now));
    }
    const written = await tx.insert(touchpoints).values(entries).returning(writtenTouchpointColumns);
    touchpointsWritten = written;
  };

  const row = await transitionContact(
    db,
    {
      contactId: wrap.contactId,
      action: 'wrap',
      at: now,
      actor: agent.id,
      owner: agent.id,
      set: { disposition: wrap.disposition, wrapUp: wrap, closedAt: now },
      detail: { disposition: wrap.disposition },
    },
    async (tx, contact) => {
      await records(tx, contact);
      if (key !== null) {
        await tx.insert(wrapUpReceipts).values({ agentId: agent.id, idempotencyKey: key, contactId: contact.id, complaintId, promiseId, createdAt: now });
      }
    },
  );
  return { row, complaintId, promiseId, touchpoints: touchpointsWritten, replayed: false };
}
