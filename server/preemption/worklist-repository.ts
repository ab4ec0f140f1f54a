/**
 * The pre-emption worklist: customers whose risk crossed the threshold and who have not
 * contacted us yet. At most one active (open or claimed) item per customer, enforced by a
 * partial unique index; claiming and closing are single conditional updates, so two agents can
 * never both own an item.
 */
import { randomUUID } from 'node:crypto';
import { and, desc, eq, ne, sql, type SQL } from 'drizzle-orm';
import { ERROR_CODES } from '../../shared/schemas/common.js';
import type { PreemptionRules } from '../../shared/schemas/preemption-rules.js';
import type { RiskAssessment, WorklistItem, WorklistOutcomeRequest } from '../../shared/schemas/risk.js';
import type { ProactiveAction, WorklistStatus } from '../../shared/domain.js';
import type { Db } from '../db/client.js';
import { agents, customers, touchpoints } from '../db/schema.js';
import { preemptionWorklist } from '../db/schema-preemption.js';
import { HttpError } from '../http/errors.js';
import type { EngineCustomer } from './engine/types.js';
import { chooseAction, notBefore } from './engine/worklist-policy.js';
import { outreachTouchpoint } from './outreach.js';

/** A customer who contacted us within this window is not "yet to contact us". */
export const CONTACTED_RECENTLY_HOURS = 24;
/** A customer an agent has just worked (an outcome recorded) is not put back on the list for this long. */
export const WORKED_RECENTLY_DAYS = 7;

type Row = typeof preemptionWorklist.$inferSelect & {
  customerName: string;
  tier: WorklistItem['tier'];
  claimedByName: string | null;
};

const selection = {
  item: preemptionWorklist,
  customerName: customers.name,
  tier: customers.tier,
  claimedByName: agents.displayName,
};

function toItem(row: Row): WorklistItem {
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return {
    id: row.id,
    customerId: row.customerId,
    customerName: row.customerName,
    tier: row.tier,
    score: row.score,
    points: row.points,
    band: row.band,
    reason: row.reason,
    action: row.action,
    notBefore: row.notBefore.toISOString(),
    status: row.status,
    claimedBy: row.claimedBy,
    claimedByName: row.claimedByName,
    claimedAt: iso(row.claimedAt),
    outcome: row.outcome,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
  };
}

async function readItem(db: Db, id: string): Promise<WorklistItem | null> {
  const rows = await db
    .select(selection)
    .from(preemptionWorklist)
    .innerJoin(customers, eq(customers.id, preemptionWorklist.customerId))
    .leftJoin(agents, eq(agents.id, preemptionWorklist.claimedBy))
    .where(eq(preemptionWorklist.id, id))
    .limit(1);
  const row = rows[0];
  return row ? toItem({ ...row.item, customerName: row.customerName, tier: row.tier, claimedByName: row.claimedByName }) : null;
}

export async function listWorklist(
  db: Db,
  query: { status?: WorklistStatus | undefined; limit: number },
): Promise<{ items: WorklistItem[]; total: number }> {
  const where = query.status ? eq(preemptionWorklist.status, query.status) : ne(preemptionWorklist.status, 'done');
  const [rows, counted] = await Promise.all([
    db
      .select(selection)
      .from(preemptionWorklist)
      .innerJoin(customers, eq(customers.id, preemptionWorklist.customerId))
    .leftJoin(agents, eq(agents.id, preemptionWorklist.claimedBy))
      .where(where)
      .orderBy(
        desc(preemptionWorklist.score),
        desc(preemptionWorklist.points),
        preemptionWorklist.createdAt,
        preemptionWorklist.id,
      )
      .limit(query.limit),
    db.select({ n: sql<number>`count(*)::int` }).from(preemptionWorklist).where(where),
  ]);
  return {
    items: rows.map((r) => toItem({ ...r.item, customerName: r.customerName, tier: r.tier, claimedByName: r.claimedByName })),
    total: counted[0]?.n ?? 0,
  };
}

/** What the rescore's read already knows about the customer's place on the worklist. */
export interface WorklistState {
  active: { id: string; status: 'open' | 'claimed'; score: number; points: number; action: ProactiveAction } | null;
  /** Contacted us within CONTACTED_RECENTLY_HOURS. */
  contactedRecently: boolean;
  /** An agent recorded an outcome for them within WORKED_RECENTLY_DAYS. */
  workedRecently: boolean;
}

/**
 * Brings the customer's worklist entry in line with their new risk: adds one when the score is at
 * or over the threshold, they have not contacted us recently and no agent worked them in the last
 * WORKED_RECENTLY_DAYS; refreshes an unclaimed one when the risk changed; withdraws an unclaimed
 * one when the risk has dropped. Claimed items stay with their agent. Returns the item that
 * changed, if any. Costs no query at all when nothing changes.
 */
