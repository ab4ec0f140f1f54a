import { eq } from 'drizzle-orm';
import type { ContactState } from '../../shared/domain.js';
import { nextContactState, type ContactAction } from '../../shared/lifecycle.js';
import type { Db } from '../db/client.js';
import { contactEvents, contacts } from '../db/schema.js';
import { RoutingError } from '../routing/routing-error.js';
import type { ContactRow } from './contact-repository.js';

type ContactChanges = Partial<Omit<typeof contacts.$inferInsert, 'id' | 'state'>>;

export interface TransitionRequest {
  contactId: string;
  action: ContactAction;
  at: Date;
  /** Who acts (an agent id), or null for the customer, the CTI or routing itself. */
  actor: string | null;
  /** The contact must be held by this agent; anyone else gets `forbidden`. */
  owner?: string;
  /** The contact must be in this state (on top of the action being legal there). */
  from?: ContactState;
  /** Columns to write besides the state; a function sees the locked row first. */
  set?: ContactChanges | ((row: ContactRow) => ContactChanges);
  detail?: Record<string, unknown>;
}

/**
 * Moves a contact one step through the lifecycle (shared/lifecycle.ts), in one transaction with
 * its `contact_events` row. The row is locked first, so two agents can never both take it: the
 * second finds it already moved on and gets `conflict`.
 */
export async function transitionContact(
  db: Db,
  req: TransitionRequest,
  /** More writes that stand or fall with the move (wrap-up's case, promise and timeline). */
  alongside?: (tx: Db, row: ContactRow) => Promise<void>,
): Promise<ContactRow> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(contacts).where(eq(contacts.id, req.contactId)).for('update');
    if (!row) throw new RoutingError('not_found', `No contact "${req.contactId}"`, 'contactId');
    if (req.owner !== undefined && row.offeredTo !== req.owner) {
      throw new RoutingError('forbidden', `Contact ${row.id} is not yours`, 'contactId');
    }
    const next = nextContactState(row.state, req.action);
    if (next === null || (req.from !== undefined && row.state !== req.from)) {
      throw new RoutingError('conflict', `Contact ${row.id} is ${row.state}: cannot ${req.action} it`, 'contactId');
    }
    const [updated] = await tx
      .update(contacts)
      .set({ ...(typeof req.set === 'function' ? req.set(row) : req.set), state: next })
      .where(eq(contacts.id, row.id))
      .returning();
    await tx.insert(contactEvents).values({
      contactId: row.id,
      at: req.at,
      action: req.action,
      fromState: row.state,
      toState: next,
      agentId: req.actor,
      detail: req.detail ?? {},
    });
    if (!updated) throw new Error(`contact ${row.id} vanished in its own transaction`);
    if (alongside) await alongside(tx, updated);
    return updated;
  });
}
