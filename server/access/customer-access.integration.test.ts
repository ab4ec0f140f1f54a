/**
 * Least privilege over customer data, through the real gateway: who may open a customer, what a
 * reason unlocks, what a reveal returns and what the audit chain keeps of it.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PopBundle } from '../../shared/schemas/pop.js';
import type { RevealResponse } from '../../shared/schemas/customer-access.js';
import { auditEvents } from '../db/schema.js';
import { aContact, startTestGateway, type TestGateway } from '../testing/harness.js';

let gw: TestGateway;
let csr: string; // chen.jing (AG-2), a csr
let otherCsr: string; // sara.ahmadi (AG-4), a csr
let lead: string;
beforeAll(async () => {
  gw = await startTestGateway();
  csr = (await gw.login('chen.jing')).token;
  otherCsr = (await gw.login('sara.ahmadi')).token;
  lead = (await gw.login('zhang.lead')).token;
});
afterAll(async () => {
  await gw.close();
});

const ID_NUMBER = '110101199003071234';
const BANK_ACCOUNT = '6222020200112233445';
const HEALTH = '高血压，长期服药';
const reason = (text: string) => `?reason=${encodeURIComponent(text)}`;
const audit = (actor: string, action: string) =>
  gw.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.actor, actor), eq(auditEvents.action, action)));
const reveal = (token: string, customerId: string, body: unknown) =>
  gw.api('POST', `/api/v1/customers/${customerId}/reveal`, token, body);

describe('opening a customer', () => {
  it('asks a csr for a reason when the customer is not on one of their contacts', async () => {
    for (const path of ['pop', 'timeline', 'risk']) {
      const res = await gw.api('GET', `/api/v1/customers/CUS-2/${path}`, csr);
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({
        error: { code: 'reason_required', field: 'reason' },
      });
    }
  });

  it('opens with a reason, audits it without the numbers in it, and keeps it open for that agent only', async () => {
    const res = await gw.api(
      'GET',
      `/api/v1/customers/CUS-3/pop${reason(`Callback for 13800000003 about claim`)}`,
      csr,
    );
    expect(res.status).toBe(200);

    const [opened] = await audit('AG-2', 'customer.opened-with-reason');
    expect(opened).toMatchObject({
      customerId: 'CUS-3',
      detail: { reason: 'Callback for [number] about claim' },
    });
    expect(opened?.origin).toMatch(/127\.0\.0\.1/);

    // The grant: the timeline's next pages and the risk card do not ask again…
    expect((await gw.api('GET', '/api/v1/customers/CUS-3/timeline', csr)).status).toBe(200);
    // …but another csr still has to say why.
    expect((await gw.api('GET', '/api/v1/customers/CUS-3/pop', otherCsr)).status).toBe(403);
  });

  it('refuses a reason too short to mean anything', async () => {
    const res = await gw.api('GET', `/api/v1/customers/CUS-2/pop${reason('hm')}`, csr);
    expect(res.status).toBe(400);
  });

  it('lets a lead open any customer, and audits the pop', async () => {
    expect((await gw.api('GET', '/api/v1/customers/CUS-2/pop', lead)).status).toBe(200);
    expect(await audit('AG-3', 'pop.viewed')).toContainEqual(
      expect.objectContaining({ customerId: 'CUS-2' }),
    );
  });

  it('opens the customer of a contact offered to the agent, without a reason', async () => {
    const specialist = (await gw.login('lin.wei')).token;
    expect((await gw.api('GET', '/api/v1/customers/CUS-1/pop', specialist)).status).toBe(403);
    const desktop = await gw.connectAgent('lin.wei');
    expect(await desktop.request('agent.ready', {})).toMatchObject({ ok: true });
    const posted = (await (await gw.post('/api/v1/contacts', aContact())).json()) as {
      contactId: string;
    };
    const offer = await desktop.take();
    expect(offer.contact.id).toBe(posted.contactId);

    const res = await gw.api('GET', '/api/v1/customers/CUS-1/pop', specialist);
    expect(res.status).toBe(200);
    const pop = (await res.json()) as PopBundle;
    expect(pop.customer).toMatchObject({
      bankAccountMasked: '**** **** 3445',
      hasHealthDetails: true,
    });
    await desktop.finish(posted.contactId);
    desktop.close();
  });
});

describe('masked by default', () => {
  it('never sends an ID number, bank account or health details in a pop or an offer', async () => {
    const body = await (await gw.api('GET', '/api/v1/customers/CUS-1/pop', lead)).text();
    for (const secret of [ID_NUMBER, BANK_ACCOUNT, HEALTH, '13800000001'])
      expect(body).not.toContain(secret);
  });
});

describe('revealing one field', () => {
  it('returns the value to an agent who may open the customer, and audits field and reason only', async () => {
    const res = await reveal(lead, 'CUS-1', {
      field: 'idNumber',
      reason: 'Customer asked to confirm the ID on file',
    });
    expect(res.status).toBe(200);
    expect((await res.json()) as RevealResponse).toMatchObject({
      field: 'idNumber',
      value: ID_NUMBER,
    });

    const [entry] = await audit('AG-3', 'customer.field-revealed');
    expect(entry).toMatchObject({
      customerId: 'CUS-1',
      detail: { field: 'idNumber', reason: 'Customer asked to confirm the ID on file' },
    });
    const log = JSON.stringify(await gw.database.db.select().from(auditEvents));
    for (const secret of [ID_NUMBER, BANK_ACCOUNT, HEALTH]) expect(log).not.toContain(secret);
  });

  it('reveals bank account and health details the same way', async () => {
    const bank = await reveal(lead, 'CUS-1', {
      field: 'bankAccount',
      reason: 'Refund goes to this account',
    });
    expect(await bank.json()).toMatchObject({ value: BANK_ACCOUNT });
    const health = await reveal(lead, 'CUS-1', {
      field: 'healthDetails',
      reason: 'Underwriting question',
    });
    expect(await health.json()).toMatchObject({ value: HEALTH });
  });

  it('refuses without a reason, an unknown field, a smuggled extra key, or an unknown customer', async () => {
    for (const body of [
      { field: 'idNumber' },
      { field: 'idNumber', reason: '' },
      { field: 'password', reason: 'Just curious about it' },
      { field: 'idNumber', reason: 'Confirm identity', unmasked: true },
    ]) {
      expect((await reveal(lead, 'CUS-1', body)).status).toBe(400);
    }
    expect(
      (await reveal(lead, 'CUS-404', { field: 'idNumber', reason: 'Confirm identity' })).status,
    ).toBe(404);
  });

  it('needs the agent to be allowed to open the customer: a csr reveals only with a reason, which opens it', async () => {
    const res = await reveal(otherCsr, 'CUS-2', {
      field: 'phone',
      reason: 'Customer lost access to the app',
    });
    expect(res.status).toBe(200);
    expect(await audit('AG-4', 'customer.opened-with-reason')).toContainEqual(
      expect.objectContaining({ customerId: 'CUS-2' }),
    );
  });

  it('never reveals a sensitive field to a csr, even with a reason; personal fields only', async () => {
    for (const field of ['idNumber', 'bankAccount', 'healthDetails']) {
      const res = await reveal(csr, 'CUS-2', { field, reason: 'Customer asked to confirm it' });
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ error: { code: 'forbidden', field: 'field' } });
    }
    const body = await (
      await reveal(csr, 'CUS-2', { field: 'idNumber', reason: 'Customer asked to confirm it' })
    ).text();
    expect(body).not.toContain(ID_NUMBER);
    expect(
      (await reveal(csr, 'CUS-2', { field: 'email', reason: 'Customer asked to confirm it' }))
        .status,
    ).toBe(200);
  });

  it('refuses without a token', async () => {
    const res = await fetch(`${gw.url}/api/v1/customers/CUS-1/reveal`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ field: 'idNumber', reason: 'Confirm identity' }),
    });
    expect(res.status).toBe(401);
  });
});
