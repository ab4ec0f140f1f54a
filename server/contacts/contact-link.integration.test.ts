import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, contacts } from '../db/schema.js';
import { aContact, startTestGateway, type TestDesktop, type TestGateway } from '../testing/harness.js';

let gw: TestGateway;
let desktop: TestDesktop;
beforeAll(async () => {
  gw = await startTestGateway();
  desktop = await gw.connectAgent('lin.wei');
  await desktop.request('agent.ready', {});
});
afterAll(async () => {
  await gw.close();
});

async function offered(from: Record<string, string>) {
  await gw.post('/api/v1/contacts', aContact({ from }));
  return desktop.next('contact.offered');
}

describe('contact.link', () => {
  it('links a many-match contact to the picked customer and offers it again with the pop', async () => {
    const offer = await offered({ phone: '+8613800000003' });
    expect(offer.contact.match).toBe('many');
    const contactId = offer.contact.id;

    expect(await desktop.request('contact.link', { contactId, customerId: 'CUS-4' })).toEqual({
      ok: true,
      data: { contactId, customerId: 'CUS-4' },
    });
    const again = await desktop.next('contact.offered');
    expect(again.contact).toMatchObject({ id: contactId, match: 'one', customerId: 'CUS-4', state: 'offered' });
    expect(again.pop?.customer).toMatchObject({ id: 'CUS-4', name: '张丽' });
    expect(again.candidates).toEqual([]);

    const [row] = await gw.database.db.select().from(contacts).where(eq(contacts.id, contactId));
    expect(row).toMatchObject({ customerId: 'CUS-4', match: 'one', linkedBy: 'AG-1' });
    const audits = await gw.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'contact.linked'), eq(auditEvents.customerId, 'CUS-4')));
    expect(audits).toMatchObject([{ actor: 'AG-1', detail: { contactId } }]);
    expect(audits[0]?.origin).toMatch(/127\.0\.0\.1|::1/); // from where: the desktop's socket address

    // Live touchpoints of the linked customer now reach this desktop.
    const tp = await gw.post('/api/v1/touchpoints', {
      events: [
        {
          eventId: `link-${Date.now()}`,
          customerId: 'CUS-4',
          occurredAt: new Date().toISOString(),
          channel: 'app',
          stage: 'claim',
          kind: 'app_login',
          summary: 'Logged in to the app',
        },
      ],
    });
    expect(await tp.json()).toMatchObject({ accepted: 1 });
    expect((await desktop.next('timeline.appended')).customerId).toBe('CUS-4');

    await desktop.finish(contactId);
  });

  it('refuses an unknown customer and a contact the agent does not hold', async () => {
    const offer = await offered({ phone: '+8613899999999' });
    expect(offer.contact.match).toBe('none');
    const contactId = offer.contact.id;

    expect(await desktop.request('contact.link', { contactId, customerId: 'CUS-404' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'customerId' },
    });
    expect(await desktop.request('contact.link', { contactId: 'CT-not-mine', customerId: 'CUS-1' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'contactId' },
    });
    expect(await desktop.request('contact.link', { contactId, customerId: 'bad id!' })).toMatchObject({
      ok: false,
      error: { code: 'validation_failed', field: 'customerId' },
    });

    const other = await gw.connectAgent('chen.jing');
    await other.request('agent.ready', {});
    expect(await other.request('contact.link', { contactId, customerId: 'CUS-1' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    const [row] = await gw.database.db.select().from(contacts).where(eq(contacts.id, contactId));
    expect(row).toMatchObject({ customerId: null, match: 'none', linkedBy: null });
    await desktop.finish(contactId);
  });
});
