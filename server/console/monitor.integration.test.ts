import { and, eq, like } from 'drizzle-orm';
import { io as connect } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatSessionResponse } from '../../shared/schemas/chat.js';
import { monitorResponseSchema, whisperSchema } from '../../shared/schemas/console-actions.js';
import { CUSTOMER_NAMESPACE } from '../../shared/schemas/customer-socket.js';
import { auditEvents, chatMessages } from '../db/schema.js';
import {
  aContact,
  startTestGateway,
  type TestDesktop,
  type TestGateway,
} from '../testing/harness.js';

let gw: TestGateway;
let csr: TestDesktop;
let lead: TestDesktop;
let leadToken: string;
let csrToken: string;
beforeAll(async () => {
  gw = await startTestGateway();
  csr = await gw.connectAgent('chen.jing');
  await csr.request('agent.ready', {});
  lead = await gw.connectAgent('zhang.lead');
  leadToken = (await gw.login('zhang.lead')).token;
  csrToken = (await gw.login('chen.jing')).token;
});
afterAll(async () => {
  await gw.close();
});

const call = (method: 'POST' | 'DELETE' | 'GET', path: string, token: string, body?: unknown) =>
  fetch(`${gw.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
const monitor = (contactId: string, token = leadToken) =>
  call('POST', `/api/v1/console/contacts/${contactId}/monitor`, token);
const unmonitor = (contactId: string, token = leadToken) =>
  call('DELETE', `/api/v1/console/contacts/${contactId}/monitor`, token);
const whisper = (contactId: string, text: string, token = leadToken) =>
  call('POST', `/api/v1/console/contacts/${contactId}/whisper`, token, { text });
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

/**
 * The customer's chat page with every event it receives recorded (not only the ones a test
 * waits for), so a test can say what never reached the customer.
 */
async function customerPage(message: string) {
  const res = await gw.post(
    '/api/v1/chat/sessions',
    { name: '王芳', phone: '+8613800000001', language: 'zh-CN', message },
    { sign: false },
  );
  const { contactId, token } = (await res.json()) as ChatSessionResponse;
  const socket = connect(`${gw.url}${CUSTOMER_NAMESPACE}`, {
    auth: { token },
    transports: ['websocket'],
    reconnection: false,
  });
  const received: { event: string; payload: unknown }[] = [];
  socket.onAny((event: string, payload: unknown) => received.push({ event, payload }));
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  const request = (event: string, payload: unknown) =>
    new Promise<unknown>((resolve) => {
      socket.emit(event, payload, resolve);
    });
  return { contactId, socket, received, request };
}

describe('silent monitoring and whispers', () => {
  it('lets a lead hear both sides of a web chat, whisper to the agent only, and stop', async () => {
    const customer = await customerPage('我的理赔怎么还没到？');
    const offer = await csr.take();
    const contactId = customer.contactId;
    expect(offer.contact.id).toBe(contactId);
    expect(await csr.next('contact.updated')).toMatchObject({ id: contactId, state: 'active' });

    const started = await monitor(contactId);
    expect(started.status).toBe(200);
    const body = monitorResponseSchema.parse(await started.json());
    expect(body.contact).toMatchObject({ id: contactId, state: 'active', ownerId: 'AG-2' });
    expect(body.messages.map((m) => m.text)).toEqual(['我的理赔怎么还没到？']);

    // The customer's words and the agent's reply both reach the lead; typing from both sides too.
    await customer.request('chat.typing', { typing: true });
    expect(await lead.next('chat.typing')).toEqual({ contactId, typing: true, from: 'customer' });
    await customer.request('chat.send', { text: '已经两周了' });
    expect(await lead.next('chat.message')).toMatchObject({
      contactId,
      sender: 'customer',
      text: '已经两周了',
    });
    await csr.request('chat.typing', { contactId, typing: true });
    expect(await lead.next('chat.typing')).toEqual({ contactId, typing: true, from: 'agent' });
    await csr.request('chat.send', { contactId, text: '我马上为您查' });
    expect(await lead.next('chat.message')).toMatchObject({
      contactId,
      sender: 'agent',
      text: '我马上为您查',
    });

    // A second desktop of the same lead (a reload) is put back in the room.
    const reloaded = await gw.connectAgent('zhang.lead');
    await customer.request('chat.send', { text: '好的' });
    expect(await reloaded.next('chat.message')).toMatchObject({ text: '好的' });
    expect(await lead.next('chat.message')).toMatchObject({ text: '好的' });
    reloaded.close();

    // The whisper: to the agent and the monitoring lead, not to the customer, not in the transcript.
    const secret = '先道歉，再提代步车';
    const sent = await whisper(contactId, secret);
    expect(sent.status).toBe(200);
    const w = whisperSchema.parse(await sent.json());
    expect(w).toMatchObject({ contactId, fromAgentId: 'AG-3', fromName: '张组长', text: secret });
    expect(await csr.next('chat.whisper')).toEqual(w);
    expect(await lead.next('chat.whisper')).toEqual(w);
    // Anything sent to the customer after it arrives after it: by then a whisper would be there.
    await csr.request('chat.send', { contactId, text: '给您安排代步车' });
    await lead.next('chat.message');
    await settle();
    expect(customer.received.map((r) => r.event)).not.toContain('chat.whisper');
    expect(JSON.stringify(customer.received)).not.toContain(secret);
    expect(JSON.stringify(await customer.request('chat.resume', {}))).not.toContain(secret);
    const transcript = await call('GET', `/api/v1/contacts/${contactId}/messages`, csrToken);
    const transcriptText = await transcript.text();
    expect(transcriptText).toContain('给您安排代步车');
    expect(transcriptText).not.toContain(secret);
    expect(
      await gw.database.db.select().from(chatMessages).where(like(chatMessages.text, `%代步车%`)),
    ).toHaveLength(1);

    // Audited: who watched, who whispered what to whom.
    const audit = await gw.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actor, 'AG-3'), like(auditEvents.action, 'console.%')));
    expect(audit.map((a) => a.action)).toEqual(['console.monitor.start', 'console.whisper']);
    expect(audit[0]?.detail).toEqual({ contactId });
    expect(audit[0]?.customerId).toBe('CUS-1');
    expect(audit[1]?.detail).toMatchObject({
      id: w.id,
      contactId,
      text: secret,
      toAgentId: 'AG-2',
    });
    expect(audit.map((a) => a.origin)).toEqual([expect.stringMatching(/127\.0\.0\.1|::1/), audit[0]?.origin]);

    // The agent was never told: nothing but the whisper came to their desktop about it.
    expect(csr.has('contact.updated')).toBe(false);

    // Stop: the lead hears nothing more; the agent still gets the customer and whispers.
    expect((await unmonitor(contactId)).status).toBe(204);
    await customer.request('chat.send', { text: '还在吗' });
    await csr.request('chat.typing', { contactId, typing: false });
    await whisper(contactId, '可以结束了');
    const csrSaw: string[] = [];
    while (!csrSaw.includes('还在吗')) csrSaw.push((await csr.next('chat.message')).text);
    expect(csrSaw).toEqual(['已经两周了', '我马上为您查', '好的', '给您安排代步车', '还在吗']);
    expect(await csr.next('chat.whisper')).toMatchObject({ text: '可以结束了' });
    await settle();
    expect(lead.has('chat.message')).toBe(false);
    expect(lead.has('chat.typing')).toBe(false);
    expect(lead.has('chat.whisper')).toBe(false);
    const stopped = await gw.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'console.monitor.stop'));
    expect(stopped.map((a) => a.detail)).toEqual([{ contactId }]);

    customer.socket.close();
    await csr.finish(contactId);
    // Ended: no longer live.
    expect((await monitor(contactId)).status).toBe(409);
    expect((await whisper(contactId, 'late')).status).toBe(409);
  });

  it('whispers to the agent on a call too, and refuses a contact nobody holds', async () => {
    const res = await gw.post('/api/v1/contacts', aContact({ from: { phone: '+8613811112222' } }));
    const { contactId } = (await res.json()) as { contactId: string };
    // Waiting in the queue: nobody to whisper to, nothing to monitor.
    expect((await whisper(contactId, 'hello')).status).toBe(409);
    expect(await (await monitor(contactId)).json()).toMatchObject({ error: { code: 'conflict' } });

    const specialist = await gw.connectAgent('lin.wei');
    await specialist.request('agent.ready', {});
    await specialist.take();
    const started = monitorResponseSchema.parse(await (await monitor(contactId)).json());
    expect(started).toMatchObject({ contact: { channel: 'voice', ownerId: 'AG-1' }, messages: [] });
    const sent = await whisper(contactId, '客户是钻石客户');
    expect(sent.status).toBe(200);
    expect(await specialist.next('chat.whisper')).toMatchObject({
      contactId,
      text: '客户是钻石客户',
    });
    expect(await lead.next('chat.whisper')).toMatchObject({ contactId });
    expect(await unmonitor(contactId)).toHaveProperty('status', 204);
    await specialist.finish(contactId);
    specialist.close();
  });

  it('is for team leads only, about contacts that exist, with a whisper of some words', async () => {
    const customer = await gw.startChat({ message: '在吗' });
    const { contact } = await csr.take();
    expect((await monitor(contact.id, csrToken)).status).toBe(403);
    expect((await unmonitor(contact.id, csrToken)).status).toBe(403);
    expect(await (await whisper(contact.id, 'hi', csrToken)).json()).toMatchObject({
      error: { code: 'forbidden' },
    });
    expect((await call('GET', '/api/v1/console/trends', csrToken)).status).toBe(403);
    expect(
      (await call('POST', `/api/v1/console/contacts/${contact.id}/monitor`, 'nonsense')).status,
    ).toBe(401);

    expect(await (await monitor('CT-nope')).json()).toMatchObject({
      error: { code: 'not_found', field: 'contactId' },
    });
    expect((await unmonitor('CT-nope')).status).toBe(404);
    expect((await whisper('CT-nope', 'hi')).status).toBe(404);
    expect(await (await whisper(contact.id, '   ')).json()).toMatchObject({
      error: { code: 'validation_failed', field: 'text' },
    });
    expect((await whisper(contact.id, 'x'.repeat(2001))).status).toBe(400);

    // Nothing of that reached the agent's desktop.
    await settle();
    expect(csr.has('chat.whisper')).toBe(false);
    customer.close();
    await csr.finish(contact.id);
  });
});
