import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { jsonArrayRecord } from '../db/json-rows.js';
import { preparedQuery } from '../db/prepared.js';
import { touchpoints } from '../db/schema.js';
import { writtenTouchpointColumns, type WrittenTouchpoint } from '../pop/timeline.js';
import type { ContactEntry } from './contact-history.js';
import type { ContactRow } from './contact-repository.js';
import { moveCtes, moveValues, notMoved, type ContactChanges, type ContactKey, type TransitionRequest } from './contact-transitions.js';

/** The CTE of a contact move (moveCtes' `moved`), whose row gives the entries their customer. */
type Moved = Parameters<Db['with']>[number];

const written = jsonArrayRecord(writtenTouchpointColumns);

/**
 * Timeline entries written by a contact's move in its own statement: each gets the moved row's
 * customer and channel, and none is written for a contact without a customer. An entry whose
 * event id is already on the timeline is skipped (an accept after a transfer back to the queue).
 * Its placeholder is `entries` (see entriesParam); `writtenColumn` is what it wrote, for the
 * statement's select (decoded by decodeWritten).
 */
export function timelineCte(db: Db, moved: Moved): { entries: Moved; writtenColumn: SQL<unknown[][]> } {
  const entries = db.$with('entries', {}).as(
    sql`insert into ${touchpoints} (event_id, customer_id, occurred_at, channel, stage, kind, summary, attributes)
      select e.event_id, m.customer_id, e.occurred_at, m.channel, e.stage, e.kind, e.summary, e.attributes
      from ${moved} m cross join jsonb_to_recordset(${sql.placeholder('entries')}::jsonb)
        as e(event_id text, occurred_at timestamptz, stage text, kind text, summary text, attributes jsonb)
      where m.customer_id is not null
      on conflict (event_id) do nothing
      returning *`,
  );
  const writtenColumn = sql<unknown[][]>`(select coalesce(json_agg(${written.sql}), '[]'::json) from ${entries} as ${touchpoints})`;
  return { entries, writtenColumn };
}

/** The `entries` placeholder's value. */
export function entriesParam(entries: readonly ContactEntry[]): string {
  return JSON.stringify(
    entries.map((e) => ({
      event_id: e.eventId,
      occurred_at: e.occurredAt.toISOString(),
      stage: e.stage,
      kind: e.kind,
      summary: e.summary,
      attributes: e.attributes ?? null,
    })),
  );
}

export const decodeWritten = (rows: readonly unknown[][]): WrittenTouchpoint[] => rows.map((row) => written.decode(row));

function buildMoveWithTimeline(db: Db, req: TransitionRequest, keys: readonly ContactKey[]) {
  const { moved, logged } = moveCtes(db, req.action, req.from, req.owner !== undefined, keys);
  const { entries, writtenColumn } = timelineCte(db, moved);
  return db
    .with(moved, logged, entries)
    .select({ ...moved._.selectedFields, written: writtenColumn })
    .from(moved);
}

type Prepared = ReturnType<ReturnType<typeof buildMoveWithTimeline>['prepare']>;
const prepared = new Map<string, (db: Db) => Prepared>();

/**
 * A contact move with timeline entries known up front (the accept's "answered"), written by the
 * move's own statement: one round trip, and the entry stands or falls with the move. Its columns
 * are known up front too (`set` an object); outside transactions only. A refusal is explained
 * from a fresh read, as for any one-statement move.
 */
export async function moveWithTimeline(
  db: Db,
  req: TransitionRequest & { set: ContactChanges },
  entries: readonly ContactEntry[],
): Promise<{ row: ContactRow; written: WrittenTouchpoint[] }> {
  const { keys, values } = moveValues(req, req.set);
  const shape = `${req.action}|${req.from ?? ''}|${String(req.owner !== undefined)}|${keys.join(',')}`;
  let statement = prepared.get(shape);
  if (statement === undefined) {
    const name = `contact_move_timeline_${String(prepared.size + 1)}`;
    statement = preparedQuery((pool) => buildMoveWithTimeline(pool, req, keys).prepare(name));
    prepared.set(shape, statement);
  }
  const [row] = await statement(db).execute({ ...values, entries: entriesParam(entries) });
  if (!row) return notMoved(db, req);
  const { fromState: _from, written, ...contact } = row;
  return { row: contact, written: decodeWritten(written) };
}
