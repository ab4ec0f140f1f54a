/**
 * Fault test: the gateway's PostgreSQL slow, then gone, then back — through a loopback TCP proxy
 * between the gateway and a scratch database. The gateway is never restarted.
 *
 *   (a) slow: with 2 s added to every round trip (1 s each way) a contact is offered to the ready
 *       agent exactly once and wrapped up exactly once (about 28 round trips: a minute; 2 s each
 *       way against the default deadline is server/db/pg-pool.integration.test.ts);
 *   (b) the cable pulled: HTTP answers 503 `unavailable` with Retry-After within the deadline, a
 *       socket action acks `unavailable`, the agent's desktop stays connected;
 *   (c) plugged back: everything works again by itself, and nothing queued meanwhile was lost.
 *
 * Needs FIREBREAK_TEST_DATABASE_URL (a PostgreSQL it may create databases on); skipped without.
 */
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '../../shared/schemas/common.js';
import type { InboundContactResponse } from '../../shared/schemas/contact.js';
import type { TouchpointBatchResponse } from '../../shared/schemas/touchpoint.js';
import { customerRisk } from '../../server/db/schema-preemption.js';
import { contactEvents, contacts } from '../../server/db/schema.js';
import {
  aContact,
  startTestGateway,
  type TestDesktop,
  type TestGateway,
} from '../../server/testing/harness.js';
import { createScratchDatabase } from '../../server/testing/scratch-postgres.js';
import { startTcpProxy, throughProxy, type TcpProxy } from '../../server/testing/tcp-proxy.js';

const adminUrl = process.env.FIREBREAK_TEST_DATABASE_URL;
/** The latency added each way for the contact's whole life (2 s per round trip). */
const LATENCY_MS = 1000;
/** The gateway's database deadline: a statement's round trip (and a new connection) fits in it twice. */
const DEADLINE_MS = 5000;
/** Slack on top of the deadline for the answer to travel (loopback, a busy CI machine). */
const SLACK_MS = 2500;

let n = 0;
const anEvent = (customerId: string) => ({
  eventId: `fault-${Date.now()}-${++n}`,
  customerId,
  occurredAt: '2026-11-20T08:30:00+08:00',
  channel: 'portal',
  stage: 'claim',
  kind: 'portal_page_view',
  summary: 'Viewed claim status page',
});

async function timed<T>(work: Promise<T>): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  const value = await work;
  return { value, ms: Date.now() - started };
}

async function expectUnavailable(res: Response): Promise<void> {
  expect(res.status).toBe(503);
  expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(((await res.json()) as ApiError).error.code).toBe('unavailable');
}

