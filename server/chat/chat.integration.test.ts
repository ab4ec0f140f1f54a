import { and, eq } from 'drizzle-orm';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHAT_TEXT_MAX } from '../../shared/schemas/chat.js';
import { CUSTOMER_NAMESPACE } from '../../shared/schemas/customer-socket.js';
import { touchpoints } from '../db/schema.js';
import { startTestGateway, type TestDesktop, type TestGateway } from '../testing/harness.js';

let gw: TestGateway;
let csr: TestDesktop;
beforeAll(async () => {
  gw = await startTestGateway();
  csr = await gw.connectAgent('chen.jing');
  await csr.request('agent.ready', {});
});
afterAll(async () => {
  await gw.close();
});

describe('a customer chats with an agent', () => {
  it('routes the chat with the pop, then carries messages and typing both ways onto the timeline', async () => {
    const customer = await gw.startChat({ name: '王芳', phone: '+86 138 0000 0001', message: '我的理赔怎么还没到？' });
    expect(await customer.request('chat.resume', {})).toMatchObject({
      ok: true,
      data: { status: { state: 'waiting' }, messages: [{ sender: 'customer', text: '我的理赔怎么还没到？' }] },
    });

    const offer = await csr.take();
    expect(await csr.next('contact.updated')).toMatchObject({ id: customer.contactId, state: 'active' });
    expect(offer.contact).toMatchObject({ id: customer.contactId, channel: 'chat', customerId: 'CUS-1' });
    expect(offer.pop?.customer.name).toBe('王芳');
    expect(await customer.next('chat.status')).toEqual({ state: 'connected', agentName: '陈静' });

    // The agent reads what was written before they answered.
    const { token } = await gw.login('chen.jing');
    const transcript: unknown = await (await gw.api('GET', `/api/v1/contacts/${customer.contactId}/messages`, token)).json();
    expect(transcript).toMatchObject({ items: [{ sender: 'customer', text: '我的理赔怎么还没到？' }] });

    expect(await csr.request('chat.typing', { contactId: customer.contactId, typing: true })).toEqual({ ok: true, data: {} });
    expect(await customer.next('chat.typing')).toEqual({ typing: true });
    const sent = await csr.request('chat.send', {
      contactId: customer.contactId,
      text: '您好，我看到您的理赔 C-2031 了',
      attachments: [{ url: 'https://docs.example.com/c-2031.pdf', name: '定损报告' }],
    });
    expect(sent).toMatchObject({ ok: true, data: { sender: 'agent', authorName: '陈静' } });
    expect(await customer.next('chat.message')).toMatchObject({
      text: '您好，我看到您的理赔 C-2031 了',
      attachments: [{ name: '定损报告' }],
    });

    await customer.request('chat.typing', { typing: true });
    expect(await csr.next('chat.typing')).toEqual({ contactId: customer.contactId, typing: true });
    await customer.request('chat.send', { text: '好的，谢谢' });
    // The agent's own message comes back too (their other windows stay in step), then the reply.
    expect(await csr.next('chat.message')).toMatchObject({ sender: 'agent' });
    expect(await csr.next('chat.message')).toMatchObject({ sender: 'customer', text: '好的，谢谢' });

    const written = await gw.database.db
      .select()
      .from(touchpoints)
      .where(and(eq(touchpoints.customerId, 'CUS-1'), eq(touchpoints.kind, 'chat.message')));
    expect(written.map((t) => t.attributes?.['direction']).sort()).toEqual(['inbound', 'inbound', 'outbound']);

    await customer.request('chat.leave', {});
    expect(await csr.next('contact.updated')).toMatchObject({ id: customer.contactId, state: 'wrap_up' });
    expect(await customer.request('chat.send', { text: '还在吗' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await csr.request('contact.wrap-up', { contactId: customer.contactId, disposition: 'information_given' });
  });

  it('feeds what the customer types to the complaint-risk engine, live', async () => {
    const customer = await gw.startChat({ phone: '+8613800000001', message: '你好' });
    await csr.take();
    await customer.request('chat.send', { text: '再不处理我就投诉到12378！' });
    // Earlier messages and answering the chat rescored the customer too; the update that counts names the words.
    let signals: string[] = [];
    for (let i = 0; i < 30 && !signals.includes('escalation_words'); i += 1) {
      const update = await csr.next('risk.updated', 3000);
      expect(update.customerId).toBe('CUS-1');
      signals = update.risk.contributions.map((c) => c.signal);
    }
    expect(signals).toContain('escalation_words');
    await csr.finish(customer.contactId);
  });
});

describe('bad chat input', () => {
  it('refuses oversize messages, bad links, strangers and the wrong tokens, and keeps the chat intact', async () => {
    const customer = await gw.startChat({ language: 'zh-CN', message: '在吗' });
    await csr.take();
    const tooLong = 'x'.repeat(CHAT_TEXT_MAX + 1);
    expect(await csr.request('chat.send', { contactId: customer.contactId, text: tooLong })).toMatchObject({
      ok: false,
      error: { code: 'validation_failed', field: 'text' },
    });
    expect(await customer.request('chat.send', { text: tooLong })).toMatchObject({ ok: false, error: { field: 'text' } });
    expect(
      await csr.request('chat.send', {
        contactId: customer.contactId,
        text: 'see',
        attachments: [{ url: 'javascript:alert(1)', name: 'x' }],
      }),
    ).toMatchObject({ ok: false, error: { field: 'attachments[0].url' } });
    expect(await csr.request('chat.send', { contactId: 'CT-nope', text: 'hi' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });

    const stranger = await gw.connectAgent('lin.wei');
    await stranger.request('agent.ready', {});
    expect(await stranger.request('chat.send', { contactId: customer.contactId, text: 'hi' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const strangerToken = (await gw.login('lin.wei')).token;
    expect((await gw.api('GET', `/api/v1/contacts/${customer.contactId}/messages`, strangerToken)).status).toBe(403);
    const leadToken = (await gw.login('zhang.lead')).token;
    expect((await gw.api('GET', `/api/v1/contacts/${customer.contactId}/messages`, leadToken)).status).toBe(200);

    // An agent's token does not open a customer's chat, nor a forged one.
    const wrong = io(`${gw.url}${CUSTOMER_NAMESPACE}`, { auth: { token: strangerToken }, transports: ['websocket'], reconnection: false });
    expect((await new Promise<Error>((resolve) => wrong.once('connect_error', resolve))).message).toBe('unauthorized');
    wrong.close();

    // Nothing above changed the chat: only the opening message is stored.
    const transcript = (await (await gw.api('GET', `/api/v1/contacts/${customer.contactId}/messages`, leadToken)).json()) as {
      items: unknown[];
    };
    expect(transcript.items).toHaveLength(1);
    await csr.finish(customer.contactId);
    stranger.close();
  });

  it('explains what is wrong with a chat start, and limits how many one address opens', async () => {
    const bad = await gw.post('/api/v1/chat/sessions', { name: '', language: 'xx', message: 'hi' }, { sign: false });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'validation_failed' } });
    let status = 0;
    for (let i = 0; i < 12 && status !== 429; i += 1) {
      status = (await gw.post('/api/v1/chat/sessions', { name: 'n', language: 'en', message: 'hi' }, { sign: false })).status;
    }
    expect(status).toBe(429);
  });
});
