import { and, count, desc, eq, inArray, lt, or } from 'drizzle-orm';
import type { TimelinePage, Touchpoint } from '../../shared/schemas/touchpoint.js';
import type { Db } from '../db/client.js';
import { partners, touchpoints } from '../db/schema.js';
import { HttpError } from '../http/errors.js';
import { ERROR_CODES } from '../../shared/schemas/common.js';

export const TIMELINE_PAGE_SIZE = 50;

const touchpointColumns = {
  id: touchpoints.id,
  occurredAt: touchpoints.occurredAt,
  channel: touchpoints.channel,
  stage: touchpoints.stage,
  kind: touchpoints.kind,
  summary: touchpoints.summary,
  partnerName: partners.name,
  claimId: touchpoints.claimId,
  policyId: touchpoints.policyId,
  dwellSeconds: touchpoints.dwellSeconds,
  anomaly: touchpoints.anomaly,
};

type TouchpointRow = {
  id: number;
  occurredAt: Date;
  channel: Touchpoint['channel'];
  stage: Touchpoint['stage'];
  kind: string;
  summary: string;
  partnerName: string | null;
  claimId: string | null;
  policyId: string | null;
  dwellSeconds: number | null;
  anomaly: Touchpoint['anomaly'];
};

export function toTouchpoint(row: TouchpointRow): Touchpoint {
  return { ...row, id: String(row.id), occurredAt: row.occurredAt.toISOString() };
}

/** Cursor = the last item's (occurredAt, id), so pages stay stable while new events arrive. */
export function encodeCursor(item: { occurredAt: string; id: string }): string {
  return Buffer.from(`${item.occurredAt}|${item.id}`).toString('base64url');
}

export function decodeCursor(cursor: string): { occurredAt: Date; id: number } {
  const [time, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const occurredAt = new Date(time ?? '');
  const numericId = Number(id);
  if (Number.isNaN(occurredAt.getTime()) || !Number.isSafeInteger(numericId)) {
    throw new HttpError(400, ERROR_CODES.validation, 'The cursor is not one this gateway gave out', 'before');
  }
  return { occurredAt, id: numericId };
}

/** Touchpoints of a customer, newest first, one page at a time. */
export async function loadTimelinePage(
  db: Db,
  customerId: string,
  options: { before?: string | undefined; limit?: number } = {},
): Promise<TimelinePage> {
  const limit = options.limit ?? TIMELINE_PAGE_SIZE;
  const cursor = options.before ? decodeCursor(options.before) : null;
  const where = cursor
    ? and(
        eq(touchpoints.customerId, customerId),
        or(
          lt(touchpoints.occurredAt, cursor.occurredAt),
          and(eq(touchpoints.occurredAt, cursor.occurredAt), lt(touchpoints.id, cursor.id)),
        ),
      )
    : eq(touchpoints.customerId, customerId);
  const rows = await db
    .select(touchpointColumns)
    .from(touchpoints)
    .leftJoin(partners, eq(partners.id, touchpoints.partnerId))
    .where(where)
    .orderBy(desc(touchpoints.occurredAt), desc(touchpoints.id))
    .limit(limit + 1);
  const items = rows.slice(0, limit).map(toTouchpoint);
  const last = items.at(-1);
  const hasMore = rows.length > limit;
  return {
    items,
    total: cursor === null && !hasMore ? items.length : await countTouchpoints(db, customerId),
    nextCursor: hasMore && last ? encodeCursor(last) : null,
  };
}

/** A first page that holds everything is its own total: most customers need no count query. */
async function countTouchpoints(db: Db, customerId: string): Promise<number> {
  const totals = await db
    .select({ total: count() })
    .from(touchpoints)
    .where(eq(touchpoints.customerId, customerId));
  return totals[0]?.total ?? 0;
}

/** What an insert returns of a new touchpoint, to push it to the desktops showing its customer. */
const { partnerName: _joined, ...ownColumns } = touchpointColumns;
export const writtenTouchpointColumns = { ...ownColumns, partnerId: touchpoints.partnerId };
export type WrittenTouchpoint = Omit<TouchpointRow, 'partnerName'> & { partnerId: string | null };

/** Writes one timeline entry of the gateway's own; undefined when its event id was written before. */
export async function writeTimelineEntry(
  db: Db,
  entry: typeof touchpoints.$inferInsert,
): Promise<WrittenTouchpoint | undefined> {
  const [written] = await db.insert(touchpoints).values(entry).onConflictDoNothing().returning(writtenTouchpointColumns);
  return written;
}

/**
 * New touchpoints as the timeline shows them, newest first. Read back only when one names a
 * partner (the name is joined); the agent's own entries (answered, transfer, wrap-up) name none.
 */
export async function writtenTouchpoints(db: Db, rows: readonly WrittenTouchpoint[]): Promise<Touchpoint[]> {
  if (rows.some((row) => row.partnerId !== null)) return loadTouchpointsByIds(db, rows.map((row) => row.id));
  return rows
    .map(({ partnerId, ...row }) => ({ ...row, partnerName: null }))
    .sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime() || b.id - a.id)
    .map(toTouchpoint);
}

/** Touchpoints by database id, for pushing fresh ones to a desktop. */
export async function loadTouchpointsByIds(db: Db, ids: number[]): Promise<Touchpoint[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select(touchpointColumns)
    .from(touchpoints)
    .leftJoin(partners, eq(partners.id, touchpoints.partnerId))
    .where(inArray(touchpoints.id, ids))
    .orderBy(desc(touchpoints.occurredAt), desc(touchpoints.id));
  return rows.map(toTouchpoint);
}
