import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CustomerSearchResponse } from '../../shared/schemas/customer-search.js';
import { auditEvents, customers } from '../db/schema.js';
import { startTestGateway, type TestGateway } from '../testing/harness.js';
import { baseCustomer } from '../testing/fixtures.js';

let gw: TestGateway;
let token: string;
beforeAll(async () => {
  gw = await startTestGateway();
  token = (await gw.login('lin.wei')).token;
  await gw.database.db.insert(customers).values([
    { ...baseCustomer, id: 'CUS-FA', name: 'مریم احمدی', phone: '+989121234567', city: 'تهران' },
    { ...baseCustomer, id: 'CUS-EN', name: 'Grace Oliver', phone: '+14155550999' },
  ]);
});
afterAll(async () => {
  await gw.close();
});

/** lin.wei is a csr: outside a contact they hold, a search needs a stated reason. */
const REASON = '&reason=' + encodeURIComponent('Caller asked about a relative');
const search = (q: string, auth: string | null = token, extra = '', reason = REASON) =>
  fetch(`${gw.url}/api/v1/customers/search?q=${encodeURIComponent(q)}${extra}${reason}`, {
    headers: auth ? { authorization: `Bearer ${auth}` } : {},
  });

async function hits(q: string): Promise<CustomerSearchResponse['items']> {
  const res = await search(q);
  expect(res.status).toBe(200);
  return ((await res.json()) as CustomerSearchResponse).items;
}

describe('GET /api/v1/customers/search', () => {
  it('finds by the whole phone number, however it is typed, and by its last digits', async () => {
    expect(await hits('+86 138-0000-0001')).toEqual([
      { id: 'CUS-1', name: '王芳', tier: 'diamond', phoneMasked: '+86 138****0001', city: '上海', matchedOn: 'phone' },
    ]);
    expect((await hits('13800000003')).map((h) => h.id)).toEqual(['CUS-3', 'CUS-4']);
    expect((await hits('0003')).map((h) => [h.id, h.matchedOn])).toEqual([
      ['CUS-3', 'phone'],
      ['CUS-4', 'phone'],
    ]);
    expect(await hits('9999 0000')).toEqual([]);
  });

  it('finds by customer id, policy number and claim number, in any case', async () => {
    expect((await hits('CUS-2')).map((h) => [h.id, h.matchedOn])).toEqual([['CUS-2', 'id']]);
    expect((await hits('p-100')).map((h) => [h.id, h.matchedOn])).toEqual([['CUS-1', 'policy']]);
    expect((await hits('C-2031')).map((h) => [h.id, h.matchedOn])).toEqual([['CUS-1', 'claim']]);
  });

  it('finds names by prefix first, then anywhere in the name, case-insensitively', async () => {
    expect((await hits('张')).map((h) => h.name).sort()).toEqual(['张丽', '张伟']);
    expect((await hits('oliver')).map((h) => [h.id, h.matchedOn])).toEqual([
      ['CUS-2', 'name'],
      ['CUS-EN', 'name'],
    ]);
    expect((await hits('GRACE')).map((h) => h.id)).toEqual(['CUS-EN']);
    expect((await hits('احمدی')).map((h) => [h.id, h.city])).toEqual([['CUS-FA', 'تهران']]);
    expect(await hits('50%')).toEqual([]);
  });

  it('never sends a full phone number and stops at the limit', async () => {
    const res = await search('1', token);
    const body = await res.text();
    expect(body).not.toMatch(/13800000001|4155550100/);
    expect(((await (await search('张', token, '&limit=1')).json()) as CustomerSearchResponse).items).toHaveLength(1);
  });

  it('refuses without a token and names the field of a bad query', async () => {
    expect((await search('张', null)).status).toBe(401);
    for (const q of ['', '   ', 'x'.repeat(101)]) {
      const res = await search(q);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: { code: 'validation_failed', field: 'querystring.q' } });
    }
    const noQ = await fetch(`${gw.url}/api/v1/customers/search`, { headers: { authorization: `Bearer ${token}` } });
    expect(noQ.status).toBe(400);
    expect((await search('张', token, '&limit=21')).status).toBe(400);
  });

  it('audits every search, without the digits of a phone number', async () => {
    await hits('+86 138 0000 0003');
    await hits('C-2031');
    const rows = await gw.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actor, 'AG-1'), eq(auditEvents.action, 'customer.searched')));
    const details = rows.map((r) => r.detail);
    const basis = { basis: 'reason', reason: 'Caller asked about a relative' };
    expect(details).toContainEqual({ kind: 'phone', digits: 13, results: 2, ...basis });
    expect(details).toContainEqual({ kind: 'text', query: 'C-2031', results: 1, ...basis });
    expect(JSON.stringify(details)).not.toContain('13800000003');
  });

  it('asks a csr for a reason outside the contacts they hold; a lead searches freely', async () => {
    const bare = await search('张', token, '', '');
    expect(bare.status).toBe(403);
    expect(await bare.json()).toMatchObject({ error: { code: 'reason_required', field: 'reason' } });

    const tooShort = await search('张', token, '', '&reason=why');
    expect(tooShort.status).toBe(400);

    const notHeld = await search('张', token, '', '&contactId=CT-nobody');
    expect(notHeld.status).toBe(403);
    expect(await notHeld.json()).toMatchObject({ error: { code: 'forbidden', field: 'contactId' } });

    const lead = (await gw.login('zhang.lead')).token;
    expect((await search('张', lead, '', '')).status).toBe(200);
  });

  it('keeps numbers typed into a reason out of the audit log', async () => {
    await hits('Grace');
    const res = await search('Grace', token, '', '&reason=' + encodeURIComponent('Caller gave ID 110101199003071234'));
    expect(res.status).toBe(200);
    const rows = await gw.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'customer.searched'));
    expect(JSON.stringify(rows.map((r) => r.detail))).not.toContain('110101199003071234');
  });
});
