import { and, eq, getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import { CONTACT_STATES, type ContactState } from '../../shared/domain.js';
import { nextContactState, type ContactAction } from '../../shared/lifecycle.js';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Db } from '../db/client.js';
import { preparedQuery } from '../db/prepared.js';
import { contactEvents, contacts } from '../db/schema.js';
import { RoutingError } from '../routing/routing-error.js';
import type { ContactRow } from './contact-repository.js';

export type ContactChanges = Partial<Omit<typeof contacts.$inferInsert, 'id' | 'state'>>;

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

/** More writes that stand or fall with the move (wrap-up's case, promise and timeline). */
type Alongside = (tx: Db, row: ContactRow) => Promise<void>;

/**
 * Moves a contact one step through the lifecycle (shared/lifecycle.ts) together with its
 * `contact_events` row. The row is locked first, so two agents can never both take it: the
 * second finds it already moved on and gets `conflict`.
 *
 * A move whose columns are known up front is one statement (one round trip, no transaction held
 * open across the event loop): under bench:console's load, moves were a third of the gateway's
 * statements as BEGIN, SELECT … FOR UPDATE, UPDATE, INSERT and COMMIT. A move whose columns
 * depend on the row (`set` as a function) or that has more writes `alongside` runs as a
 * transaction over the locked row.
 */
export function transitionContact(
  db: Db,
  req: TransitionRequest,
  alongside?: Alongside,
): Promise<ContactRow> {
  if (alongside !== undefined || typeof req.set === 'function')
    return moveInTransaction(db, req, alongside);
  return moveAtOnce(db, req, req.set ?? {});
}

/** The legal moves for the request: [from, to] pairs. */
function movesFor(
  req: Pick<TransitionRequest, 'action' | 'from'>,
): Array<[ContactState, ContactState]> {
  return CONTACT_STATES.flatMap((from): Array<[ContactState, ContactState]> => {
    const to = nextContactState(from, req.action);
    return to !== null && (req.from === undefined || req.from === from) ? [[from, to]] : [];
  });
}

/** Why the request cannot move this row, or null when it can. */
function refusal(row: ContactRow | undefined, req: TransitionRequest): RoutingError | null {
  if (!row) return new RoutingError('not_found', `No contact "${req.contactId}"`, 'contactId');
  if (req.owner !== undefined && row.offeredTo !== req.owner) {
    return new RoutingError('forbidden', `Contact ${row.id} is not yours`, 'contactId');
  }
  if (!movesFor(req).some(([from]) => from === row.state)) {
    return new RoutingError(
      'conflict',
      `Contact ${row.id} is ${row.state}: cannot ${req.action} it`,
      'contactId',
    );
  }
  return null;
}

/** The columns a move may write besides the state, by property name. */
const CONTACT_COLUMNS = getTableColumns(contacts);
export type ContactKey = keyof typeof CONTACT_COLUMNS;
const EVENT_COLUMNS = [
  contactEvents.contactId,
  contactEvents.at,
  contactEvents.action,
  contactEvents.fromState,
  contactEvents.toState,
  contactEvents.agentId,
  contactEvents.detail,
];
const value = (name: string) => sql`${sql.placeholder(name)}`;

/**
 * UPDATE … FROM (SELECT … FOR UPDATE) locks the row and reads its state before the change, so the
 * event's from-state is the state that was replaced, even when another move committed while this
 * one waited for the lock; the event is inserted by the same statement. The values are
 * placeholders (`contactId`, `owner`, `at`, `actor`, `detail` and `set_<column>`, see moveValues):
 * one statement per kind of move (action, states, columns written), built once.
 */
export function moveCtes(
  db: Db,
  action: ContactAction,
  from: ContactState | undefined,
  owned: boolean,
  keys: readonly ContactKey[],
  /** A further condition on the contact's row: not met, nothing moves. */
  also?: SQL,
) {
  const moves = movesFor({ action, from });
  const locked = db
    .select({ id: contacts.id, state: contacts.state })
    .from(contacts)
    .where(eq(contacts.id, value('contactId')))
    .for('update')
    .as('locked');
  const next = sql<ContactState>`(case ${locked.state} ${sql.join(
    moves.map(([was, to]) => sql`when ${was} then ${to}`),
    sql` `,
  )} end)`;
  const changes = Object.fromEntries(keys.map((key) => [key, value(`set_${key}`)]));
  const moved = db.$with('moved').as(
    db
      .update(contacts)
      .set({ ...changes, state: next })
      .from(locked)
      .where(
        and(
          eq(contacts.id, locked.id),
          inArray(
            locked.state,
            moves.map(([was]) => was),
          ),
          owned ? eq(contacts.offeredTo, value('owner')) : undefined,
          also,
        ),
      )
      .returning({
        ...CONTACT_COLUMNS,
        fromState: sql<ContactState>`${locked.state}`.as('from_state'),
      }),
  );
  const logged = db.$with('logged', {}).as(
    sql`insert into ${contactEvents} (${sql.join(
      EVENT_COLUMNS.map((c) => sql.identifier(c.name)),
      sql`, `,
    )}) select ${moved.id}, ${value('at')}::timestamptz, ${action}, ${moved.fromState}, ${moved.state}, ${value('actor')}::text, ${value('detail')}::jsonb from ${moved}`,
  );
  return { moved, logged };
}

