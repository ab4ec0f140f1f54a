/** The console's alerts in the database: raised once per rule and contact, acknowledged by a lead. */
import { randomUUID } from 'node:crypto';
import { and, desc, eq, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { ConsoleAlert } from '../../shared/schemas/console-alerts.js';
import { appendAudit, SYSTEM_ORIGIN } from '../audit/audit-log.js';
import type { Db } from '../db/client.js';
import { consoleAlerts } from '../db/schema-console.js';
import { agents, contacts, customers } from '../db/schema.js';
import type { AlertCandidate } from './alert-rules.js';

/** Acknowledged alerts the board still shows, newest acknowledgement first. */
export const ACKNOWLEDGED_ON_BOARD = 20;
/** Unacknowledged alerts the board shows at most (newest first): a cap, not a rule. */
export const OPEN_ON_BOARD = 200;

/** An alert as stored by raiseAlerts. */
export type StoredAlert = AlertCandidate & { id: string; raisedAt: Date };

/** Stores the alerts that have not fired yet for their contact; answers the ones it stored. */
export async function raiseAlerts(
  db: Db,
  candidates: readonly AlertCandidate[],
  now: Date,
): Promise<StoredAlert[]> {
  if (candidates.length === 0) return [];
  return db
    .insert(consoleAlerts)
    .values(candidates.map((c) => ({ id: `AL-${randomUUID()}`, ...c, raisedAt: now })))
    .onConflictDoNothing({ target: [consoleAlerts.rule, consoleAlerts.contactId] })
    .returning({
      id: consoleAlerts.id,
      rule: consoleAlerts.rule,
      contactId: consoleAlerts.contactId,
      customerId: consoleAlerts.customerId,
      detail: consoleAlerts.detail,
      raisedAt: consoleAlerts.raisedAt,
    });
}

/** The board's order: unacknowledged newest first (then by id, as loadBoardAlerts sorts). */
const newestFirst = (a: ConsoleAlert, b: ConsoleAlert) =>
  a.raisedAt === b.raisedAt ? (a.id < b.id ? 1 : -1) : a.raisedAt < b.raisedAt ? 1 : -1;

/**
 * The board's alerts with newly raised ones, as loadBoardAlerts would read them: the raised go
 * among the unacknowledged, newest first, still at most OPEN_ON_BOARD (the top of the list read
 * plus the new ones is the top of everything stored).
 */
export function withRaised(
  board: readonly ConsoleAlert[],
  raised: readonly ConsoleAlert[],
): ConsoleAlert[] {
  const open = [...raised, ...board.filter((a) => a.acknowledgedAt === null)]
    .sort(newestFirst)
    .slice(0, OPEN_ON_BOARD);
  return [...open, ...board.filter((a) => a.acknowledgedAt !== null)];
}

function selectAlerts(db: Db, where: SQL | undefined) {
  const customerId = sql<
    string | null
  >`coalesce(${consoleAlerts.customerId}, ${contacts.customerId})`;
  return db
    .select({
      id: consoleAlerts.id,
      rule: consoleAlerts.rule,
      contactId: consoleAlerts.contactId,
      customerId,
      matchedName: customers.name,
      typedName: contacts.customerName,
      tier: customers.tier,
      raisedAt: consoleAlerts.raisedAt,
      detail: consoleAlerts.detail,
      acknowledgedBy: consoleAlerts.acknowledgedBy,
      acknowledgedByName: agents.displayName,
      acknowledgedAt: consoleAlerts.acknowledgedAt,
    })
    .from(consoleAlerts)
    .innerJoin(contacts, eq(contacts.id, consoleAlerts.contactId))
    .leftJoin(customers, eq(customers.id, customerId))
    .leftJoin(agents, eq(agents.id, consoleAlerts.acknowledgedBy))
    .where(where);
}

type AlertRow = Awaited<ReturnType<typeof selectAlerts>>[number];

function toAlert(r: AlertRow): ConsoleAlert {
  return {
    id: r.id,
    rule: r.rule,
    contactId: r.contactId,
    customerId: r.customerId,
    customerName: r.matchedName ?? r.typedName,
    tier: r.tier,
    raisedAt: r.raisedAt.toISOString(),
    detail: r.detail,
    acknowledgedBy: r.acknowledgedBy,
    acknowledgedByName: r.acknowledgedByName,
    acknowledgedAt: r.acknowledgedAt?.toISOString() ?? null,
  };
}

/** The board's alerts: unacknowledged newest first, then the latest acknowledged ones. */
export async function loadBoardAlerts(db: Db): Promise<ConsoleAlert[]> {
  const open = await selectAlerts(db, isNull(consoleAlerts.acknowledgedAt))
    .orderBy(desc(consoleAlerts.raisedAt), desc(consoleAlerts.id))
    .limit(OPEN_ON_BOARD);
  const acknowledged = await selectAlerts(db, isNotNull(consoleAlerts.acknowledgedAt))
    .orderBy(desc(consoleAlerts.acknowledgedAt), desc(consoleAlerts.id))
    .limit(ACKNOWLEDGED_ON_BOARD);
  return [...open, ...acknowledged].map(toAlert);
}

export async function findAlert(db: Db, id: string): Promise<ConsoleAlert | null> {
  const [row] = await selectAlerts(db, eq(consoleAlerts.id, id));
  return row ? toAlert(row) : null;
}

/**
 * A lead acknowledges an alert, audited in the same transaction. Idempotent: acknowledging it
 * again changes nothing (the first lead stays the one who acknowledged it). Null: no such alert.
 */
export async function acknowledgeAlert(
  db: Db,
  id: string,
  leadId: string,
  now: Date,
  origin = SYSTEM_ORIGIN,
): Promise<{ alert: ConsoleAlert; changed: boolean } | null> {
  const changed = await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(consoleAlerts)
      .set({ acknowledgedBy: leadId, acknowledgedAt: now })
      .where(and(eq(consoleAlerts.id, id), isNull(consoleAlerts.acknowledgedAt)))
      .returning({
        rule: consoleAlerts.rule,
        contactId: consoleAlerts.contactId,
        customerId: consoleAlerts.customerId,
      });
    if (!updated) return false;
    await appendAudit(tx, {
      actor: leadId,
      action: 'console.alert.acknowledge',
      customerId: updated.customerId,
      origin,
      at: now,
      detail: { alertId: id, rule: updated.rule, contactId: updated.contactId },
    });
    return true;
  });
  const alert = await findAlert(db, id);
  return alert ? { alert, changed } : null;
}
