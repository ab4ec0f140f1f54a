/**
 * Touchpoint ingestion backpressures instead of dropping: a batch the gateway cannot take now is
 * refused whole with 503 and Retry-After (nothing of it stored), and every batch answered 200 is
 * stored and rescored. A transaction held open on PGlite stands in for a slow database.
 */
import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '../../shared/schemas/common.js';
import type { TouchpointBatchResponse } from '../../shared/schemas/touchpoint.js';
import { customerRisk } from '../db/schema-preemption.js';
import { touchpoints } from '../db/schema.js';
import { startTestGateway, type TestGateway } from '../testing/harness.js';

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway({ config: { ingestMaxInFlight: 1, riskMaxBacklog: 100 } });
});
afterAll(async () => {
  await gw.close();
});

let n = 0;
const anEvent = (customerId = 'CUS-2') => ({
  eventId: `bp-${Date.now()}-${++n}`,
  customerId,
  occurredAt: '2026-11-20T08:30:00+08:00',
  channel: 'portal',
  stage: 'claim',
  kind: 'portal_page_view',
  summary: 'Viewed claim status page',
});
const stored = async (eventId: string) =>
  (
    await gw.database.db
      .select({ n: count() })
      .from(touchpoints)
      .where(eq(touchpoints.eventId, eventId))
  )[0]?.n;
const computedAt = async (customerId: string) =>
  (
    await gw.database.db
      .select({ at: customerRisk.computedAt })
      .from(customerRisk)
      .where(eq(customerRisk.customerId, customerId))
  )[0]?.at;

/** Holds the embedded database busy (every other statement waits) until `release()`. */
async function holdDatabase(): Promise<{ release(): Promise<void> }> {
  let release!: () => void;
  let started!: () => void;
  const isStarted = new Promise<void>((resolve) => (started = resolve));
  const done = gw.database.db.transaction(async (tx) => {
    await tx.execute(sql`select 1`);
    started();
    await new Promise<void>((resolve) => (release = resolve));
  });
  await isStarted;
  return {
    release: async () => {
      release();
      await done;
    },
  };
}

describe('touchpoint ingestion under load', () => {
  it('refuses a batch beyond the in-flight bound with 503 and Retry-After, storing nothing of it', async () => {
    const first = anEvent();
    const second = anEvent('CUS-3');
    const hold = await holdDatabase();
    // One batch is stored at a time (the bound is 1): whichever comes second is refused at once.
    const requests = [first, second].map((event) =>
      gw.post('/api/v1/touchpoints', { events: [event] }).then((res) => ({ event, res })),
    );
    const refused = await Promise.race(requests);
    expect(refused.res.status).toBe(503);
    expect(refused.res.headers.get('retry-after')).toBe('2');
    const { error } = (await refused.res.json()) as ApiError;
    expect(error.code).toBe('unavailable');
    expect(error.message).toMatch(/^Busy: 1 touchpoint batches are being stored/);
    await hold.release();
    const taken = (await Promise.all(requests)).find((r) => r !== refused);
    expect(taken?.res.status).toBe(200);
    expect(await stored(taken?.event.eventId ?? '')).toBe(1);
    expect(await stored(refused.event.eventId)).toBe(0);

    // Sent again (signed afresh, as every retry is), it is taken.
    const again = await gw.post('/api/v1/touchpoints', { events: [refused.event] });
    expect(((await again.json()) as TouchpointBatchResponse).accepted).toBe(1);
    expect(await stored(refused.event.eventId)).toBe(1);
  });

  it('refuses batches while rescoring is behind, and takes them once it caught up', async () => {
    const hold = await holdDatabase();
    // More customers wait to be rescored than the bound (100) allows.
    gw.gateway.risk.enqueue(Array.from({ length: 120 }, (_, i) => `CUS-LOAD-${i}`));
    const event = anEvent();
    const refused = await gw.post('/api/v1/touchpoints', { events: [event] });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('2');
    expect(((await refused.json()) as ApiError).error.message).toMatch(
      /customers wait to be rescored/,
    );
    await hold.release();
    await gw.gateway.risk.idle();
    expect(await stored(event.eventId)).toBe(0);
    expect((await gw.post('/api/v1/touchpoints', { events: [event] })).status).toBe(200);
    expect(await stored(event.eventId)).toBe(1);
  });

  it('rescores the customers of every stored event, a retried (duplicate) batch too', async () => {
    const event = anEvent('CUS-4');
    await gw.post('/api/v1/touchpoints', { events: [event] });
    await gw.gateway.risk.idle();
    const first = await computedAt('CUS-4');
    expect(first).toBeInstanceOf(Date);
    // The sender never saw the answer and sends the batch again: it is a duplicate, and its
    // customer is rescored anyway (a lost answer must not mean a lost rescore).
    const retry = (await (
      await gw.post('/api/v1/touchpoints', { events: [event] })
    ).json()) as TouchpointBatchResponse;
    expect(retry).toMatchObject({ accepted: 0, duplicate: 1 });
    await gw.gateway.risk.idle();
    expect((await computedAt('CUS-4'))?.getTime()).toBeGreaterThan(first?.getTime() ?? Infinity);
  });
});
