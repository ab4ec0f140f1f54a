import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TouchpointBatchResponse } from '../../shared/schemas/touchpoint.js';
import { touchpoints } from '../db/schema.js';
import { aContact, startTestGateway, type TestGateway } from '../testing/harness.js';

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(async () => {
  await gw.close();
});

let n = 0;
const anEvent = (overrides: Record<string, unknown> = {}) => ({
  eventId: `portal-${Date.now()}-${++n}`,
  customerId: 'CUS-2',
  occurredAt: '2026-11-20T08:30:00+08:00',
  channel: 'portal',
  stage: 'claim',
  kind: 'portal_page_view',
  summary: 'Viewed claim status page',
  dwellSeconds: 45,
  ...overrides,
});
const stored = async (eventId: string) =>
  (await gw.database.db.select({ n: count() }).from(touchpoints).where(eq(touchpoints.eventId, eventId)))[0]?.n;

describe('POST /api/v1/touchpoints', () => {
  it('accepts good events, reports duplicates, rejects bad ones with reasons; one bad event drops nothing else', async () => {
    const good = anEvent();
    const unknownCustomer = anEvent({ customerId: 'CUS-404' });
    const res = await gw.post('/api/v1/touchpoints', {
      events: [good, anEvent({ channel: 'carrier-pigeon' }), good, unknownCustomer, 'not an event', anEvent({ dwellSeconds: 900 })],
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as TouchpointBatchResponse;
    expect(body).toMatchObject({ accepted: 2, duplicate: 1, rejected: 3 });
    expect(body.results.map((r) => r.status)).toEqual(['accepted', 'rejected', 'duplicate', 'rejected', 'rejected', 'accepted']);
    expect(body.results[1]?.reasons).toEqual([expect.objectContaining({ field: 'channel' })]);
    expect(body.results[3]?.reasons).toEqual([{ field: 'customerId', message: 'No customer "CUS-404"' }]);
    expect(await stored(good.eventId)).toBe(1);
    expect(await stored(unknownCustomer.eventId)).toBe(0);
  });

  it('is idempotent across requests', async () => {
    const event = anEvent();
    await gw.post('/api/v1/touchpoints', { events: [event] });
    const again = (await (await gw.post('/api/v1/touchpoints', { events: [event] })).json()) as TouchpointBatchResponse;
    expect(again).toMatchObject({ accepted: 0, duplicate: 1 });
    expect(await stored(event.eventId)).toBe(1);
  });

  it('refuses an unsigned batch and an empty or oversized one', async () => {
    expect((await gw.post('/api/v1/touchpoints', { events: [anEvent()] }, { sign: false })).status).toBe(401);
    const empty = await gw.post('/api/v1/touchpoints', { events: [] });
    expect(empty.status).toBe(400);
    expect(await empty.json()).toMatchObject({ error: { field: 'events' } });
    const tooMany = await gw.post('/api/v1/touchpoints', { events: Array.from({ length: 1001 }, () => ({})) });
    expect(tooMany.status).toBe(400);
  });

  it('pushes a new touchpoint live to the agent whose screen shows that customer', async () => {
    const desktop = await gw.connectAgent('chen.jing');
    await desktop.request('agent.ready', {});
    await gw.post('/api/v1/contacts', aContact({ channel: 'chat', queue: 'service-chat', from: { customerId: 'CUS-2' } }));
    const offer = await desktop.next('contact.offered');
    const event = anEvent({ summary: 'Downloaded policy schedule PDF', kind: 'portal_document_download' });
    await gw.post('/api/v1/touchpoints', { events: [event] });
    const pushed = await desktop.next('timeline.appended');
    expect(pushed.customerId).toBe('CUS-2');
    expect(pushed.items.map((i) => i.summary)).toEqual(['Downloaded policy schedule PDF']);
    await desktop.finish(offer.contact.id);
    desktop.close();
  });
});