export async function syncWorklist(
  db: Db,
  input: { risk: RiskAssessment; customer: EngineCustomer; rules: PreemptionRules; now: Date; riskChanged: boolean },
  state: WorklistState,
): Promise<WorklistItem | null> {
  const { risk, customer, rules, now } = input;
  const current = state.active;
  if (current?.status === 'claimed') return null;

  if (risk.score < rules.worklist.threshold) {
    if (!current) return null;
    await db
      .update(preemptionWorklist)
      .set({ status: 'done', closedAt: now, note: 'risk fell below the threshold' })
      .where(and(eq(preemptionWorklist.id, current.id), eq(preemptionWorklist.status, 'open')));
    return readItem(db, current.id);
  }

  const fields = {
    score: risk.score,
    points: Math.round(risk.contributions.reduce((sum, c) => sum + c.points, 0) * 10) / 10,
    band: risk.band,
    reason: risk.reason,
    action: chooseAction(risk, customer, rules),
    notBefore: notBefore(now, rules.worklist.quietHours),
  };
  if (current) {
    const same = !input.riskChanged && current.score === fields.score && current.points === fields.points && current.action === fields.action;
    if (same) return null;
    await db
      .update(preemptionWorklist)
      .set(fields)
      .where(and(eq(preemptionWorklist.id, current.id), eq(preemptionWorklist.status, 'open')));
    return readItem(db, current.id);
  }
  if (state.contactedRecently || state.workedRecently) return null;
  const id = `WL-${randomUUID()}`;
  const inserted = await db
    .insert(preemptionWorklist)
    .values({ id, customerId: customer.id, status: 'open', createdAt: now, ...fields })
    .onConflictDoNothing()
    .returning({ id: preemptionWorklist.id });
  if (inserted.length === 0) return null;
  return {
    id,
    customerId: customer.id,
    customerName: customer.name,
    tier: customer.tier,
    ...fields,
    notBefore: fields.notBefore.toISOString(),
    status: 'open',
    claimedBy: null,
    claimedByName: null,
    claimedAt: null,
    outcome: null,
    note: null,
    createdAt: now.toISOString(),
  };
}

/**
 * The customer reached us first: their unclaimed item is withdrawn (kept, marked done). A CTE of
 * the statement that stores their contact (see insertContact), so it costs no round trip of its
 * own: `customerId` is that statement's customer (null: nothing withdrawn), `now` a placeholder.
 */
export function withdrawnCte(db: Db, customerId: SQL<string | null>) {
  return db.$with('withdrawn').as(
    db
      .update(preemptionWorklist)
      .set({ status: 'done', closedAt: sql`${sql.placeholder('now')}::timestamptz`, note: 'the customer contacted us first' })
      .where(and(eq(preemptionWorklist.customerId, customerId), eq(preemptionWorklist.status, 'open')))
      .returning({ id: preemptionWorklist.id }),
  );
}

/** Items as the worklist shows them, by id (those withdrawn by a contact, to push them). */
export async function readItems(db: Db, ids: readonly string[]): Promise<WorklistItem[]> {
  const items = await Promise.all(ids.map((id) => readItem(db, id)));
  return items.filter((item): item is WorklistItem => item !== null);
}

async function explainRefusal(db: Db, id: string, agentId: string, action: 'claim' | 'outcome'): Promise<never> {
  const item = await readItem(db, id);
  if (!item) throw new HttpError(404, ERROR_CODES.notFound, `No worklist item "${id}"`, 'id');
  if (item.status === 'done') throw new HttpError(409, ERROR_CODES.conflict, 'This item is already closed');
  if (action === 'claim') {
    throw new HttpError(409, ERROR_CODES.conflict, item.claimedBy === agentId ? 'You already claimed this item' : 'Another agent claimed this item first');
  }
  throw new HttpError(409, ERROR_CODES.conflict, item.status === 'open' ? 'Claim the item before recording an outcome' : 'This item is claimed by another agent');
}

export async function claimItem(db: Db, id: string, agentId: string, now: Date): Promise<WorklistItem> {
  const rows = await db
    .update(preemptionWorklist)
    .set({ status: 'claimed', claimedBy: agentId, claimedAt: now })
    .where(and(eq(preemptionWorklist.id, id), eq(preemptionWorklist.status, 'open')))
    .returning({ id: preemptionWorklist.id });
  if (rows.length === 0) return explainRefusal(db, id, agentId, 'claim');
  return (await readItem(db, id)) as WorklistItem;
}

/**
 * Closes a claimed item with its outcome and writes the outreach to the customer's timeline, in
 * one transaction: the outcome is never recorded without its touchpoint, nor the other way round.
 */
export async function recordOutcome(
  db: Db,
  id: string,
  agentId: string,
  request: WorklistOutcomeRequest,
  now: Date,
): Promise<{ item: WorklistItem; touchpointId: number }> {
  const touchpointId = await db.transaction(async (tx) => {
    const rows = await tx
      .update(preemptionWorklist)
      .set({ status: 'done', outcome: request.outcome, note: request.note ?? null, closedAt: now })
      .where(
        and(
          eq(preemptionWorklist.id, id),
          eq(preemptionWorklist.status, 'claimed'),
          eq(preemptionWorklist.claimedBy, agentId),
        ),
      )
      .returning();
    const row = rows[0];
    if (!row) return null;
    const stored = await tx
      .insert(touchpoints)
      .values(outreachTouchpoint(row, request, now))
      .returning({ id: touchpoints.id });
    return stored[0]?.id ?? null;
  });
  if (touchpointId === null) return explainRefusal(db, id, agentId, 'outcome');
  return { item: (await readItem(db, id)) as WorklistItem, touchpointId };
}
