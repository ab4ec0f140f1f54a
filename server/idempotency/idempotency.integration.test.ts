import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertChatMessage } from '../chat/chat-repository.js';
import { chatMessages, complaints, contactEvents, contacts, promises, touchpoints, wrapUpReceipts } from '../db/schema.js';
import { writeWrapUp } from '../routing/wrap-up.js';
import { aContact, startTestGateway, type TestDesktop, type TestGateway } from '../testing/harness.js';

let gw: TestGateway;
let specialist: TestDesktop; // 林伟 (AG-1), claims-voice
let csr: TestDesktop; // 陈静 (AG-2), service-chat
beforeAll(async () => {
  gw = await startTestGateway();
  specialist = await gw.connectAgent('lin.wei');
  csr = await gw.connectAgent('chen.jing');
  for (const d of [specialist, csr]) await d.request('agent.ready', {});
});
afterAll(async () => {
  await gw.close();
});

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const db = () => gw.database.db;

async function messagesWithKey(key: string) {
  return db().select().from(chatMessages).where(eq(chatMessages.idempotencyKey, key));
}

/** A call from Wang Fang (CUS-1), answered and ended by the specialist: in wrap-up. */
async function callInWrapUp(): Promise<string> {
  await gw.post('/api/v1/contacts', aContact());
  const offer = await specialist.take();
  await specialist.next('contact.updated');
  await specialist.request('contact.end', { contactId: offer.contact.id });
  await specialist.next('contact.updated');
  return offer.contact.id;
}

const fullWrapUp = (contactId: string, idempotencyKey: string) => ({
  contactId,
  disposition: 'follow_up_promised' as const,
  note: '客户要求尽快出定损报告',
  voc: { rootCauses: ['timeliness' as const], customerWords: '说好周二回电，到现在没人理我', sentiment: 'negative' as const },
  complaint: { action: 'create' as const, ownerId: 'AG-1', dueAt: inDays(5) },
  promise: { description: '周五17:00前回电', dueAt: inDays(3) },
  idempotencyKey,
});

async function countsFor(contactId: string) {
  const [complaintRows, promiseRows, wraps] = await Promise.all([
    db().select().from(complaints).where(eq(complaints.customerId, 'CUS-1')),
    db().select().from(promises).where(eq(promises.customerId, 'CUS-1')),
    db()
      .select()
      .from(contactEvents)
      .where(and(eq(contactEvents.contactId, contactId), eq(contactEvents.action, 'wrap'))),
  ]);
  return { complaints: complaintRows.length, promises: promiseRows.length, wraps: wraps.length };
}

