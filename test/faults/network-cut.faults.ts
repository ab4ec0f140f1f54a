/**
 * The network between one agent's desktop and the gateway is cut for 30 s (a loopback proxy
 * that drops everything, as a pulled cable does) in the middle of a chat. Nothing the customer or
 * the agent wrote is lost or arrives twice, and calls reported meanwhile go to someone else once.
 */
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../shared/schemas/chat.js';
import type { ContactOffer } from '../../shared/schemas/contact.js';
import { chatMessages, contactEvents } from '../../server/db/schema.js';
import { startTestGateway, type TestCustomer, type TestGateway } from '../../server/testing/harness.js';
import { SequencedDesktop } from '../../server/testing/sequenced-desktop.js';
import { startTcpProxy, type TcpProxy } from '../../server/testing/tcp-proxy.js';
import { callIn, login, newKey, sleep } from './support/robots.js';

const CUT_MS = 30_000;

let gw: TestGateway;
let proxy: TcpProxy;
let chen: SequencedDesktop; // behind the proxy
let sara: SequencedDesktop; // on a good line
let customer: TestCustomer;
let contactId: string;

beforeAll(async () => {
  gw = await startTestGateway();
  proxy = await startTcpProxy({ host: '127.0.0.1', port: Number(new URL(gw.url).port) });
  chen = new SequencedDesktop(proxy.url('http'), await tokenOf('chen.jing'), { reconnection: true, reconnectionDelay: 1_000, reconnectionDelayMax: 10_000 });
  sara = new SequencedDesktop(gw.url, await tokenOf('sara.ahmadi'));
  await chen.connect();
  await sara.connect();
  // The customer's chat goes to chen: sara steps away while it routes.
  await sara.request('agent.set-state', { state: 'away', reason: 'break' });
  customer = await gw.startChat({ language: 'zh-CN', message: '你好，我的理赔怎么样了？' });
  contactId = customer.contactId;
  await chen.until(() => chen.appliedOf('contact.offered').length > 0, 10_000, 'the chat offer');
  expect((await chen.request('contact.accept', { contactId })).ok).toBe(true);
  await sara.request('agent.set-state', { state: 'available' });
}, 60_000);

afterAll(async () => {
  chen.close();
  sara.close();
  await proxy.close();
  await gw.close();
});

async function tokenOf(username: string): Promise<() => string> {
  const token = await login(gw.url, username);
  return () => token;
}

const customerTexts = (desktop: SequencedDesktop) =>
  desktop
    .appliedOf('chat.message')
    .map((e) => e.payload as ChatMessage)
    .filter((m) => m.contactId === contactId && m.sender === 'customer')
    .map((m) => m.text);

describe('a 30 s network cut between a desktop and the gateway', () => {
  it('loses and repeats nothing: customer messages, the agent’s messages, calls reported meanwhile', async () => {
    const before = customerTexts(chen);
    proxy.cut();
    const cutAt = Date.now();

    // The customer keeps writing; the agent keeps typing (each send times out: the outbox keeps it).
    const written = ['第一条', '第二条', '第三条', '第四条', '第五条'];
    const typed = ['您好，我在查', '理赔员明天上门', '还有别的问题吗？'].map((text) => ({ text, key: newKey() }));
    const attempts = typed.map(async ({ text, key }, i) => {
      await sleep(i * 1_000);
      return chen.request('chat.send', { contactId, text, idempotencyKey: key }, 3_000).catch(() => null);
    });
    for (const text of written) {
      expect((await customer.request('chat.send', { text })).ok).toBe(true);
      await sleep(1_000);
    }
    // Two chats in English come in while chen is unreachable: they must go to sara, once each.
    const englishChat = { channel: 'chat', language: 'en' };
    const calls = [await callIn(gw.url, 'service-chat', englishChat), await callIn(gw.url, 'service-chat', englishChat)];
    const offeredToSara = () =>
      calls.every((id) => sara.appliedOf('contact.offered').some((e) => (e.payload as ContactOffer).contact.id === id));
    await sara.until(offeredToSara, 25_000, 'both calls offered to sara');
    for (const id of calls) expect((await sara.request('contact.accept', { contactId: id })).ok).toBe(true);
    expect((await Promise.all(attempts)).every((answer) => answer === null)).toBe(true);

    await sleep(Math.max(0, CUT_MS - (Date.now() - cutAt)));
    proxy.restore();
    const readies = chen.readies.length;
    await chen.until(() => chen.readies.length > readies, 20_000, 'chen back');
    expect(chen.delivery).toMatchObject({ resumed: true });

    // What the customer wrote during the cut reaches chen, in order, once.
    await chen.until(() => customerTexts(chen).length >= before.length + written.length, 10_000, 'the customer’s messages');
    expect(customerTexts(chen)).toEqual([...before, ...written]);

    // chen's outbox sends what was typed, in order, with the same keys.
    for (const { text, key } of typed) {
      const answer = await chen.request('chat.send', { contactId, text, idempotencyKey: key });
      expect(answer.ok).toBe(true);
    }
    const stored = await gw.database.db.select().from(chatMessages).where(inArray(chatMessages.contactId, [contactId]));
    const agentTexts = stored.filter((m) => m.sender === 'agent').map((m) => m.text);
    for (const { text } of typed) expect(agentTexts.filter((t) => t === text)).toHaveLength(1);
    const customerSaw: string[] = [];
    while (customer.has('chat.message')) customerSaw.push((await customer.next('chat.message')).text);
    for (const { text } of typed) expect(customerSaw.filter((t) => t === text)).toHaveLength(1);

    // Each call reported during the cut was answered once, by one agent.
    const events = await gw.database.db.select().from(contactEvents).where(inArray(contactEvents.contactId, calls));
    for (const id of calls) expect(events.filter((e) => e.contactId === id && e.action === 'accept')).toHaveLength(1);
  });
});
