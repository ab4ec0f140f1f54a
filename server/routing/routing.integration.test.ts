import { asc, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { agentQueues, agents, contactEvents, contacts } from '../db/schema.js';
import { aContact, startTestGateway, type TestGateway } from '../testing/harness.js';

let gw: TestGateway;
beforeAll(async () => {
  // A one-second ring so the timeout tests stay short; the default is 20 s.
  gw = await startTestGateway({ routing: { ringTimeoutSeconds: 1 } });
  const hash = (await gw.database.db.select().from(agents).where(eq(agents.id, 'AG-2')))[0]?.passwordHash ?? '';
  // A second claims agent and a second complaint specialist, for priority and re-offer.
  await gw.database.db.insert(agents).values([
    { id: 'AG-5', username: 'wu.csr', displayName: '吴客服', role: 'csr', passwordHash: hash },
    { id: 'AG-6', username: 'he.spec', displayName: '何专员', role: 'specialist', passwordHash: hash },
  ]);
  await gw.database.db.insert(agentQueues).values([
    { agentId: 'AG-5', queueId: 'claims-voice' },
    { agentId: 'AG-6', queueId: 'claims-voice' },
  ]);
  await gw.gateway.router.reloadAgents();
});
afterAll(async () => {
  await gw.close();
});
afterEach(() => {
  // Each test leaves nothing waiting, so the next starts from an empty queue.
  expect([...gw.gateway.router.table.waiting.keys()]).toEqual([]);
});

const postContact = async (overrides: Record<string, unknown> = {}) =>
  (await (await gw.post('/api/v1/contacts', aContact(overrides))).json()) as { contactId: string };

async function readyAgent(username: string) {
  const desktop = await gw.connectAgent(username);
  expect(await desktop.request('agent.ready', {})).toMatchObject({ ok: true });
  return desktop;
}

describe('contact.offered', () => {
  it('pops the whole story in the offer itself: profile, complaint, timeline and scripts', async () => {
    const desktop = await readyAgent('lin.wei');
    const posted = await postContact();
    const offer = await desktop.next('contact.offered');

    expect(offer.contact).toMatchObject({ id: posted.contactId, match: 'one', customerId: 'CUS-1', state: 'offered' });
    expect(Date.parse(offer.contact.ringDeadline ?? '')).toBeGreaterThan(Date.now());
    const pop = offer.pop;
    expect(pop?.customer).toMatchObject({ name: '王芳', tier: 'diamond', phoneMasked: '+86 138****0001' });
    expect(pop?.customer.idNumberMasked).not.toContain('11010119900307');
    expect(pop?.complaints[0]).toMatchObject({ rootCauses: ['timeliness', 'promise_mismatch'], status: 'open' });
    expect(pop?.claims[0]).toMatchObject({ id: 'C-2031', adjuster: { name: '华东公估' } });
    expect(pop?.scripts[0]?.text).toContain('C-2031');

    await desktop.finish(posted.contactId);
    desktop.close();
  });

  it('persists every step with its time: offer, accept, end, wrap', async () => {
    const desktop = await readyAgent('lin.wei');
    const { contactId } = await postContact();
    await desktop.next('contact.offered');
    const accepted = await desktop.request('contact.accept', { contactId });
    expect(accepted).toMatchObject({ ok: true, data: { state: 'active', ownerId: 'AG-1' } });
    const ended = await desktop.request('contact.end', { contactId });
    expect(ended).toMatchObject({ ok: true, data: { state: 'wrap_up' } });
    if (!ended.ok) return;
    // The after-contact-work limit is the lead's setting (120 s by default).
    expect(Date.parse(ended.data.acwDeadline ?? '') - Date.parse(ended.data.wrapUpStartedAt ?? '')).toBe(120_000);
    await desktop.request('contact.wrap-up', { contactId, disposition: 'resolved' });
    expect(await desktop.next('contact.ended')).toEqual({ contactId, reason: 'closed' });

    const events = await gw.database.db
      .select()
      .from(contactEvents)
      .where(eq(contactEvents.contactId, contactId))
      .orderBy(asc(contactEvents.id));
    expect(events.map((e) => [e.action, e.fromState, e.toState])).toEqual([
      ['offer', 'queued', 'offered'],
      ['accept', 'offered', 'active'],
      ['end', 'active', 'wrap_up'],
      ['wrap', 'wrap_up', 'closed'],
    ]);
    const times = events.map((e) => e.at.getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    const [row] = await gw.database.db.select().from(contacts).where(eq(contacts.id, contactId));
    expect(row).toMatchObject({ state: 'closed', disposition: 'resolved', offeredTo: 'AG-1' });
    desktop.close();
  });
});

describe('priority', () => {
  it('serves a Diamond or high-risk caller first, to a complaint specialist when one is free', async () => {
    const specialist = await readyAgent('lin.wei');
    const csr = await readyAgent('wu.csr');
    await specialist.request('agent.set-state', { state: 'away', reason: 'meeting' });
    await csr.request('agent.set-state', { state: 'away', reason: 'break' });

    const unknown = await postContact({ from: { phone: '+8613811112222' } });
    const silver = await postContact({ from: { customerId: 'CUS-2' } });
    const diamond = await postContact({ from: { customerId: 'CUS-1' } });
    const rows = await gw.database.db.select().from(contacts).where(eq(contacts.id, diamond.contactId));
    expect(rows[0]).toMatchObject({ urgent: true });

    // Both free at once: the urgent Diamond caller goes to the specialist, not the CSR.
    await csr.request('agent.set-state', { state: 'available' });
    const csrFirst = await csr.next('contact.offered');
    expect(csrFirst.contact.id).toBe(diamond.contactId); // nobody else free: urgent first
    await csr.request('contact.decline', { contactId: diamond.contactId });
    expect(await csr.next('contact.ended')).toMatchObject({ reason: 'declined' });
    // Declined: offered to the others first, so the CSR now gets the next in line.
    const csrSecond = await csr.next('contact.offered');
    expect(csrSecond.contact.id).toBe(silver.contactId);
    await specialist.request('agent.set-state', { state: 'available' });
    const toSpecialist = await specialist.next('contact.offered');
    expect(toSpecialist.contact).toMatchObject({ id: diamond.contactId, urgent: true });

    // The specialist is free first, so the caller still waiting is theirs.
    await specialist.finish(diamond.contactId);
    const last = await specialist.next('contact.offered');
    expect(last.contact.id).toBe(unknown.contactId);
    await specialist.finish(unknown.contactId);
    await csr.finish(silver.contactId);
    specialist.close();
    csr.close();
  });
});

describe('capacity', () => {
  it('gives a chat agent three chats at once; the fourth waits for a wrap-up', async () => {
    const csr = await readyAgent('chen.jing');
    const chats = await Promise.all(
      [3, 4, 5, 6].map((n) => postContact({ channel: 'chat', queue: 'service-chat', from: { phone: `+861380000${String(n).padStart(4, '0')}` } })),
    );
    const offers = [await csr.take(), await csr.take(), await csr.take()];
    expect(new Set(offers.map((o) => o.contact.id)).size).toBe(3);
    expect(csr.has('contact.offered')).toBe(false);
    const waiting = chats.find((c) => !offers.some((o) => o.contact.id === c.contactId));
    const [row] = await gw.database.db.select().from(contacts).where(eq(contacts.id, waiting?.contactId ?? ''));
    expect(row?.state).toBe('queued');

    await csr.finish(offers[0]?.contact.id ?? '');
    const fourth = await csr.next('contact.offered');
    expect(fourth.contact.id).toBe(waiting?.contactId);
    for (const id of [offers[1], offers[2], fourth].map((o) => o?.contact.id ?? '')) await csr.finish(id);
    csr.close();
  });
});

describe('ring timeout and re-offer', () => {
  it('offers an unanswered contact to the next agent and marks the first away', async () => {
    const a = await readyAgent('lin.wei');
    const b = await readyAgent('wu.csr');
    await b.request('agent.set-state', { state: 'away', reason: 'break' });
    const { contactId } = await postContact({ from: { phone: '+8613811113333' } });
    await a.next('contact.offered');
    await b.request('agent.set-state', { state: 'available' });

    expect(await a.next('contact.ended', 3000)).toEqual({ contactId, reason: 'ring_timeout' });
    const reoffer = await b.next('contact.offered', 3000);
    expect(reoffer.contact.id).toBe(contactId);
    const [row] = await gw.database.db.select().from(contacts).where(eq(contacts.id, contactId));
    expect(row).toMatchObject({ state: 'offered', offeredTo: 'AG-5', skippedBy: ['AG-1'] });
    const presence = gw.gateway.router.status('AG-1');
    expect(presence).toMatchObject({ state: 'away', reason: 'missed_offer' });

    await b.finish(contactId);
    await a.request('agent.set-state', { state: 'available' });
    a.close();
    b.close();
  });
});

describe('abandon', () => {
  const hangup = async (contactId: string) => {
    const [row] = await gw.database.db.select().from(contacts).where(eq(contacts.id, contactId));
    return gw.post('/api/v1/contacts/hangup', { externalId: row?.externalId });
  };

  it('abandons a waiting or ringing contact, and sends a connected one to wrap-up', async () => {
    const waiting = await postContact({ queue: 'claims-voice', from: { phone: '+8613811114444' } });
    expect(await (await hangup(waiting.contactId)).json()).toEqual({ contactId: waiting.contactId, state: 'abandoned' });

    const desktop = await readyAgent('lin.wei');
    const ringing = await postContact({ from: { phone: '+8613811115555' } });
    await desktop.next('contact.offered');
    expect(await (await hangup(ringing.contactId)).json()).toMatchObject({ state: 'abandoned' });
    expect(await desktop.next('contact.ended')).toEqual({ contactId: ringing.contactId, reason: 'abandoned' });

    const talking = await postContact({ from: { phone: '+8613811116666' } });
    await desktop.take();
    expect(await desktop.next('contact.updated')).toMatchObject({ id: talking.contactId, state: 'active' });
    expect(await (await hangup(talking.contactId)).json()).toMatchObject({ state: 'wrap_up' });
    expect(await desktop.next('contact.updated')).toMatchObject({ id: talking.contactId, state: 'wrap_up' });
    // Repeating the hang-up changes nothing.
    expect(await (await hangup(talking.contactId)).json()).toMatchObject({ state: 'wrap_up' });
    await desktop.request('contact.wrap-up', { contactId: talking.contactId, disposition: 'no_action' });
    desktop.close();
  });
});

describe('ownership', () => {
  it('never lets two agents own one contact; each refusal says why', async () => {
    const a = await readyAgent('lin.wei');
    const b = await readyAgent('wu.csr');
    await b.request('agent.set-state', { state: 'away', reason: 'training' });
    const { contactId } = await postContact({ from: { phone: '+8613811117777' } });
    await a.next('contact.offered');

    const [first, second] = await Promise.all([
      a.request('contact.accept', { contactId }),
      b.request('contact.accept', { contactId }),
    ]);
    expect(first).toMatchObject({ ok: true });
    expect(second).toMatchObject({ ok: false, error: { code: 'forbidden', field: 'contactId' } });
    expect(await a.request('contact.accept', { contactId })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await b.request('contact.end', { contactId })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await b.request('contact.end', { contactId: 'CT-unknown' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const [row] = await gw.database.db.select().from(contacts).where(eq(contacts.id, contactId));
    expect(row).toMatchObject({ offeredTo: 'AG-1', state: 'active' });

    await a.finish(contactId);
    expect(await a.request('contact.wrap-up', { contactId, disposition: 'resolved' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/closed/) as unknown },
    });
    expect(await a.request('agent.set-state', { state: 'away' })).toMatchObject({
      ok: false,
      error: { code: 'validation_failed', field: 'reason' },
    });
    await b.request('agent.set-state', { state: 'available' });
    a.close();
    b.close();
  });
});

describe('routing settings and directories', () => {
  it('lets an admin set the ring timeout, the after-contact-work limit and chats per agent', async () => {
    const lead = (await gw.login('root.admin')).token;
    const csrToken = (await gw.login('chen.jing')).token;
    const teamLead = (await gw.login('zhang.lead')).token;
    const settings = { ringTimeoutSeconds: 1, acwLimitSeconds: 30, chatCapacity: 2 };
    expect((await gw.api('PUT', '/api/v1/routing/settings', csrToken, settings)).status).toBe(403);
    expect((await gw.api('PUT', '/api/v1/routing/settings', teamLead, settings)).status).toBe(403);
    const bad = await gw.api('PUT', '/api/v1/routing/settings', lead, { ...settings, acwLimitSeconds: 5 });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { field: 'acwLimitSeconds' } });
    expect(await (await gw.api('PUT', '/api/v1/routing/settings', lead, settings)).json()).toEqual(settings);
    expect(await (await gw.api('GET', '/api/v1/routing/settings', csrToken)).json()).toEqual(settings);

    // Two chats at once now, and 30 s of after-contact work.
    const csr = await readyAgent('chen.jing');
    await Promise.all([7, 8, 9].map((n) => postContact({ channel: 'chat', queue: 'service-chat', from: { phone: `+86139000000${String(n)}` } })));
    const first = await csr.take();
    const second = await csr.take();
    expect(csr.has('contact.offered')).toBe(false);
    const queues = (await (await gw.api('GET', '/api/v1/queues', csrToken)).json()) as { items: { id: string; waiting: number }[] };
    expect(queues.items.find((q) => q.id === 'service-chat')?.waiting).toBe(1);
    const presence = (await (await gw.api('GET', '/api/v1/agents/presence', csrToken)).json()) as {
      items: { agentId: string; state: string; holding: number }[];
    };
    expect(presence.items.find((a) => a.agentId === 'AG-2')).toMatchObject({ state: 'on_contact', holding: 2 });
    const ended = await csr.request('contact.end', { contactId: first.contact.id });
    if (!ended.ok) throw new Error(ended.error.message);
    expect(Date.parse(ended.data.acwDeadline ?? '') - Date.parse(ended.data.wrapUpStartedAt ?? '')).toBe(30_000);

    await csr.request('contact.wrap-up', { contactId: first.contact.id, disposition: 'no_action' });
    const third = await csr.take(); // the wrap-up made room
    await csr.finish(second.contact.id);
    await csr.finish(third.contact.id);
    await gw.api('PUT', '/api/v1/routing/settings', lead, { ...settings, acwLimitSeconds: 120, chatCapacity: 3 });
    csr.close();
  });
});

describe('presence', () => {
  it('broadcasts state changes with time in state, and sees a vanished desktop offline within 5 s', async () => {
    const lead = await readyAgent('zhang.lead');
    // Other agents' changes reach the desktops that show presence, batched: take the next one of this agent.
    expect((await lead.request('topics.watch', { topics: ['agents.presence'] })).ok).toBe(true);
    const nextOf = async (agentId: string, timeoutMs?: number) => {
      for (;;) {
        const { statuses } = await lead.next('agents.presence', timeoutMs);
        const status = statuses.find((s) => s.agentId === agentId);
        if (status !== undefined) return status;
      }
    };
    const agent = await readyAgent('he.spec');
    expect(await nextOf('AG-6')).toMatchObject({ state: 'available', displayName: '何专员', role: 'specialist' });

    await agent.request('agent.set-state', { state: 'away', reason: 'break' });
    // The agent hears its own change at once, as itself.
    const own = await agent.nextWhere('agent.state-changed', (status) => status.state === 'away', 5000);
    expect(own).toMatchObject({ agentId: 'AG-6', reason: 'break' });
    const away = await nextOf('AG-6');
    expect(away).toMatchObject({ agentId: 'AG-6', state: 'away', reason: 'break' });
    expect(Date.parse(away.since)).toBeLessThanOrEqual(Date.now());
    // A lead is not sent every agent's every change: the console has its own push.
    lead.discard('agent.state-changed', (status) => (status as { agentId: string }).agentId !== 'AG-6');
    expect(lead.has('agent.state-changed')).toBe(false);

    // The desktop vanishes without a goodbye: it stops answering the heartbeat.
    const engine = agent.socket.io.engine as unknown as { _sendPacket: (type: string, ...rest: unknown[]) => void };
    const send = engine._sendPacket.bind(engine);
    engine._sendPacket = (type, ...rest) => {
      if (type !== 'pong') send(type, ...rest);
    };
    const offline = await nextOf('AG-6', 5000);
    expect(offline).toMatchObject({ state: 'offline' });
    lead.close();
    agent.close();
  });

  it('refuses a socket without a valid token, and a page from a foreign origin', async () => {
    const { io } = await import('socket.io-client');
    const forged = io(gw.url, { auth: { token: 'forged' }, transports: ['websocket'], reconnection: false });
    expect((await new Promise<Error>((resolve) => forged.once('connect_error', resolve))).message).toBe('unauthorized');
    forged.close();
    const { token } = await gw.login('lin.wei');
    const foreign = io(gw.url, { auth: { token }, transports: ['websocket'], reconnection: false, extraHeaders: { origin: 'https://evil.example' } });
    expect((await new Promise<Error>((resolve) => foreign.once('connect_error', resolve))).message).toMatch(/websocket error|forbidden/i);
    foreign.close();
  });
});
