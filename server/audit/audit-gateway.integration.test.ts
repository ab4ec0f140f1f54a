/** The audit log as the gateway writes it: pops and searches, who, which customer, from where. */
import { asc, eq, isNotNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditEvents } from '../db/schema.js';
import {
  aContact,
  startTestGateway,
  type TestDesktop,
  type TestGateway,
} from '../testing/harness.js';
import { verifyAuditChain } from './audit-verify.js';

let gw: TestGateway;
let desktop: TestDesktop;
let token: string;
beforeAll(async () => {
  gw = await startTestGateway();
  desktop = await gw.connectAgent('lin.wei');
  await desktop.request('agent.ready', {});
  token = (await gw.login('lin.wei')).token;
});
afterAll(async () => {
  await gw.close();
});

const entries = (action: string) =>
  gw.database.db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.action, action))
    .orderBy(asc(auditEvents.seq));
const LOOPBACK = /^(::ffff:)?127\.0\.0\.1$|^::1$/;

describe('the audit log of a pop', () => {
  it('has the offered pop and the pop read over HTTP, with agent, customer and origin', async () => {
    await gw.post('/api/v1/contacts', aContact({ from: { phone: '+8613800000001' } }));
    const offer = await desktop.take();
    expect(offer.pop?.customer.id).toBe('CUS-1');
    await vi.waitFor(async () => expect(await entries('pop.offered')).toHaveLength(1));
    expect(await entries('pop.offered')).toMatchObject([
      {
        actor: 'AG-1',
        customerId: 'CUS-1',
        origin: 'system',
        detail: { contactId: offer.contact.id },
      },
    ]);

    expect((await gw.api('GET', '/api/v1/customers/CUS-1/pop', token)).status).toBe(200);
    const [viewed] = await entries('pop.viewed');
    expect(viewed).toMatchObject({ actor: 'AG-1', customerId: 'CUS-1', detail: {} });
    expect(viewed?.origin).toMatch(LOOPBACK);
    // A customer nobody has: nothing was shown, no pop is logged.
    const reason = `?reason=${encodeURIComponent('caller asked about a relative')}`;
    expect((await gw.api('GET', `/api/v1/customers/CUS-404/pop${reason}`, token)).status).toBe(404);
    expect(await entries('pop.viewed')).toHaveLength(1);
    await desktop.finish(offer.contact.id);
  });

  it('keeps no phone or ID number anywhere, however the agent searched, and the chain verifies', async () => {
    for (const q of [
      '+86 138 0000 0001',
      '13800000001',
      '110101199003071234',
      '身份证110101199003071234',
      'C-2031',
      '王芳',
    ]) {
      // The agent says why they search (csr), and types the caller's ID number into that too.
      const why = encodeURIComponent('caller gave ID 110101199003071234');
      const path = `/api/v1/customers/search?q=${encodeURIComponent(q)}&reason=${why}`;
      expect((await gw.api('GET', path, token)).status).toBe(200);
    }
    const searched = await entries('customer.searched');
    expect(searched.map((e) => e.detail)).toMatchObject([
      { kind: 'phone', digits: 13, results: 1 },
      { kind: 'phone', digits: 11, results: 1 },
      { kind: 'phone', digits: 18, results: 0 },
      { kind: 'text', query: '身份证[number]', results: 0 },
      { kind: 'text', query: 'C-2031', results: 1 },
      { kind: 'text', query: '王芳', results: 1 },
    ]);
    for (const e of searched) expect(e.origin).toMatch(LOOPBACK);

    const everything = await gw.database.db.execute(
      sql`SELECT row_to_json(a)::text AS row FROM audit_events a`,
    );
    const dump = JSON.stringify(everything);
    expect(dump).toContain('pop.viewed');
    for (const secret of ['110101199003071234', '13800000001', '138 0000 0001'])
      expect(dump).not.toContain(secret);

    const chained = await gw.database.db
      .select()
      .from(auditEvents)
      .where(isNotNull(auditEvents.seq));
    expect(await verifyAuditChain(gw.database.db)).toMatchObject({
      ok: true,
      entries: chained.length,
      legacyEntries: 0,
    });
  });
});
