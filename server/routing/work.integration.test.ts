import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PopBundle } from '../../shared/schemas/pop.js';
import { complaints, contacts, promises } from '../db/schema.js';
import { aContact, startTestGateway, type TestDesktop, type TestGateway } from '../testing/harness.js';

let gw: TestGateway;
let specialist: TestDesktop; // 林伟, claims-voice
let csr: TestDesktop; // 陈静, service-chat (zh-CN, en)
let sara: TestDesktop; // Sara Ahmadi, service-chat (fa, en)
beforeAll(async () => {
  gw = await startTestGateway();
  specialist = await gw.connectAgent('lin.wei');
  csr = await gw.connectAgent('chen.jing');
  sara = await gw.connectAgent('sara.ahmadi');
  for (const d of [specialist, csr, sara]) await d.request('agent.ready', {});
});
afterAll(async () => {
  await gw.close();
});

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

async function popOf(customerId: string): Promise<PopBundle> {
  const { token } = await gw.login('zhang.lead');
  return (await (await gw.api('GET', `/api/v1/customers/${customerId}/pop`, token)).json()) as PopBundle;
}

/** A chat answered by `agent`: the other chat agent steps away while it routes. */
async function chatTo(agent: TestDesktop, body: Parameters<TestGateway['startChat']>[0]) {
  const away = agent === csr ? sara : csr;
  await away.request('agent.set-state', { state: 'away', reason: 'break' });
  const customer = await gw.startChat(body);
  await agent.take();
  await agent.next('contact.updated');
  await away.request('agent.set-state', { state: 'available' });
  return customer;
}

async function callFromWangFang(): Promise<string> {
  await gw.post('/api/v1/contacts', aContact());
  const offer = await specialist.take();
  await specialist.next('contact.updated');
  return offer.contact.id;
}

describe('wrap-up', () => {
  it('records the disposition, VOC, a complaint case and a promise, all on the next pop', async () => {
    const contactId = await callFromWangFang();
    await specialist.request('contact.end', { contactId });
    await specialist.next('contact.updated');
    const promiseDue = inDays(3);
    const wrapped = await specialist.request('contact.wrap-up', {
      contactId,
      disposition: 'follow_up_promised',
      note: '客户要求尽快出定损报告',
      voc: { rootCauses: ['timeliness', 'promise_mismatch'], customerWords: '说好周二回电，到现在没人理我', sentiment: 'negative' },
      complaint: { action: 'create', ownerId: 'AG-1', dueAt: inDays(5), claimId: 'C-2031' },
      promise: { description: '周五17:00前回电告知公估报告结果', dueAt: promiseDue, claimId: 'C-2031' },
    });
    expect(wrapped).toMatchObject({ ok: true });
    if (!wrapped.ok) return;
    expect(await specialist.next('contact.ended')).toEqual({ contactId, reason: 'closed' });

    const [complaint] = await gw.database.db.select().from(complaints).where(eq(complaints.id, wrapped.data.complaintId ?? ''));
    expect(complaint).toMatchObject({ owner: '林伟', rootCauses: ['timeliness', 'promise_mismatch'], status: 'open', claimId: 'C-2031' });
    const [promise] = await gw.database.db.select().from(promises).where(eq(promises.id, wrapped.data.promiseId ?? ''));
    expect(promise).toMatchObject({ madeBy: '林伟', status: 'open', customerId: 'CUS-1' });

    const pop = await popOf('CUS-1');
    expect(pop.complaints.map((c) => c.id)).toContain(wrapped.data.complaintId);
    expect(pop.promises.find((p) => p.id === wrapped.data.promiseId)).toMatchObject({ description: '周五17:00前回电告知公估报告结果' });
    const summaries = pop.timeline.items.map((t) => t.summary);
    expect(summaries.some((s) => s.includes('follow up promised') && s.includes('客户要求尽快出定损报告'))).toBe(true);
    expect(summaries.some((s) => s.includes('说好周二回电'))).toBe(true);
    expect(summaries.some((s) => s.includes('Call answered by 林伟'))).toBe(true);
  });

  it('moves an open complaint case on: new owner, due date and status', async () => {
    const contactId = await callFromWangFang();
    await specialist.request('contact.end', { contactId });
    await specialist.next('contact.updated');
    const due = inDays(2);
    const wrapped = await specialist.request('contact.wrap-up', {
      contactId,
      disposition: 'escalated',
      voc: { rootCauses: ['timeliness'], customerWords: '还是没人处理', sentiment: 'negative' },
      complaint: { action: 'update', complaintId: 'VOC-1', ownerId: 'AG-2', dueAt: due, status: 'escalated' },
    });
    expect(wrapped).toMatchObject({ ok: true, data: { complaintId: 'VOC-1', promiseId: null } });
    await specialist.next('contact.ended');
    const [complaint] = await gw.database.db.select().from(complaints).where(eq(complaints.id, 'VOC-1'));
    expect(complaint).toMatchObject({ owner: '陈静', status: 'escalated', dueAt: new Date(due) });
    const pop = await popOf('CUS-1');
    expect(pop.timeline.items.some((t) => t.summary.startsWith('Complaint VOC-1 updated: owner 陈静'))).toBe(true);
  });

  it('refuses a bad wrap-up with the field, writes nothing, and keeps the contact in wrap-up', async () => {
    const contactId = await callFromWangFang();
    await specialist.request('contact.end', { contactId });
    await specialist.next('contact.updated');
    const before = (await gw.database.db.select().from(complaints)).length;

    const noVoc = await specialist.request('contact.wrap-up', {
      contactId,
      disposition: 'complaint_logged',
      complaint: { action: 'create', ownerId: 'AG-1', dueAt: inDays(5) },
    });
    expect(noVoc).toMatchObject({ ok: false, error: { code: 'validation_failed', field: 'voc' } });
    const past = await specialist.request('contact.wrap-up', {
      contactId,
      disposition: 'follow_up_promised',
      voc: { rootCauses: ['attitude'], customerWords: '态度太差', sentiment: 'negative' },
      complaint: { action: 'create', ownerId: 'AG-1', dueAt: inDays(5) },
      promise: { description: '回电', dueAt: inDays(-1) },
    });
    expect(past).toMatchObject({ ok: false, error: { field: 'promise.dueAt' } });
    const badOwner = await specialist.request('contact.wrap-up', {
      contactId,
      disposition: 'complaint_logged',
      voc: { rootCauses: ['attitude'], customerWords: '态度太差', sentiment: 'negative' },
      complaint: { action: 'update', complaintId: 'VOC-404', ownerId: 'AG-1', dueAt: inDays(5) },
    });
    expect(badOwner).toMatchObject({ ok: false, error: { field: 'complaint.complaintId' } });

    expect((await gw.database.db.select().from(complaints)).length).toBe(before);
    const [row] = await gw.database.db.select().from(contacts).where(eq(contacts.id, contactId));
    expect(row).toMatchObject({ state: 'wrap_up', disposition: null });
    await specialist.request('contact.wrap-up', { contactId, disposition: 'no_action' });
    expect(await specialist.next('contact.ended')).toEqual({ contactId, reason: 'closed' });
  });
});

