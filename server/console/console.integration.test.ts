import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyBoardPatch } from '../../shared/console-board-patch.js';
import type { ConsoleAgents, ConsoleBoard } from '../../shared/schemas/console.js';
import { auditEvents } from '../db/schema.js';
import { aContact, startTestGateway, type TestDesktop, type TestGateway } from '../testing/harness.js';

let gw: TestGateway;
let lead: TestDesktop;
beforeAll(async () => {
  gw = await startTestGateway();
  lead = await gw.connectAgent('zhang.lead');
  await lead.request('agent.ready', {});
  await lead.request('topics.watch', { topics: ['console.agents'] });
});
afterAll(async () => {
  await gw.close();
});

const boardWhere = (done: (board: ConsoleBoard) => boolean, timeoutMs: number) =>
  lead.nextWhere('console.board', done, timeoutMs);

const claims = (b: ConsoleBoard) => b.queues.find((q) => q.id === 'claims-voice');

describe('the team lead console', () => {
  it('shows a new waiting contact on the board within a second, then its answer and abandon counts', async () => {
    await gw.post('/api/v1/contacts', aContact({ from: { phone: '+8613877770001' } }));
    // Within a second, the requirement itself.
    const waiting = await boardWhere((b) => claims(b)?.waiting === 1, 1000);
    expect(claims(waiting)).toMatchObject({ name: 'Claims (voice)', last15Minutes: { answered: 0 } });

    const agent = await gw.connectAgent('lin.wei');
    await agent.request('agent.ready', {});
    const offer = await agent.take();
    const answered = await boardWhere((b) => claims(b)?.last15Minutes.answered === 1, 1000);
    expect(claims(answered)).toMatchObject({ waiting: 0, agents: { onContact: 1 }, last15Minutes: { serviceLevel: 1 } });
    // The agents grid comes apart from the board, to a lead who watches it.
    const grid = await lead.nextWhere('console.agents', (g) => g.agents.some((a) => a.agentId === 'AG-1' && a.holding === 1), 1000);
    expect(grid.agents.find((a) => a.agentId === 'AG-1')).toMatchObject({ state: 'on_contact', holding: 1 });

    await agent.request('agent.set-state', { state: 'away', reason: 'break' });
    const { externalId } = aContact();
    await gw.post('/api/v1/contacts', { ...aContact({ from: { phone: '+8613877770002' } }), externalId });
    await gw.post('/api/v1/contacts/hangup', { externalId });
    const abandoned = await boardWhere((b) => claims(b)?.today.abandoned === 1, 1000);
    expect(claims(abandoned)).toMatchObject({ waiting: 0 });
    await agent.finish(offer.contact.id);
    agent.close();
  });

  it('lets a lead send a waiting contact to a chosen agent, and pull another to the front, audited', async () => {
    const leadToken = (await gw.login('zhang.lead')).token;
    const chosen = await gw.connectAgent('lin.wei');
    await chosen.request('agent.ready', {});
    await chosen.request('agent.set-state', { state: 'away', reason: 'meeting' });
    const first = (await (await gw.post('/api/v1/contacts', aContact({ from: { phone: '+8613877770004' } }))).json()) as { contactId: string };
    const second = (await (await gw.post('/api/v1/contacts', aContact({ from: { phone: '+8613877770005' } }))).json()) as { contactId: string };

    const front = await gw.api('POST', `/api/v1/console/contacts/${second.contactId}/front`, leadToken);
    expect(front.status).toBe(200);
    const reassigned = await gw.api('POST', `/api/v1/console/contacts/${second.contactId}/reassign`, leadToken, { agentId: 'AG-2' });
    expect(reassigned.status).toBe(200);
    // AG-1 comes back: the contact sent to AG-2 is not theirs; the other one is.
    await chosen.request('agent.set-state', { state: 'available' });
    expect((await chosen.next('contact.offered')).contact.id).toBe(first.contactId);
    const csr = await gw.connectAgent('chen.jing');
    await csr.request('agent.ready', {});
    expect((await csr.next('contact.offered')).contact.id).toBe(second.contactId);

    expect((await gw.api('POST', `/api/v1/console/contacts/${second.contactId}/front`, leadToken)).status).toBe(409);
    const csrToken = (await gw.login('chen.jing')).token;
    expect((await gw.api('POST', `/api/v1/console/contacts/${first.contactId}/front`, csrToken)).status).toBe(403);
    const audits = await gw.database.db.select().from(auditEvents).where(inArray(auditEvents.action, ['console.front', 'console.reassign']));
    expect(audits.map((a) => [a.actor, a.action])).toEqual([
      ['AG-3', 'console.front'],
      ['AG-3', 'console.reassign'],
    ]);
    await chosen.finish(first.contactId);
    await csr.finish(second.contactId);
    chosen.close();
    csr.close();
  });

  it('is for team leads only: a CSR gets 403 on the server and never the pushed board or agents grid', async () => {
    const csr = await gw.connectAgent('chen.jing');
    await csr.request('agent.ready', {});
    // Asking to watch the agents grid is answered with nothing watched.
    expect(await csr.request('topics.watch', { topics: ['console.agents', 'agents.presence'] })).toEqual({
      ok: true,
      data: { topics: ['agents.presence'] },
    });
    const { token } = await gw.login('chen.jing');
    expect((await gw.api('GET', '/api/v1/console/board', token)).status).toBe(403);
    expect((await gw.api('GET', '/api/v1/console/agents', token)).status).toBe(403);
    const leadToken = (await gw.login('zhang.lead')).token;
    const board = (await (await gw.api('GET', '/api/v1/console/board', leadToken)).json()) as ConsoleBoard;
    expect(board.serviceLevelSeconds).toBe(20);
    expect(board.queues.map((q) => q.id).sort()).toEqual(['claims-voice', 'service-chat']);
    const grid = (await (await gw.api('GET', '/api/v1/console/agents', leadToken)).json()) as ConsoleAgents;
    expect(grid.agents.map((a) => a.agentId)).toContain('AG-2');

    await gw.post('/api/v1/contacts', aContact({ channel: 'chat', queue: 'service-chat', from: { phone: '+8613877770003' } }));
    await lead.next('console.board', 1000);
    await lead.next('console.agents', 1000);
    expect(csr.has('console.board')).toBe(false);
    expect(csr.has('console.board-patch')).toBe(false);
    expect(csr.has('console.agents')).toBe(false);
    // Nor may a CSR's desktop ask for the whole board over the socket.
    expect(await csr.request('console.resync', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    csr.close();
  });

  it('pushes each board after the first as what changed; a desktop that joined later asks for the whole board once', async () => {
    const second = await gw.connectAgent('zhang.lead');
    await second.request('agent.ready', {});
    const post = async (phone: string) =>
      ((await (await gw.post('/api/v1/contacts', aContact({ from: { phone } }))).json()) as { contactId: string }).contactId;
    const first = await post('+8613877770006');
    // The second desktop held no board to apply the first patch to: it asked for the whole one.
    const shown = await second.nextWhere('console.board', (b) => b.risk.some((r) => r.contactId === first), 1000);
    const next = await post('+8613877770007');
    const patch = await second.nextWhere('console.board-patch', (p) => p.risk.changed.some((r) => r.contactId === next), 1000);
    // The new contact's row travels, and its queue's; the waiting contact that did not change does not.
    const sent = patch.risk.changed.map((r) => r.contactId);
    expect(sent).not.toContain(first);
    expect(patch.risk.order).toEqual(expect.arrayContaining([first, next]));
    expect(patch.queues.changed.map((q) => q.id)).toContain('claims-voice');
    const after = await second.nextWhere('console.board', (b) => b.risk.some((r) => r.contactId === next), 1000);
    expect(after.risk.find((r) => r.contactId === first)).toEqual(shown.risk.find((r) => r.contactId === first));
    const whole = await second.request('console.resync', {});
    expect(whole.ok && whole.data.version?.stream).toBe(patch.version.stream);
    second.close();
  });

  it('opens the console on the board last pushed, so the next patch applies to it', async () => {
    const { token } = await gw.login('zhang.lead');
    const res = await gw.post('/api/v1/contacts', aContact({ from: { phone: '+8613877770008' } }));
    const { contactId } = (await res.json()) as { contactId: string };
    const pushed = await lead.nextWhere('console.board', (b) => b.risk.some((r) => r.contactId === contactId), 1000);
    const opened = (await (await gw.api('GET', '/api/v1/console/board', token)).json()) as ConsoleBoard;
    const latest = await lead.request('console.resync', {});
    if (!latest.ok) throw new Error(latest.error.message);
    // Versioned as the pushed boards are, and no older than the one just seen nor newer than the latest.
    expect(opened.version?.stream).toBe(latest.data.version?.stream);
    expect(opened.version?.seq).toBeGreaterThanOrEqual(pushed.version?.seq ?? Infinity);
    expect(opened.version?.seq).toBeLessThanOrEqual(latest.data.version?.seq ?? -1);
    if (opened.version?.seq === latest.data.version?.seq) expect(opened).toEqual(latest.data);
    // The push that follows it applies to it as it came, with no whole board asked for.
    await gw.post('/api/v1/contacts', aContact({ from: { phone: '+8613877770009' } }));
    const patch = await lead.nextWhere('console.board-patch', (p) => p.base.seq === opened.version?.seq, 1000);
    expect(applyBoardPatch(opened, patch)?.version).toEqual(patch.version);
  });
});
