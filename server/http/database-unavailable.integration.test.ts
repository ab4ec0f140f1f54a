/**
 * The database gone under a running gateway (here: the embedded one closed): callers get clear
 * 503s, socket actions ack `unavailable`, the desktop stays connected, the health check says so.
 * The PostgreSQL side (slow, cut, back again) is in test/faults/degraded-database.faults.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '../../shared/schemas/common.js';
import { startTestGateway, type TestDesktop, type TestGateway } from '../testing/harness.js';

let gw: TestGateway;
let desktop: TestDesktop;
let token: string;

beforeAll(async () => {
  gw = await startTestGateway({ heartbeat: { pingIntervalMs: 200, pingTimeoutMs: 200 } });
  desktop = await gw.connectAgent('chen.jing');
  expect((await desktop.request('agent.ready', {})).ok).toBe(true);
  ({ token } = await gw.login('lin.wei'));
  expect((await fetch(`${gw.url}/healthz`)).status).toBe(200);
  await gw.database.close();
});
afterAll(async () => {
  // The harness closes the database too: it is closed already.
  await gw.close().catch(() => undefined);
});

const expectUnavailable = async (res: Response) => {
  expect(res.status).toBe(503);
  expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(((await res.json()) as ApiError).error).toEqual({
    code: 'unavailable',
    message: 'The database is not answering; try again shortly',
  });
};

describe('with the database gone', () => {
  it('answers HTTP callers 503 unavailable with Retry-After, never a 500', async () => {
    await expectUnavailable(await gw.api('GET', '/api/v1/customers/CUS-1/pop', token));
    await expectUnavailable(await gw.api('GET', '/api/v1/queues', token));
    const events = [
      {
        eventId: 'gone-1',
        customerId: 'CUS-1',
        occurredAt: '2026-11-20T08:30:00+08:00',
        channel: 'portal',
        stage: 'claim',
        kind: 'portal_page_view',
        summary: 'x',
      },
    ];
    await expectUnavailable(await gw.post('/api/v1/touchpoints', { events }));
    await expectUnavailable(
      await gw.post(
        '/api/v1/auth/login',
        { username: 'chen.jing', password: 'x' },
        { sign: false },
      ),
    );
  });

  it('acks a socket action unavailable and keeps the desktop connected', async () => {
    const accept = await desktop.request('contact.accept', {
      contactId: '00000000-0000-4000-8000-000000000000',
    });
    expect(accept).toEqual({
      ok: false,
      error: { code: 'unavailable', message: 'The database is not answering; try again shortly' },
    });
    // Several heartbeats later the socket is still up and answering.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(desktop.socket.connected).toBe(true);
    expect(desktop.has('contact.ended')).toBe(false);
    const ping = await desktop.request('sys.ping', { sentAt: Date.now() });
    expect(ping.ok).toBe(true);
  });

  it('reports the database down on the health check, for load balancers', async () => {
    const res = await fetch(`${gw.url}/healthz`);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(await res.json()).toMatchObject({
      ok: false,
      database: 'down',
      error: { code: 'unavailable' },
    });
  });
});
