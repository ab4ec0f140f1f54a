import { inArray } from 'drizzle-orm';
import {
  touchpointEventSchema,
  type TouchpointBatchResponse,
  type TouchpointEvent,
  type TouchpointResult,
} from '../../shared/schemas/touchpoint.js';
import type { Db } from '../db/client.js';
import { customers, partners, touchpoints } from '../db/schema.js';
import { fieldPath } from '../http/errors.js';
import { detectAnomaly } from './anomaly.js';

export interface IngestOutcome {
  response: TouchpointBatchResponse;
  /** Newly stored touchpoints by customer, for live pushes to desktops showing them. */
  insertedByCustomer: Map<string, number[]>;
  /**
   * Customers with a touchpoint of this batch stored, now or by an earlier attempt (duplicates):
   * to rescore. A retry after an answer that got lost still gets its customers rescored.
   */
  storedCustomers: Set<string>;
}

/**
 * Validates each event on its own, stores the good ones in one statement (idempotent on
 * eventId) and reports accepted / duplicate / rejected-with-reasons per event.
 */
export async function ingestTouchpoints(db: Db, events: readonly unknown[]): Promise<IngestOutcome> {
  const results: TouchpointResult[] = events.map((raw, index) => ({
    index,
    eventId: eventIdOf(raw),
    status: 'rejected',
  }));
  const valid: { index: number; event: TouchpointEvent }[] = [];
  const seen = new Set<string>();
  events.forEach((raw, index) => {
    const parsed = touchpointEventSchema.safeParse(raw);
    const result = results[index] as TouchpointResult;
    if (!parsed.success) {
      result.reasons = parsed.error.issues.map((i) => ({ field: fieldPath(i.path) || '(event)', message: i.message }));
      return;
    }
    if (seen.has(parsed.data.eventId)) {
      result.status = 'duplicate';
      return;
    }
    seen.add(parsed.data.eventId);
    valid.push({ index, event: parsed.data });
  });

  const known = await knownReferences(db, valid.map((v) => v.event));
  const insertable = valid.filter(({ index, event }) => {
    const reasons = [];
    if (!known.customers.has(event.customerId)) reasons.push({ field: 'customerId', message: `No customer "${event.customerId}"` });
    if (event.partnerId && !known.partners.has(event.partnerId)) {
      reasons.push({ field: 'partnerId', message: `No partner "${event.partnerId}"` });
    }
    if (reasons.length > 0) (results[index] as TouchpointResult).reasons = reasons;
    return reasons.length === 0;
  });

  const insertedByCustomer = new Map<string, number[]>();
  const storedCustomers = new Set(insertable.map(({ event }) => event.customerId));
  if (insertable.length > 0) {
    const stored = await db
      .insert(touchpoints)
      .values(
        insertable.map(({ event }) => ({
          eventId: event.eventId,
          customerId: event.customerId,
          occurredAt: new Date(event.occurredAt),
          channel: event.channel,
          stage: event.stage,
          kind: event.kind,
          summary: event.summary,
          partnerId: event.partnerId ?? null,
          policyId: event.policyId ?? null,
          claimId: event.claimId ?? null,
          dwellSeconds: event.dwellSeconds ?? null,
          anomaly: detectAnomaly(event),
          attributes: event.attributes ?? null,
        })),
      )
      .onConflictDoNothing({ target: touchpoints.eventId })
      .returning({ id: touchpoints.id, eventId: touchpoints.eventId, customerId: touchpoints.customerId });
    const storedIds = new Set(stored.map((s) => s.eventId));
    for (const { index, event } of insertable) {
      (results[index] as TouchpointResult).status = storedIds.has(event.eventId) ? 'accepted' : 'duplicate';
    }
    for (const s of stored) insertedByCustomer.set(s.customerId, [...(insertedByCustomer.get(s.customerId) ?? []), s.id]);
  }

  const count = (status: TouchpointResult['status']) => results.filter((r) => r.status === status).length;
  return {
    response: { accepted: count('accepted'), duplicate: count('duplicate'), rejected: count('rejected'), results },
    insertedByCustomer,
    storedCustomers,
  };
}

function eventIdOf(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const id = (raw as { eventId?: unknown }).eventId;
  return typeof id === 'string' ? id.slice(0, 128) : null;
}

async function knownReferences(db: Db, events: TouchpointEvent[]) {
  const customerIds = [...new Set(events.map((e) => e.customerId))];
  const partnerIds = [...new Set(events.flatMap((e) => (e.partnerId ? [e.partnerId] : [])))];
  const [c, p] = await Promise.all([
    customerIds.length ? db.select({ id: customers.id }).from(customers).where(inArray(customers.id, customerIds)) : [],
    partnerIds.length ? db.select({ id: partners.id }).from(partners).where(inArray(partners.id, partnerIds)) : [],
  ]);
  return { customers: new Set(c.map((r) => r.id)), partners: new Set(p.map((r) => r.id)) };
}
