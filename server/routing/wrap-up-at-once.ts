import { isNotNull, sql } from 'drizzle-orm';
import type { WrapUpRequest } from '../../shared/schemas/work.js';
import { wrapUpEntries } from '../contacts/contact-history.js';
import type { ContactRow } from '../contacts/contact-repository.js';
import { moveCtes, moveValues, notMoved, type ContactKey, type TransitionRequest } from '../contacts/contact-transitions.js';
import { decodeWritten, entriesParam, timelineCte } from '../contacts/timeline-cte.js';
import type { Db } from '../db/client.js';
import { preparedQuery } from '../db/prepared.js';
import { contacts, wrapUpReceipts } from '../db/schema.js';
import type { WrittenTouchpoint } from '../pop/timeline.js';
import { RoutingError } from './routing-error.js';

/** A wrap-up with neither a complaint case nor a promise: its writes are known before the row is read. */
export type PlainWrapUp = Omit<WrapUpRequest, 'note' | 'idempotencyKey' | 'complaint' | 'promise'> & { note: string };

/** The contact's columns a wrap-up writes besides its state (sorted, as moveValues orders them). */
const WRAP_KEYS: readonly ContactKey[] = ['closedAt', 'disposition', 'wrapUp'];

/**
 * The wrap-up's statement: the move (row locked, state checked, owner checked, the event logged),
 * its timeline entries for the contact's customer and, with a key, the key's receipt. Placeholders
 * as the move's, with `entries` (json) and `key`. With VOC the contact must have a customer:
 * without one nothing moves.
 */
function buildWrapUp(db: Db, needsCustomer: boolean, withReceipt: boolean) {
  const { moved, logged } = moveCtes(db, 'wrap', undefined, true, WRAP_KEYS, needsCustomer ? isNotNull(contacts.customerId) : undefined);
  const { entries, writtenColumn } = timelineCte(db, moved);
  const receipt = db.$with('receipt', {}).as(
    sql`insert into ${wrapUpReceipts} (agent_id, idempotency_key, contact_id, created_at)
      select ${sql.placeholder('owner')}::text, ${sql.placeholder('key')}::text, m.id, ${sql.placeholder('at')}::timestamptz from ${moved} m`,
  );
  const ctes = withReceipt ? [moved, logged, entries, receipt] : [moved, logged, entries];
  return db
    .with(...ctes)
    .select({ ...moved._.selectedFields, written: writtenColumn })
    .from(moved);
}

type Prepared = ReturnType<ReturnType<typeof buildWrapUp>['prepare']>;
const prepared = new Map<string, (db: Db) => Prepared>();

/** The statement for this kind of wrap-up (four kinds), prepared once per database. */
function statementFor(needsCustomer: boolean, withReceipt: boolean): (db: Db) => Prepared {
  const name = `contact_wrap_up_${String(needsCustomer)}_${String(withReceipt)}`;
  let statement = prepared.get(name);
  if (statement === undefined) {
    statement = preparedQuery((db) => buildWrapUp(db, needsCustomer, withReceipt).prepare(name));
    prepared.set(name, statement);
  }
  return statement;
}

/**
 * Closes a contact in wrap-up in one statement (no transaction held across the event loop): the
 * move, its event, the timeline entries and the key's receipt are written together or not at all.
 * A contact that is not this agent's, not in wrap-up, or (with VOC) not linked to a customer is
 * refused, and nothing is written.
 */
export async function wrapUpAtOnce(
  db: Db,
  wrap: PlainWrapUp,
  agent: { id: string; displayName: string },
  now: Date,
  key: string | null,
): Promise<{ row: ContactRow; touchpoints: WrittenTouchpoint[] }> {
  const req: TransitionRequest = {
    contactId: wrap.contactId,
    action: 'wrap',
    at: now,
    actor: agent.id,
    owner: agent.id,
    detail: { disposition: wrap.disposition },
  };
  const needsCustomer = wrap.voc !== undefined;
  const { keys, values } = moveValues(req, { disposition: wrap.disposition, wrapUp: wrap, closedAt: now });
  if (keys.join() !== WRAP_KEYS.join()) throw new Error(`a wrap-up writes ${WRAP_KEYS.join()}, not ${keys.join()}`);
  const [row] = await statementFor(needsCustomer, key !== null)(db).execute({ ...values, entries: entriesParam(wrapUpEntries(wrap.contactId, wrap, agent.displayName, now)), key });
  if (!row) {
    return notMoved(db, req, (current) =>
      needsCustomer && current.customerId === null
        ? new RoutingError('validation_failed', 'Link the contact to a customer before recording VOC, a case or a promise', 'customerId')
        : null,
    );
  }
  const { fromState: _from, written: rows, ...contact } = row;
  return { row: contact, touchpoints: decodeWritten(rows) };
}
