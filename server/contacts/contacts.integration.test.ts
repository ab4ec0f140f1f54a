import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contacts } from '../db/schema.js';
import { customerRisk } from '../db/schema-preemption.js';
import { aContact, startTestGateway, type TestGateway } from '../testing/harness.js';

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(async () => {
  await gw.close();
});

const contactCount = async () =>
  (await gw.database.db.select({ n: count() }).from(contacts))[0]?.n ?? 0;

describe('POST /api/v1/contacts', () => {
  it('accepts a signed contact and answers 202 with the match', async () => {
    const res = await gw.post(
      '/api/v1/contacts',
      aContact({ from: { phone: '+86 138-0000-0001' } }),
    );
    expect(res.status).toBe(202);
    const body = (await res.json()) as {
      contactId: string;
      match: string;
      customerId: string;
      duplicate: boolean;
    };
    expect(body).toMatchObject({ match: 'one', customerId: 'CUS-1', duplicate: false });
    expect(body.contactId).toMatch(/^CT-/);
  });

  it('reports many when a phone is shared, and none when nobody has it', async () => {
    const many: unknown = await (
      await gw.post('/api/v1/contacts', aContact({ from: { phone: '+8613800000003' } }))
    ).json();
    expect(many).toMatchObject({ match: 'many', customerId: null, candidateCount: 2 });
    const none: unknown = await (
      await gw.post('/api/v1/contacts', aContact({ from: { phone: '+8613999999999' } }))
    ).json();
    expect(none).toMatchObject({ match: 'none', customerId: null, candidateCount: 0 });
  });

  it('matches by email and by customer id', async () => {
    const byEmail: unknown = await (
      await gw.post('/api/v1/contacts', aContact({ from: { email: 'Wang.Fang@example.com' } }))
    ).json();
    expect(byEmail).toMatchObject({ match: 'one', customerId: 'CUS-1' });
    const byId: unknown = await (
      await gw.post('/api/v1/contacts', aContact({ from: { customerId: 'CUS-2' } }))
    ).json();
    expect(byId).toMatchObject({ match: 'one', customerId: 'CUS-2' });
  });

  it("queues by the matched customer's tier and current risk, and an unsure match by arrival", async () => {
    const priorityOf = async (from: Record<string, string>) => {
      const { contactId } = (await (
        await gw.post('/api/v1/contacts', aContact({ from }))
      ).json()) as { contactId: string };
      const [row] = await gw.database.db
        .select({ priority: contacts.priority, urgent: contacts.urgent })
        .from(contacts)
        .where(eq(contacts.id, contactId));
      return row;
    };
    /** CUS-2's current risk, as the risk service would have stored it (once it is idle). */
    const scored = async (score: number, band: 'low' | 'high') => {
      await gw.gateway.risk.idle();
      const risk = {
        score,
        band,
        assessment: {} as never,
        rulesVersion: 'test',
        computedAt: new Date(),
      };
      await gw.database.db
        .insert(customerRisk)
        .values({ customerId: 'CUS-2', ...risk })
        .onConflictDoUpdate({ target: customerRisk.customerId, set: risk });
    };
    // CUS-2 is gold: 30 points, plus the risk score; high risk is urgent (+1000)
    await scored(81, 'high');
    expect(await priorityOf({ phone: '+14155550100' })).toEqual({ priority: 1111, urgent: true });
    await scored(12, 'low');
    expect(await priorityOf({ customerId: 'CUS-2' })).toEqual({ priority: 42, urgent: false });
    expect(await priorityOf({ phone: '+8613800000003' })).toEqual({ priority: 0, urgent: false }); // two customers share it
  });

  it('is idempotent on externalId: the second report returns the first contact', async () => {
    const contact = aContact();
    const first = (await (await gw.post('/api/v1/contacts', contact)).json()) as {
      contactId: string;
    };
    const before = await contactCount();
    const again = await gw.post('/api/v1/contacts', contact);
    expect(again.status).toBe(202);
    expect(await again.json()).toMatchObject({ contactId: first.contactId, duplicate: true });
    expect(await contactCount()).toBe(before);
  });

  it('refuses a missing or wrong signature with 401 and stores nothing', async () => {
    const before = await contactCount();
    const unsigned = await gw.post('/api/v1/contacts', aContact(), { sign: false });
    expect(unsigned.status).toBe(401);
    expect(await unsigned.json()).toMatchObject({ error: { code: 'bad_signature' } });
    const t = Math.floor(Date.now() / 1000);
    const forged = await gw.post('/api/v1/contacts', aContact(), {
      sign: `t=${String(t)},v1=${'0'.repeat(64)}`,
    });
    expect(forged.status).toBe(401);
    expect(await contactCount()).toBe(before);
  });

  it('names the field and the reason for bad input, and stores nothing', async () => {
    const before = await contactCount();
    const cases: [Record<string, unknown>, string][] = [
      [aContact({ channel: 'fax' }), 'channel'],
      [aContact({ from: {} }), 'from'],
      [aContact({ from: { phone: 'call me maybe' } }), 'from.phone'],
      [aContact({ queue: 'no-such-queue' }), 'queue'],
      [
        { channel: 'voice', from: { phone: '+8613800000001' }, queue: 'claims-voice' },
        'externalId',
      ],
    ];
    for (const [body, field] of cases) {
      const res = await gw.post('/api/v1/contacts', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      const error = ((await res.json()) as { error: { field: string; message: string } }).error;
      expect(error.field).toBe(field);
      expect(error.message.length).toBeGreaterThan(3);
    }
    expect(await contactCount()).toBe(before);
  });

  it('answers 400 for malformed JSON and 413 for a body over the limit', async () => {
    const broken = await gw.post('/api/v1/contacts', null, { raw: '{"externalId": ' });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ error: { code: 'bad_request' } });
    const huge = await gw.post(
      '/api/v1/contacts',
      aContact({ padding: 'x'.repeat(2 * 1024 * 1024) }),
    );
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ error: { code: 'payload_too_large' } });
  });

  it('keeps one row per externalId when the same contact is reported concurrently', async () => {
    const contact = aContact();
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => gw.post('/api/v1/contacts', contact)),
    );
    const bodies = (await Promise.all(answers.map((r) => r.json()))) as {
      contactId: string;
      duplicate: boolean;
    }[];
    expect(new Set(bodies.map((b) => b.contactId)).size).toBe(1);
    expect(bodies.filter((b) => !b.duplicate)).toHaveLength(1);
    const rows = await gw.database.db
      .select()
      .from(contacts)
      .where(eq(contacts.externalId, contact.externalId));
    expect(rows).toHaveLength(1);
  });
});