describe('a chat message sent with an idempotency key', () => {
  it('is stored and delivered once when sent twice, then twice at once; a new key is a new message', async () => {
    const customer = await gw.startChat({ phone: '+86 138 0000 0001', message: '在吗' });
    const { contactId } = customer;
    await csr.take();
    await csr.next('contact.updated');
    const key = randomUUID();

    const first = await csr.request('chat.send', { contactId, text: '您好，我在', idempotencyKey: key });
    const again = await csr.request('chat.send', { contactId, text: '您好，我在', idempotencyKey: key });
    expect(first).toMatchObject({ ok: true, data: { text: '您好，我在', idempotencyKey: key } });
    expect(again).toEqual(first);
    expect(await messagesWithKey(key)).toHaveLength(1);
    // The customer saw it once; the agent's echo carries the key for the pending bubble.
    expect(await customer.next('chat.message')).toMatchObject({ text: '您好，我在' });
    const echo = await csr.next('chat.message');
    expect(echo).toMatchObject({ sender: 'agent', idempotencyKey: key });

    const concurrentKey = randomUUID();
    const [a, b] = await Promise.all([
      csr.request('chat.send', { contactId, text: '稍等', idempotencyKey: concurrentKey }),
      csr.request('chat.send', { contactId, text: '稍等', idempotencyKey: concurrentKey }),
    ]);
    expect(a).toMatchObject({ ok: true });
    expect(b).toEqual(a);
    expect(await messagesWithKey(concurrentKey)).toHaveLength(1);

    const other = await csr.request('chat.send', { contactId, text: '稍等', idempotencyKey: randomUUID() });
    expect(other.ok && a.ok && other.data.id !== a.data.id).toBe(true);

    const outbound = await db()
      .select()
      .from(touchpoints)
      .where(and(eq(touchpoints.customerId, 'CUS-1'), eq(touchpoints.kind, 'chat.message')));
    const agentLines = outbound.filter((t) => t.attributes?.['direction'] === 'outbound');
    expect(agentLines).toHaveLength(3);
    // What the customer received carries no key, ever.
    const seen = [await customer.next('chat.message'), await customer.next('chat.message')];
    for (const message of seen) expect(message).not.toHaveProperty('idempotencyKey');
    expect(customer.has('chat.message')).toBe(false);
    await csr.finish(contactId);
  });

  it('answers a resend after the chat ended with the message stored before, and refuses a key reused elsewhere', async () => {
    const customer = await gw.startChat({ message: '你好' });
    const { contactId } = customer;
    await csr.take();
    await csr.next('contact.updated');
    const key = randomUUID();
    const sent = await csr.request('chat.send', { contactId, text: '再见', idempotencyKey: key });
    await customer.request('chat.leave', {});
    await csr.next('contact.updated');

    // The acknowledgement was lost; the desktop sends again once back online.
    expect(await csr.request('chat.send', { contactId, text: '再见', idempotencyKey: key })).toEqual(sent);
    expect(await csr.request('chat.send', { contactId, text: '新的', idempotencyKey: randomUUID() })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    await csr.request('contact.wrap-up', { contactId, disposition: 'no_action' });
    await csr.next('contact.ended');

    const elsewhere = await gw.startChat({ message: '还有' });
    await csr.take();
    await csr.next('contact.updated');
    expect(await csr.request('chat.send', { contactId: elsewhere.contactId, text: '再见', idempotencyKey: key })).toMatchObject({
      ok: false,
      error: { code: 'conflict', field: 'idempotencyKey' },
    });
    expect(await messagesWithKey(key)).toHaveLength(1);
    await csr.finish(elsewhere.contactId);
  });

  it('holds in the database: two inserts of one key at once store one row and answer the same message', async () => {
    const customer = await gw.startChat({ phone: '+86 138 0000 0001', message: '在吗' });
    await csr.take();
    const key = randomUUID();
    const insert = () =>
      insertChatMessage(db(), {
        contact: { id: customer.contactId, customerId: 'CUS-1', channel: 'chat' },
        sender: 'agent',
        authorId: 'AG-2',
        authorName: '陈静',
        text: '同一条',
        attachments: [],
        at: new Date(),
        idempotencyKey: key,
      });
    const [a, b] = await Promise.all([insert(), insert()]);
    expect(a.message.id).toBe(b.message.id);
    expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
    expect(await messagesWithKey(key)).toHaveLength(1);
    await csr.finish(customer.contactId);
  });
});

describe('a wrap-up sent with an idempotency key', () => {
  it('is applied once when sent twice, even after the contact closed, and both answers match', async () => {
    const contactId = await callInWrapUp();
    const before = await countsFor(contactId);
    const key = randomUUID();

    const first = await specialist.request('contact.wrap-up', fullWrapUp(contactId, key));
    expect(first).toMatchObject({ ok: true, data: { contactId } });
    expect(await specialist.next('contact.ended')).toEqual({ contactId, reason: 'closed' });
    const again = await specialist.request('contact.wrap-up', fullWrapUp(contactId, key));
    expect(again).toEqual(first);

    expect(await countsFor(contactId)).toEqual({
      complaints: before.complaints + 1,
      promises: before.promises + 1,
      wraps: 1,
    });
    expect(specialist.has('contact.ended')).toBe(false);
    // A different key on the closed contact is a new request: refused, not replayed.
    expect(await specialist.request('contact.wrap-up', fullWrapUp(contactId, randomUUID()))).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('is applied once when the same wrap-up arrives twice at once', async () => {
    const contactId = await callInWrapUp();
    const before = await countsFor(contactId);
    const key = randomUUID();

    const [a, b] = await Promise.all([
      specialist.request('contact.wrap-up', fullWrapUp(contactId, key)),
      specialist.request('contact.wrap-up', fullWrapUp(contactId, key)),
    ]);
    expect(a).toMatchObject({ ok: true });
    expect(b).toEqual(a);
    expect(await countsFor(contactId)).toEqual({ complaints: before.complaints + 1, promises: before.promises + 1, wraps: 1 });
    await specialist.next('contact.ended');
  });

  it('holds in the database: two writers of one key at once (two nodes) apply it once', async () => {
    const contactId = await callInWrapUp();
    const before = await countsFor(contactId);
    const key = randomUUID();
    const agent = { id: 'AG-1', displayName: '林伟' };
    const write = () => writeWrapUp(db(), fullWrapUp(contactId, key), agent, new Date());

    const [a, b] = await Promise.all([write(), write()]);
    expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
    expect({ complaintId: b.complaintId, promiseId: b.promiseId }).toEqual({ complaintId: a.complaintId, promiseId: a.promiseId });
    expect(await countsFor(contactId)).toEqual({ complaints: before.complaints + 1, promises: before.promises + 1, wraps: 1 });
    const receipts = await db().select().from(wrapUpReceipts).where(eq(wrapUpReceipts.idempotencyKey, key));
    expect(receipts).toEqual([expect.objectContaining({ agentId: 'AG-1', contactId })]);
    // The stored wrap-up is the agent's request, without the transport's key.
    const [row] = await db().select().from(contacts).where(eq(contacts.id, contactId));
    expect(row?.wrapUp).not.toHaveProperty('idempotencyKey');
  });
});
