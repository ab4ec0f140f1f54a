/**
 * The contacts the console shows live: waiting, ringing, connected and in wrap-up, each with its
 * customer, tier, stored risk and overdue promises. Read by board-read.ts, in the board's one
 * statement: the contacts with their customer and risk, and the open or broken promises of those
 * customers, each row a compact json array decoded here.
 */
import { sql } from 'drizzle-orm';
import type { ContactChannel, RiskBand, Tier } from '../../shared/domain.js';
import type { RiskReason } from '../../shared/schemas/risk.js';
import { jsonArrayRecord } from '../db/json-rows.js';
import { contacts, customers, promises } from '../db/schema.js';
import { customerRisk } from '../db/schema-preemption.js';

export const LIVE_STATES = ['queued', 'offered', 'active', 'wrap_up'] as const;
export type LiveState = (typeof LIVE_STATES)[number];

export interface LiveContact {
  contactId: string;
  channel: ContactChannel;
  state: LiveState;
  queueId: string;
  customerId: string | null;
  /** The matched customer's name, else the name typed on the chat page, else null. */
  customerName: string | null;
  tier: Tier | null;
  riskScore: number | null;
  riskBand: RiskBand | null;
  predictedReason: RiskReason | null;
  /** The customer's promises past due (open) or broken, earliest due first. */
  overduePromiseIds: string[];
  /** The customer's next open promise to fall due, if any (a time-based alert may fire then). */
  nextPromiseDueAt: Date | null;
  /** When it first arrived (the board's wait and service level count from here). */
  createdAt: Date;
  queuedAt: Date;
  offeredAt: Date | null;
  acceptedAt: Date | null;
  endedAt: Date | null;
  /** The agent it is offered to, connected to, or wrapping up with; null while it waits. */
  ownerId: string | null;
  /** A warm transfer ringing at another agent, since when. */
  transfer: { toAgentId: string; at: Date } | null;
}

export interface PromiseRow {
  customerId: string;
  id: string;
  status: 'open' | 'kept' | 'broken';
  dueAt: Date;
}

export interface PromiseStanding {
  overdue: string[];
  nextDueAt: Date | null;
}

/** Per customer: promises overdue (open and past due, or broken) and the next open one to fall due. */
export function promiseStanding(
  rows: readonly PromiseRow[],
  now: Date,
): Map<string, PromiseStanding> {
  const sorted = [...rows].sort(
    (a, b) => a.dueAt.getTime() - b.dueAt.getTime() || (a.id < b.id ? -1 : 1),
  );
  const byCustomer = new Map<string, PromiseStanding>();
  for (const p of sorted) {
    let standing = byCustomer.get(p.customerId);
    if (!standing) {
      standing = { overdue: [], nextDueAt: null };
      byCustomer.set(p.customerId, standing);
    }
    if (p.status === 'broken' || (p.status === 'open' && p.dueAt < now))
      standing.overdue.push(p.id);
    else if (p.status === 'open' && standing.nextDueAt === null) standing.nextDueAt = p.dueAt;
  }
  return byCustomer;
}

/** What the board reads of each live contact (board-read.ts), as a compact json array per row. */
export const liveContactRecord = jsonArrayRecord({
  contactId: contacts.id,
  channel: contacts.channel,
  state: contacts.state,
  queueId: contacts.queueId,
  customerId: contacts.customerId,
  matchedName: sql<string | null>`${customers.name}`,
  typedName: contacts.customerName,
  tier: sql<Tier | null>`${customers.tier}`,
  riskScore: sql<number | null>`${customerRisk.score}`,
  riskBand: sql<RiskBand | null>`${customerRisk.band}`,
  predictedReason: sql<RiskReason | null>`${customerRisk.assessment} -> 'reason'`,
  createdAt: contacts.createdAt,
  queuedAt: contacts.queuedAt,
  offeredAt: contacts.offeredAt,
  acceptedAt: contacts.acceptedAt,
  endedAt: contacts.endedAt,
  ownerId: contacts.offeredTo,
  transferTo: sql<string | null>`${contacts.pendingTransfer} ->> 'toAgentId'`,
  transferAt: sql<string | null>`${contacts.pendingTransfer} -> 'handover' ->> 'at'`,
});

/** What it reads of their customers' open and broken promises. */
export const livePromiseRecord = jsonArrayRecord({
  customerId: promises.customerId,
  id: promises.id,
  status: promises.status,
  dueAt: promises.dueAt,
});

/** The live contacts, with their customers' promises standing as of `now`. */
export function liveContactsFrom(
  rows: ReadonlyArray<ReturnType<typeof liveContactRecord.decode>>,
  promiseRows: readonly PromiseRow[],
  now: Date,
): LiveContact[] {
  const standing = promiseStanding(promiseRows, now);
  return rows.map((r): LiveContact => {
    const promisesOf = r.customerId === null ? undefined : standing.get(r.customerId);
    const state = r.state as LiveState;
    return {
      contactId: r.contactId,
      channel: r.channel,
      state,
      queueId: r.queueId,
      customerId: r.customerId,
      customerName: r.matchedName ?? r.typedName,
      tier: r.tier,
      riskScore: r.riskScore,
      riskBand: r.riskBand,
      predictedReason: r.predictedReason,
      overduePromiseIds: promisesOf?.overdue ?? [],
      nextPromiseDueAt: promisesOf?.nextDueAt ?? null,
      createdAt: r.createdAt,
      queuedAt: r.queuedAt,
      offeredAt: r.offeredAt,
      acceptedAt: r.acceptedAt,
      endedAt: r.endedAt,
      ownerId: state === 'queued' ? null : r.ownerId,
      transfer:
        r.transferTo === null
          ? null
          : { toAgentId: r.transferTo, at: r.transferAt === null ? now : new Date(r.transferAt) },
    };
  });
}