function buildMove(
  db: Db,
  action: ContactAction,
  from: ContactState | undefined,
  owned: boolean,
  keys: readonly ContactKey[],
) {
  const { moved, logged } = moveCtes(db, action, from, owned, keys);
  return db.with(moved, logged).select().from(moved);
}

type MoveQuery = ReturnType<typeof buildMove>;
type PreparedMove = ReturnType<MoveQuery['prepare']>;
const preparedMoves = new Map<string, (db: Db) => PreparedMove>();

/** The move's statement: prepared per kind of move and database, built anew inside a transaction. */
function moveStatement(
  db: Db,
  req: TransitionRequest,
  keys: readonly ContactKey[],
): MoveQuery | PreparedMove {
  const owned = req.owner !== undefined;
  if ((db as unknown) instanceof PgTransaction)
    return buildMove(db, req.action, req.from, owned, keys);
  const shape = `${req.action}|${req.from ?? ''}|${String(owned)}|${keys.join(',')}`;
  let prepared = preparedMoves.get(shape);
  if (prepared === undefined) {
    const name = `contact_move_${String(preparedMoves.size + 1)}`;
    prepared = preparedQuery((pool) =>
      buildMove(pool, req.action, req.from, owned, keys).prepare(name),
    );
    preparedMoves.set(shape, prepared);
  }
  return prepared(db);
}

/** The move's columns (those given a value, in a stable order) and its placeholders' values. */
export function moveValues(
  req: TransitionRequest,
  changes: ContactChanges,
): { keys: ContactKey[]; values: Record<string, unknown> } {
  const keys = (Object.keys(changes) as ContactKey[])
    .filter((key) => changes[key as keyof ContactChanges] !== undefined)
    .sort();
  const values: Record<string, unknown> = {
    contactId: req.contactId,
    owner: req.owner ?? null,
    at: req.at.toISOString(),
    actor: req.actor,
    detail: JSON.stringify(req.detail ?? {}),
  };
  for (const key of keys) {
    const given = changes[key as keyof ContactChanges];
    values[`set_${key}`] = given === null ? null : CONTACT_COLUMNS[key].mapToDriverValue(given);
  }
  return { keys, values };
}

/**
 * Why a one-statement move moved nothing: the row as it is now and its refusal, or the `also`
 * condition's refusal when the move itself was legal; a conflict when neither explains it (the
 * row changed in between).
 */
export async function notMoved(
  db: Db,
  req: TransitionRequest,
  also?: (row: ContactRow) => RoutingError | null,
): Promise<never> {
  const [current] = await db.select().from(contacts).where(eq(contacts.id, req.contactId));
  throw (
    refusal(current, req) ??
    (current && also?.(current)) ??
    new RoutingError('conflict', `Contact ${req.contactId} changed while moving it`, 'contactId')
  );
}

async function moveAtOnce(
  db: Db,
  req: TransitionRequest,
  changes: ContactChanges,
): Promise<ContactRow> {
  if (movesFor(req).length > 0) {
    const { keys, values } = moveValues(req, changes);
    const [row] = await moveStatement(db, req, keys).execute(values);
    if (row) {
      const { fromState, ...contact } = row;
      return contact;
    }
  }
  return notMoved(db, req);
}

async function moveInTransaction(
  db: Db,
  req: TransitionRequest,
  alongside?: Alongside,
): Promise<ContactRow> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(contacts)
      .where(eq(contacts.id, req.contactId))
      .for('update');
    const refused = refusal(row, req);
    if (refused !== null || row === undefined)
      throw refused ?? new Error('unreachable: no row and no refusal');
    const next = nextContactState(row.state, req.action) as ContactState;
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
