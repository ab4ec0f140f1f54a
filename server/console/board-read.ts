/**
 * The board's read, in one statement: the live contacts (live-contacts.ts) with their customers'
 * promises, and the finished contacts the figures have not counted yet (day-contacts.ts says
 * which). One statement is one snapshot, as the transaction of three or four reads it replaces
 * was, in one round trip. Under bench:console's load each round trip waited its turn on the
 * gateway's busy thread, so the read took ten times its work (docs/benchmarks.md).
 *
 * Rows come back as json arrays (json_agg of json_build_array), decoded by the columns' own
 * mappers. Prepared once per database; outside transactions only (preparedQuery).
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { jsonArrayRecord } from '../db/json-rows.js';
import { preparedQuery } from '../db/prepared.js';
import { contactEvents, contacts, customers, promises } from '../db/schema.js';
import { customerRisk } from '../db/schema-preemption.js';
import {
  LIVE_STATES,
  liveContactRecord,
  liveContactsFrom,
  livePromiseRecord,
  type LiveContact,
} from './live-contacts.js';
import type { ContactTimes } from './metrics.js';

const FINISHED_STATES = ['closed', 'abandoned'] as const;

/** A finished contact as the figures count it. */
export type FinishedRow = { id: string } & Omit<ContactTimes, 'abandonedAt'>;

export interface BoardRead {
  live: LiveContact[];
  /** Finished contacts not counted yet (possibly one twice: the caller keeps one per id). */
  finished: FinishedRow[];
  /** The highest `contact_events.id` this read has seen to. */
  watermark: number;
}

const finishedRecord = jsonArrayRecord({
  id: contacts.id,
  queueId: contacts.queueId,
  state: contacts.state,
  createdAt: contacts.createdAt,
  acceptedAt: contacts.acceptedAt,
  closedAt: contacts.closedAt,
});

/** json_agg of one json array per row, '[]' when there is none. */
const agg = (row: SQL, from: SQL) =>
  sql<unknown[][]>`(select coalesce(json_agg(${row}), '[]'::json) ${from})`;
/** Our own constants as SQL literals, so that the prepared statement has no parameters for them. */
const asText = (states: readonly string[]) => sql.raw(states.map((s) => `'${s}'`).join(', '));

const liveWhere = sql`${contacts.state} in (${asText(LIVE_STATES)})`;
const finishedWhere = sql`${contacts.state} in (${asText(FINISHED_STATES)})`;

/** The live contacts and their customers' promises: the part every read has. */
const liveFields = {
  live: agg(
    liveContactRecord.sql,
    sql`from ${contacts}
      left join ${customers} on ${customers.id} = ${contacts.customerId}
      left join ${customerRisk} on ${customerRisk.customerId} = ${contacts.customerId}
      where ${liveWhere}`,
  ),
  promises: agg(
    livePromiseRecord.sql,
    sql`from ${promises} where ${promises.status} in ('open', 'broken')
      and ${promises.customerId} in (select ${contacts.customerId} from ${contacts} where ${liveWhere})`,
  ),
};

/** Everything: the live contacts, the day's finished ones, the newest event id. */
const allQuery = preparedQuery((db) =>
  db
    .select({
      ...liveFields,
      finished: agg(
        finishedRecord.sql,
        sql`from ${contacts} where ${finishedWhere}
          and ${contacts.createdAt} >= ${sql.placeholder('startOfDay')}`,
      ),
      // bigint: a string from node-postgres, a number from PGlite.
      top: sql<string | number | null>`(select max(${contactEvents.id}) from ${contactEvents})`,
    })
    .from(sql`(select 1) as one`)
    .prepare('board_all'),
);

/**
 * What changed: the live contacts, the contacts whose finishing event is past the watermark, and
 * those of the last read's live contacts that have finished (one whose event took an id below the
 * watermark but committed after the last read is found only so).
 */
const changesQuery = preparedQuery((db) =>
  db
    .select({
      ...liveFields,
      finished: agg(
        sql`json_build_array(${finishedRecord.sql}, ${contactEvents.id})`,
        sql`from ${contactEvents} join ${contacts} on ${contacts.id} = ${contactEvents.contactId}
          where ${contactEvents.id} > ${sql.placeholder('watermark')}
          and ${contactEvents.toState} in (${asText(FINISHED_STATES)})`,
      ),
      departed: agg(
        finishedRecord.sql,
        sql`from ${contacts} where ${contacts.id} = any(${sql.placeholder('lastLive')}::text[])
          and ${finishedWhere}`,
      ),
    })
    .from(sql`(select 1) as one`)
    .prepare('board_changes'),
);

function liveOf(row: { live: unknown[][]; promises: unknown[][] }, now: Date): LiveContact[] {
  return liveContactsFrom(
    row.live.map(liveContactRecord.decode),
    row.promises.map(livePromiseRecord.decode),
    now,
  );
}

/** Every finished contact of the day, the live ones, and the newest event id. */
export async function readBoardAll(db: Db, now: Date, startOfDay: Date): Promise<BoardRead> {
  const [row] = await allQuery(db).execute({ startOfDay: startOfDay.toISOString() });
  if (row === undefined) throw new Error('board read returned no row');
  return {
    live: liveOf(row, now),
    finished: row.finished.map(finishedRecord.decode),
    watermark: Number(row.top ?? 0),
  };
}

/** The live contacts, and the contacts finished since the last read (`watermark`, `liveIds`). */
export async function readBoardChanges(
  db: Db,
  now: Date,
  last: { watermark: number; liveIds: ReadonlySet<string> },
): Promise<BoardRead> {
  const [row] = await changesQuery(db).execute({
    watermark: last.watermark,
    lastLive: [...last.liveIds],
  });
  if (row === undefined) throw new Error('board read returned no row');
  let watermark = last.watermark;
  const finished: FinishedRow[] = [];
  for (const pair of row.finished) {
    const [contact, eventId] = pair as [unknown[], number | string];
    finished.push(finishedRecord.decode(contact));
    watermark = Math.max(watermark, Number(eventId));
  }
  for (const departed of row.departed) finished.push(finishedRecord.decode(departed));
  return { live: liveOf(row, now), finished, watermark };
}
