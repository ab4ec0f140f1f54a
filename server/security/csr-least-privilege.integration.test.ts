/**
 * Issue #8's "done when", as one sweep: a csr's token, thrown at every GET endpoint in the
 * gateway's OpenAPI document (with customer, contact and agent ids that exist, with and without a
 * reason) and at the reveal route, while the csr's desktop socket records every event it gets,
 * never reads the console, another agent's contact, or an unmasked ID number, bank account or
 * health details.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillPath, publicEndpoints } from '../testing/corpus-support.js';
import { aContact, startTestGateway, type TestGateway } from '../testing/harness.js';

const ID_NUMBER = '110101199003071234'; // every fixture customer's
const BANK_ACCOUNT = '6222020200112233445';
const HEALTH = '高血压，长期服药';
const SECRETS = [ID_NUMBER, BANK_ACCOUNT, HEALTH];

let gw: TestGateway;
let csrToken: string;
let othersContact: string;
const socketEvents: string[] = [];

beforeAll(async () => {
  gw = await startTestGateway();
  // The csr's desktop is connected the whole time and keeps everything it is sent.
  const csr = await gw.connectAgent('chen.jing');
  csr.socket.onAny((event: string, payload: unknown) =>
    socketEvents.push(`${event} ${JSON.stringify(payload)}`),
  );
  expect(await csr.request('agent.ready', {})).toMatchObject({ ok: true });
  csrToken = (await gw.login('chen.jing')).token;
  // Another agent holds a contact of CUS-1.
  const owner = await gw.connectAgent('lin.wei');
  expect(await owner.request('agent.ready', {})).toMatchObject({ ok: true });
  othersContact = (
    (await (await gw.post('/api/v1/contacts', aContact())).json()) as { contactId: string }
  ).contactId;
  await owner.take();
}, 120_000);
afterAll(async () => {
  await gw.close();
});

describe("a csr's token", () => {
  it('reads no unmasked sensitive value from any GET endpoint, with any id, with or without a reason', async () => {
    const endpoints = (await publicEndpoints(gw.url)).filter((e) => e.method === 'GET');
    expect(endpoints.length).toBeGreaterThan(10);
    const leaks: string[] = [];
    for (const endpoint of endpoints) {
      for (const id of ['CUS-1', 'CUS-2', othersContact, 'AG-1', 'AG-3']) {
        for (const query of [
          '',
          `?reason=${encodeURIComponent('Checking the record for a complaint')}`,
        ]) {
          const path = `${fillPath(endpoint.path, id)}${query}`;
          const res = await gw.api('GET', path, csrToken);
          const body = await res.text();
          if (SECRETS.some((secret) => body.includes(secret)))
            leaks.push(`${path} → ${String(res.status)}`);
        }
      }
    }
    expect(leaks).toEqual([]);
  });

  it('cannot read the console', async () => {
    const endpoints = (await publicEndpoints(gw.url)).filter((e) =>
      e.path.startsWith('/api/v1/console/'),
    );
    expect(endpoints.length).toBeGreaterThan(3);
    for (const endpoint of endpoints) {
      const res = await fetch(`${gw.url}${fillPath(endpoint.path, othersContact)}`, {
        method: endpoint.method,
        headers: { authorization: `Bearer ${csrToken}`, 'content-type': 'application/json' },
        ...(endpoint.method === 'GET' ? {} : { body: '{}' }),
      });
      expect([401, 403], `${endpoint.method} ${endpoint.path}`).toContain(res.status);
    }
  });

  it("cannot read another agent's contact", async () => {
    const res = await gw.api('GET', `/api/v1/contacts/${othersContact}/messages`, csrToken);
    expect(res.status).toBe(403);
  });

  it('cannot reveal an ID number, a bank account or health details, even with a reason', async () => {
    for (const field of ['idNumber', 'bankAccount', 'healthDetails']) {
      const res = await gw.api('POST', '/api/v1/customers/CUS-1/reveal', csrToken, {
        field,
        reason: 'The customer asked me to read it out',
      });
      expect(res.status).toBe(403);
      expect(await res.text()).not.toContain(ID_NUMBER);
    }
  });

  it('got no unmasked sensitive value in any socket event', () => {
    expect(socketEvents.length).toBeGreaterThan(0);
    expect(
      socketEvents.filter((event) => SECRETS.some((secret) => event.includes(secret))),
    ).toEqual([]);
  });
});