describe('transfer with context', () => {
  it('hands a chat over warm: the receiving agent sees the note, the facts and what was said', async () => {
    const [holder, other, otherId] = [csr, sara, 'AG-4'];
    const customer = await chatTo(csr, { name: 'Oliver', phone: '+1 415 555 0100', language: 'en', message: 'Where is my refund?' });
    await holder.request('chat.send', { contactId: customer.contactId, text: 'Let me check your identity first.' });

    const transferred = await holder.request('contact.transfer', {
      contactId: customer.contactId,
      mode: 'warm',
      target: { kind: 'agent', agentId: otherId },
      note: 'Refund for policy P-100 approved, not paid',
      facts: ['Identity verified', 'Wants the refund paid this week'],
    });
    expect(transferred).toMatchObject({ ok: true, data: { pendingTransfer: { toAgentId: otherId }, ownerId: expect.any(String) as unknown } });
    expect(await holder.next('contact.updated')).toMatchObject({ pendingTransfer: { toAgentName: 'Sara Ahmadi' } });
    const ringing = await other.next('contact.offered');
    expect(ringing.contact.handover).toMatchObject({ note: 'Refund for policy P-100 approved, not paid', facts: ['Identity verified', 'Wants the refund paid this week'], mode: 'warm' });
    expect(ringing.pop?.customer.name).toBe('Oliver Grant');

    expect(await other.request('contact.accept', { contactId: customer.contactId })).toMatchObject({ ok: true, data: { state: 'active' } });
    expect(await holder.next('contact.ended')).toEqual({ contactId: customer.contactId, reason: 'transferred' });
    const status = await customer.next('chat.status');
    expect(status.state).toBe('connected');

    const { token } = await gw.login(other === csr ? 'chen.jing' : 'sara.ahmadi');
    const transcript = (await (await gw.api('GET', `/api/v1/contacts/${customer.contactId}/messages`, token)).json()) as {
      items: { text: string }[];
    };
    expect(transcript.items.map((m) => m.text)).toEqual(['Where is my refund?', 'Let me check your identity first.']);
    expect(await other.request('chat.send', { contactId: customer.contactId, text: 'I can see it. Paying today.' })).toMatchObject({ ok: true });
    expect(await holder.request('chat.send', { contactId: customer.contactId, text: 'still me?' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const pop = await popOf('CUS-2');
    expect(pop.timeline.items.some((t) => t.summary.includes('transferred to') && t.summary.includes('Identity verified'))).toBe(true);
    await other.finish(customer.contactId);
  });

  it('keeps the contact with the sender when a warm transfer is declined', async () => {
    const [holder, other] = [csr, sara];
    const customer = await chatTo(csr, { language: 'en', message: 'hello' });
    await holder.request('contact.transfer', {
      contactId: customer.contactId,
      mode: 'warm',
      target: { kind: 'agent', agentId: 'AG-4' },
      note: 'Needs Persian',
    });
    await holder.next('contact.updated');
    await other.next('contact.offered');
    expect(await other.request('contact.decline', { contactId: customer.contactId })).toMatchObject({ ok: true });
    expect(await other.next('contact.ended')).toEqual({ contactId: customer.contactId, reason: 'declined' });
    expect(await holder.next('contact.updated')).toMatchObject({ id: customer.contactId, state: 'active', pendingTransfer: null });
    expect(await holder.request('chat.send', { contactId: customer.contactId, text: 'Still here' })).toMatchObject({ ok: true });
    await holder.finish(customer.contactId);
  });

  it('sends a call cold to another agent with the context, and refuses bad targets', async () => {
    const contactId = await callFromWangFang();
    expect(
      await specialist.request('contact.transfer', { contactId, mode: 'warm', target: { kind: 'queue', queueId: 'claims-voice' }, note: 'x' }),
    ).toMatchObject({ ok: false, error: { field: 'mode' } });
    expect(
      await specialist.request('contact.transfer', { contactId, mode: 'cold', target: { kind: 'queue', queueId: 'nope' }, note: 'x' }),
    ).toMatchObject({ ok: false, error: { code: 'not_found', field: 'target.queueId' } });
    expect(
      await specialist.request('contact.transfer', { contactId, mode: 'cold', target: { kind: 'agent', agentId: 'AG-1' }, note: 'x' }),
    ).toMatchObject({ ok: false, error: { field: 'target.agentId' } });
    expect(await specialist.request('contact.transfer', { contactId, mode: 'cold', target: { kind: 'agent', agentId: 'AG-2' }, note: '' })).toMatchObject({
      ok: false,
      error: { field: 'note' },
    });

    const sent = await specialist.request('contact.transfer', {
      contactId,
      mode: 'cold',
      target: { kind: 'agent', agentId: 'AG-2' },
      note: '客户要查保单 P-100 的续保价格',
      facts: ['身份已核实'],
    });
    expect(sent).toMatchObject({ ok: true, data: { state: 'queued' } });
    expect(await specialist.next('contact.ended')).toEqual({ contactId, reason: 'transferred' });
    const offer = await csr.next('contact.offered');
    expect(offer.contact).toMatchObject({ id: contactId, handover: { fromAgentName: '林伟', note: '客户要查保单 P-100 的续保价格', facts: ['身份已核实'] } });
    await csr.finish(contactId);
  });

  it('sends a contact cold to another queue, where its agents get it with the handover', async () => {
    const contactId = await callFromWangFang();
    await sara.request('agent.set-state', { state: 'away', reason: 'meeting' }); // so 陈静 is the one free
    const sent = await specialist.request('contact.transfer', {
      contactId,
      mode: 'cold',
      target: { kind: 'queue', queueId: 'service-chat' },
      note: '需要在线客服发送续保链接',
    });
    expect(sent).toMatchObject({ ok: true, data: { state: 'queued', queue: 'service-chat' } });
    await specialist.next('contact.ended');
    const offer = await csr.next('contact.offered');
    expect(offer.contact).toMatchObject({ id: contactId, queue: 'service-chat', handover: { mode: 'cold', note: '需要在线客服发送续保链接' } });
    await csr.finish(contactId);
    await sara.request('agent.set-state', { state: 'available' });
  });

  it('lets two agents consult about a contact', async () => {
    const contactId = await callFromWangFang();
    const sent = await specialist.request('consult.send', { contactId, toAgentId: 'AG-2', text: '这位客户之前投诉过，你处理过吗？' });
    expect(sent).toMatchObject({ ok: true, data: { fromAgentName: '林伟', toAgentId: 'AG-2' } });
    expect(await csr.next('consult.message')).toMatchObject({ contactId, text: '这位客户之前投诉过，你处理过吗？' });
    expect(await csr.request('consult.send', { contactId, toAgentId: 'AG-1', text: 'hi' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    await specialist.finish(contactId);
  });
});
