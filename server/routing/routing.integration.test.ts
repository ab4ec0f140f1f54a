import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aContact, startTestGateway, type TestGateway } from '../testing/harness.js';

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(async () => {
  await gw.close();
});

describe('contact.offered', () => {
  it('pops the whole story in the offer itself: profile, complaint, timeline and scripts', async () => {
    const desktop = await gw.connectAgent('lin.wei');
    expect(await desktop.request('agent.ready', {})).toMatchObject({ ok: true, data: { state: 'available' } });

    const posted = (await (await gw.post('/api/v1/contacts', aContact())).json()) as { contactId: string };
    const offer = await desktop.next('contact.offered');

    expect(offer.contact).toMatchObject({ id: posted.contactId, match: 'one', customerId: 'CUS-1', state: 'offered' });
    const pop = offer.pop;
    expect(pop?.customer).toMatchObject({ name: '王芳', tier: 'diamond', phoneMasked: '+86 138****0001' });
    expect(pop?.customer.idNumberMasked).not.toContain('11010119900307');
    expect(pop?.complaints[0]).toMatchObject({ rootCauses: ['timeliness', 'promise_mismatch'], status: 'open' });
    expect(pop?.promises[0]).toMatchObject({ status: 'open', description: '周二前回电告知定损结果' });
    expect(pop?.claims[0]).toMatchObject({ id: 'C-2031', adjuster: { name: '华东公估' } });
    expect(pop?.timeline.total).toBe(60);
    expect(pop?.timeline.items).toHaveLength(50);
    expect(pop?.timeline.items[0]).toMatchObject({ summary: '查看理赔进度页面', anomaly: 'long_dwell' });
    expect(pop?.scripts[0]?.text).toContain('C-2031');
    expect(pop?.scripts[0]?.text).toMatch(/晚了\d+天/);

    expect(await desktop.request('contact.end', { contactId: posted.contactId })).toMatchObject({ ok: true });
    desktop.close();
  });

  it('waits when no agent is available and offers the oldest contact when one becomes available', async () => {
    const desktop = await gw.connectAgent('chen.jing');
    await desktop.request('agent.ready', {});
    expect(await desktop.request('agent.set-state', { state: 'away' })).toMatchObject({ ok: true, data: { state: 'away' } });

    const first = aContact({ channel: 'chat', queue: 'service-chat', from: { customerId: 'CUS-2' } });
    const second = aContact({ channel: 'chat', queue: 'service-chat', from: { phone: '+8613800000003' } });
    await gw.post('/api/v1/contacts', first);
    await gw.post('/api/v1/contacts', second);

    await desktop.request('agent.set-state', { state: 'available' });
    const offer = await desktop.next('contact.offered');
    expect(offer.contact.externalId).toBe(first.externalId);
    expect(offer.pop?.customer.name).toBe('Oliver Grant');

    await desktop.request('contact.end', { contactId: offer.contact.id });
    const nextOffer = await desktop.next('contact.offered');
    expect(nextOffer.contact.externalId).toBe(second.externalId);
    expect(nextOffer.pop).toBeNull();
    expect(nextOffer.candidates.map((c) => c.name).sort()).toEqual(['张丽', '张伟']);
    await desktop.request('contact.end', { contactId: nextOffer.contact.id });
    desktop.close();
  });

  it('re-sends the ringing offer to a desktop that reloads', async () => {
    const before = await gw.connectAgent('lin.wei');
    await before.request('agent.ready', {});
    await gw.post('/api/v1/contacts', aContact());
    const offer = await before.next('contact.offered');
    before.close();

    const after = await gw.connectAgent('lin.wei');
    await after.request('agent.ready', {});
    const again = await after.next('contact.offered');
    expect(again.contact.id).toBe(offer.contact.id);
    await after.request('contact.end', { contactId: offer.contact.id });
    after.close();
  });

  it('refuses a bad socket payload with the field and ends no contact that is not yours', async () => {
    const desktop = await gw.connectAgent('lin.wei');
    await desktop.request('agent.ready', {});
    const bad = await desktop.request('agent.set-state', { state: 'asleep' } as never);
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation_failed', field: 'state' } });
    const notMine = await desktop.request('contact.end', { contactId: 'CT-nope' });
    expect(notMine).toMatchObject({ ok: false, error: { code: 'not_found' } });
    desktop.close();
  });

  it('refuses a socket without a valid token', async () => {
    const { io } = await import('socket.io-client');
    const socket = io(gw.url, { auth: { token: 'forged' }, transports: ['websocket'], reconnection: false });
    const error = await new Promise<Error>((resolve) => socket.once('connect_error', resolve));
    expect(error.message).toBe('unauthorized');
    socket.close();
  });
});

describe('who may open an agent socket', () => {
  it('refuses a page from a foreign origin even with a valid token', async () => {
    const { io } = await import('socket.io-client');
    const { token } = await gw.login('lin.wei');
    const socket = io(gw.url, {
      auth: { token },
      transports: ['websocket'],
      reconnection: false,
      extraHeaders: { origin: 'https://evil.example' },
    });
    const error = await new Promise<Error>((resolve) => socket.once('connect_error', resolve));
    expect(error.message).toMatch(/websocket error|forbidden/i);
    socket.close();
  });
});