describe.skipIf(!adminUrl)(
  'degraded database: PostgreSQL slowed, cut and restored (needs FIREBREAK_TEST_DATABASE_URL)',
  () => {
    let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
    let proxy: TcpProxy;
    let gw: TestGateway;
    let agent: TestDesktop;
    let token: string;
    let disconnects = 0;
    /** A contact offered to the agent before the cut, answered only once the database is back. */
    let ringing = '';
    /** A touchpoint batch refused during the cut, sent again once the database is back. */
    const refusedEvent = anEvent('CUS-3');

    beforeAll(async () => {
      scratch = await createScratchDatabase(adminUrl ?? '', 'firebreak_faults');
      const target = new URL(scratch.url);
      proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
      gw = await startTestGateway({
        databaseUrl: throughProxy(scratch.url, proxy),
        config: { dbTimeoutMs: DEADLINE_MS },
        // Long enough that the offer made before the cut still rings after it.
        routing: { ringTimeoutSeconds: 90 },
      });
      agent = await gw.connectAgent('lin.wei');
      agent.socket.on('disconnect', () => (disconnects += 1));
      expect((await agent.request('agent.ready', {})).ok).toBe(true);
      ({ token } = await gw.login('zhang.lead'));
    });
    afterAll(async () => {
      proxy.setLatency(0);
      proxy.restore();
      // A connection left checked out (leaked during the outage) would hold the close forever.
      const closed = await Promise.race([
        gw.close().then(() => true),
        new Promise<false>((resolve) => setTimeout(() => resolve(false), 30_000)),
      ]);
      await proxy.close();
      await scratch.drop();
      expect(closed, 'the gateway closes: no database connection left checked out').toBe(true);
    });

    const eventsOf = async (contactId: string) =>
      (
        await gw.database.db
          .select({ action: contactEvents.action })
          .from(contactEvents)
          .where(eq(contactEvents.contactId, contactId))
      ).map((e) => e.action);

    it('(a) with 2 s added per round trip, offers a contact exactly once and wraps it up exactly once', async () => {
      proxy.setLatency(LATENCY_MS);
      const posted = await gw.post('/api/v1/contacts', aContact({ from: { customerId: 'CUS-2' } }));
      expect(posted.status).toBe(202);
      const { contactId } = (await posted.json()) as InboundContactResponse;
      const offer = await agent.next('contact.offered', 60_000);
      expect(offer.contact.id).toBe(contactId);
      expect(offer.pop?.customer.id).toBe('CUS-2');
      expect(await agent.request('contact.accept', { contactId })).toMatchObject({ ok: true });
      expect(await agent.request('contact.end', { contactId })).toMatchObject({ ok: true });
      expect(
        await agent.request('contact.wrap-up', { contactId, disposition: 'no_action' }),
      ).toMatchObject({ ok: true });
      proxy.setLatency(0);
      const actions = await eventsOf(contactId);
      expect(actions.filter((a) => a === 'offer')).toHaveLength(1);
      expect(actions.filter((a) => a === 'wrap')).toHaveLength(1);
      const [row] = await gw.database.db
        .select({ state: contacts.state })
        .from(contacts)
        .where(eq(contacts.id, contactId));
      expect(row?.state).toBe('closed');
      expect(agent.has('contact.offered')).toBe(false);
    });

    it('(b) with the database cut off, answers 503 unavailable within the deadline and keeps the desktop connected', async () => {
      const posted = await gw.post('/api/v1/contacts', aContact({ from: { customerId: 'CUS-1' } }));
      ringing = ((await posted.json()) as InboundContactResponse).contactId;
      expect((await agent.next('contact.offered', 10_000)).contact.id).toBe(ringing);

      proxy.cut();
      const [queues, contact, touchpoints, accept, health] = await Promise.all([
        timed(gw.api('GET', '/api/v1/queues', token)),
        timed(gw.post('/api/v1/contacts', aContact({ from: { customerId: 'CUS-3' } }))),
        timed(gw.post('/api/v1/touchpoints', { events: [refusedEvent] })),
        timed(agent.request('contact.accept', { contactId: ringing })),
        timed(fetch(`${gw.url}/healthz`)),
      ]);
      for (const answer of [queues, contact, touchpoints]) {
        await expectUnavailable(answer.value);
        expect(answer.ms).toBeLessThan(DEADLINE_MS + SLACK_MS);
      }
      expect(accept.value).toMatchObject({ ok: false, error: { code: 'unavailable' } });
      expect(accept.ms).toBeLessThan(DEADLINE_MS + SLACK_MS);
      expect(health.value.status).toBe(503);
      expect(await health.value.json()).toMatchObject({ ok: false, database: 'down' });

      // Work queued meanwhile waits for the database instead of being dropped.
      gw.gateway.risk.enqueue(['CUS-4']);
      // The desktop outlived the outage (several heartbeats): connected, and answering.
      expect(disconnects).toBe(0);
      expect(agent.socket.connected).toBe(true);
      expect(await agent.request('sys.ping', { sentAt: Date.now() })).toMatchObject({ ok: true });
    });

    it('(c) once the database is back, works again without a restart', async () => {
      const restoredAt = new Date();
      proxy.restore();
      await expect
        .poll(async () => (await fetch(`${gw.url}/healthz`)).status, {
          timeout: 20_000,
          interval: 250,
        })
        .toBe(200);

      // The customer queued for rescoring during the outage is rescored now (nothing else touches them).
      await gw.gateway.risk.idle();
      const [risk] = await gw.database.db
        .select({ at: customerRisk.computedAt })
        .from(customerRisk)
        .where(
          and(
            eq(customerRisk.customerId, 'CUS-4'),
            sql`${customerRisk.computedAt} >= ${restoredAt}`,
          ),
        );
      expect(risk?.at).toBeInstanceOf(Date);

      // The offer that rang through the outage is answered now.
      expect(await agent.request('contact.accept', { contactId: ringing })).toMatchObject({
        ok: true,
      });
      await agent.finish(ringing);
      expect((await eventsOf(ringing)).filter((a) => a === 'wrap')).toHaveLength(1);

      // A new contact is routed, the refused touchpoint batch is taken when sent again.
      const posted = await gw.post('/api/v1/contacts', aContact({ from: { customerId: 'CUS-3' } }));
      expect(posted.status).toBe(202);
      const { contactId } = (await posted.json()) as InboundContactResponse;
      expect((await agent.take(20_000)).contact.id).toBe(contactId);
      await agent.finish(contactId);
      const batch = await gw.post('/api/v1/touchpoints', { events: [refusedEvent] });
      expect(((await batch.json()) as TouchpointBatchResponse).accepted).toBe(1);
      expect((await gw.api('GET', '/api/v1/queues', token)).status).toBe(200);
      expect(disconnects).toBe(0);
    });
  },
);
