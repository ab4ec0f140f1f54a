import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleAlert } from '../../shared/schemas/console-alerts.js';
import type { ConsoleAgents, ConsoleBoard } from '../../shared/schemas/console.js';
import { hashPassword } from '../auth/password.js';
import { agents, auditEvents } from '../db/schema.js';
import { FIXTURE_PASSWORD } from '../testing/fixtures.js';
import { loadBoardAlerts } from './alert-repository.js';
import {
  aContact,
  startTestGateway,
  type TestDesktop,
  type TestGateway,
} from '../testing/harness.js';

const DIAMOND_WAIT_SECONDS = 1;
/** CUS-1 王芳: Diamond, with an overdue promise (PR-1) and a late claim. */
const DIAMOND_PHONE = '+8613800000001';

let gw: TestGateway;
let lead: TestDesktop;
let leadToken: string;
beforeAll(async () => {
  gw = await startTestGateway({
    config: { diamondWaitSeconds: DIAMOND_WAIT_SECONDS, longHoldSeconds: 900 },
  });
  lead = await gw.connectAgent('zhang.lead');
  await lead.request('agent.ready', {});
  await lead.request('topics.watch', { topics: ['console.agents'] });
  leadToken = (await gw.login('zhang.lead')).token;
});
afterAll(async () => {
  await gw.close();
});

const boardWhere = (done: (board: ConsoleBoard) => boolean, timeoutMs: number) =>
  lead.nextWhere('console.board', done, timeoutMs);
const agentsWhere = (done: (grid: ConsoleAgents) => boolean, timeoutMs: number) =>
  lead.nextWhere('console.agents', done, timeoutMs);

const alertOf = (b: ConsoleBoard, rule: ConsoleAlert['rule'], contactId: string) =>
  b.alerts.find((a) => a.rule === rule && a.contactId === contactId);

async function postContact(overrides: Record<string, unknown> = {}) {
  const body = aContact(overrides);
  const res = await gw.post('/api/v1/contacts', body);
  expect(res.status).toBe(202);
  return { ...((await res.json()) as { contactId: string }), externalId: body.externalId };
}

describe('the console risk board and alerts', () => {
  it('shows a waiting Diamond customer on the risk board at once, and raises diamond_waiting after the threshold', async () => {
    const queuedAt = Date.now();
    const { contactId, externalId } = await postContact({ from: { phone: DIAMOND_PHONE } });

    const first = await boardWhere((b) => b.risk.some((r) => r.contactId === contactId), 1000);
    const entry = first.risk.find((r) => r.contactId === contactId);
    expect(entry).toMatchObject({
      state: 'queued',
      queueId: 'claims-voice',
      customerId: 'CUS-1',
      customerName: '王芳',
      tier: 'diamond',
      riskBand: 'high',
      overduePromises: 1,
      ownerId: null,
    });
    expect(entry?.riskScore).toBeGreaterThan(0);
    expect(entry?.predictedReason?.summary).toEqual(expect.any(String));
    // A high-risk customer waiting, with an overdue promise: at once. Diamond: not yet.
    expect(alertOf(first, 'high_risk_waiting', contactId)?.detail.riskScore).toBe(entry?.riskScore);
    expect(alertOf(first, 'promise_overdue', contactId)).toMatchObject({
      detail: { promiseIds: ['PR-1'] },
      customerName: '王芳',
      tier: 'diamond',
    });
    expect(alertOf(first, 'diamond_waiting', contactId)).toBeUndefined();
    // Raised in the rebuild, then shown without reading them again: as a fresh read gives them.
    expect(first.alerts).toEqual(await loadBoardAlerts(gw.database.db));
    expect(first.thresholds).toEqual({
      serviceLevelSeconds: 20,
      acwLimitSeconds: 120,
      longHoldSeconds: 900,
      diamondWaitSeconds: 1,
    });

    // No event happens at the threshold: the console's own timer raises it.
    const raised = await boardWhere(
      (b) => alertOf(b, 'diamond_waiting', contactId) !== undefined,
      3000,
    );
    const elapsed = Date.now() - queuedAt;
    expect(elapsed).toBeGreaterThanOrEqual(DIAMOND_WAIT_SECONDS * 1000);
    expect(elapsed).toBeLessThan(DIAMOND_WAIT_SECONDS * 1000 + 1000);
    const diamond = alertOf(raised, 'diamond_waiting', contactId);
    expect(diamond).toMatchObject({
      customerId: 'CUS-1',
      acknowledgedBy: null,
      detail: { waitedSeconds: 1 },
    });
    // Newest first among the unacknowledged.
    expect(raised.alerts[0]?.id).toBe(diamond?.id);
    expect(raised.alerts).toEqual(await loadBoardAlerts(gw.database.db));

    // The customer hangs up: off the risk board, but the alerts stay until acknowledged.
    await gw.post('/api/v1/contacts/hangup', { externalId });
    const after = await boardWhere((b) => !b.risk.some((r) => r.contactId === contactId), 1000);
    expect(
      ['diamond_waiting', 'high_risk_waiting', 'promise_overdue'].map(
        (rule) => alertOf(after, rule as ConsoleAlert['rule'], contactId)?.rule,
      ),
    ).toEqual(['diamond_waiting', 'high_risk_waiting', 'promise_overdue']);
  });

  it('raises escalation_words when the customer uses them in a chat, once per contact', async () => {
    const customer = await gw.startChat({
      name: 'Oliver',
      phone: '+14155550100',
      language: 'en',
      message: 'I will take this to the regulator',
    });
    const board = await boardWhere(
      (b) => alertOf(b, 'escalation_words', customer.contactId) !== undefined,
      1000,
    );
    expect(alertOf(board, 'escalation_words', customer.contactId)).toMatchObject({
      customerId: 'CUS-2',
      customerName: 'Oliver Grant',
      tier: 'gold',
      detail: { words: ['regulator'] },
    });
    expect(board.risk.find((r) => r.contactId === customer.contactId)).toMatchObject({
      channel: 'chat',
      customerName: 'Oliver Grant',
    });

    const sent = await customer.request('chat.send', { text: 'and a lawyer', attachments: [] });
    expect(sent.ok).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 400));
    const now = await gw.gateway.board.board(); // built now, not the board last pushed
    expect(
      now.alerts.filter((a) => a.rule === 'escalation_words' && a.contactId === customer.contactId),
    ).toHaveLength(1);

    // The agents grid: who holds it, since when, with what capacity.
    const agent = await gw.connectAgent('sara.ahmadi');
    await agent.request('agent.ready', {});
    await agent.take();
    const grid = await agentsWhere(
      (g) => g.agents.find((a) => a.agentId === 'AG-4')?.contacts[0]?.state === 'active',
      1000,
    );
    const sara = grid.agents.find((a) => a.agentId === 'AG-4');
    expect(sara).toMatchObject({
      state: 'on_contact',
      chatCapacity: 3,
      contacts: [{ contactId: customer.contactId, channel: 'chat', customerName: 'Oliver Grant' }],
    });
    expect(Date.now() - Date.parse(sara?.contacts[0]?.since ?? '')).toBeLessThan(2000);
    const held = await boardWhere(
      (b) => b.risk.find((r) => r.contactId === customer.contactId)?.state === 'active',
      1000,
    );
    expect(held.risk.find((r) => r.contactId === customer.contactId)).toMatchObject({
      state: 'active',
      ownerId: 'AG-4',
      ownerName: 'Sara Ahmadi',
    });
    await agent.finish(customer.contactId);
    customer.close();
    agent.close();
  });

  it('raises escalation_words in a chat from a customer nobody matched, with the name they typed', async () => {
    const stranger = await gw.startChat({
      name: 'Unknown Writer',
      language: 'en',
      message: 'hello, I will complain to the regulator about this',
    });
    const board = await boardWhere(
      (b) => alertOf(b, 'escalation_words', stranger.contactId) !== undefined,
      1000,
    );
    expect(alertOf(board, 'escalation_words', stranger.contactId)).toMatchObject({
      customerId: null,
      detail: { words: ['complain', 'regulator'] },
    });
    // The customer leaves before anyone answers: the chat is abandoned, no agent is offered it.
    expect((await stranger.request('chat.leave', {})).ok).toBe(true);
    stranger.close();
  });

  it('lets a lead acknowledge an alert, audited; acknowledging again keeps the first lead', async () => {
    const { contactId, externalId } = await postContact({ from: { phone: DIAMOND_PHONE } });
    const board = await boardWhere(
      (b) => alertOf(b, 'high_risk_waiting', contactId) !== undefined,
      1000,
    );
    const alert = alertOf(board, 'high_risk_waiting', contactId);
    if (!alert) throw new Error('no alert');

    const res = await gw.api('POST', `/api/v1/console/alerts/${alert.id}/acknowledge`, leadToken);
    expect(res.status).toBe(200);
    const first = (await res.json()) as ConsoleAlert;
    expect(first).toMatchObject({
      id: alert.id,
      acknowledgedBy: 'AG-3',
      acknowledgedByName: '张组长',
    });
    const acked = await boardWhere(
      (b) => alertOf(b, 'high_risk_waiting', contactId)?.acknowledgedBy === 'AG-3',
      1000,
    );
    // Acknowledged ones come after every unacknowledged one.
    const firstAcked = acked.alerts.findIndex((a) => a.acknowledgedAt !== null);
    expect(acked.alerts.slice(firstAcked).every((a) => a.acknowledgedAt !== null)).toBe(true);
    expect(acked.alerts[firstAcked]?.id).toBe(alert.id);

    // Another lead (an admin) acknowledges it again: nothing changes.
    await gw.database.db.insert(agents).values({
      id: 'AG-9',
      username: 'admin.test',
      displayName: 'Admin',
      role: 'admin',
      passwordHash: await hashPassword(FIXTURE_PASSWORD),
    });
    const adminToken = (await gw.login('admin.test')).token;
    const again = await gw.api(
      'POST',
      `/api/v1/console/alerts/${alert.id}/acknowledge`,
      adminToken,
    );
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({
      acknowledgedBy: 'AG-3',
      acknowledgedAt: first.acknowledgedAt,
    });
    const audits = await gw.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'console.alert.acknowledge'));
    expect(audits.map((a) => [a.actor, a.customerId, a.detail])).toEqual([
      ['AG-3', 'CUS-1', { alertId: alert.id, rule: 'high_risk_waiting', contactId }],
    ]);
    expect(audits[0]?.origin).toMatch(/127\.0\.0\.1|::1/); // the lead's address

    expect(
      (await gw.api('POST', '/api/v1/console/alerts/AL-nope/acknowledge', leadToken)).status,
    ).toBe(404);
    await gw.post('/api/v1/contacts/hangup', { externalId });
  });

  it('lets a lead set an agent away with a reason and back; the desktop hears it; audited', async () => {
    const agent = await gw.connectAgent('sara.ahmadi');
    await agent.request('agent.ready', {});
    const res = await gw.api('POST', '/api/v1/console/agents/AG-4/state', leadToken, {
      state: 'away',
      reason: 'meeting',
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ agentId: 'AG-4', state: 'away', reason: 'meeting' });
    let changed = await agent.next('agent.state-changed');
    while (changed.agentId !== 'AG-4' || changed.state !== 'away')
      changed = await agent.next('agent.state-changed');
    expect(changed).toMatchObject({ state: 'away', reason: 'meeting' });
    await agentsWhere((g) => g.agents.find((a) => a.agentId === 'AG-4')?.state === 'away', 1000);

    const back = await gw.api('POST', '/api/v1/console/agents/AG-4/state', leadToken, {
      state: 'available',
    });
    expect(await back.json()).toMatchObject({ state: 'available', reason: null });
    const audits = await gw.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'console.agent.state'));
    expect(audits.map((a) => [a.actor, a.detail])).toEqual([
      ['AG-3', { agentId: 'AG-4', from: 'available', to: 'away', reason: 'meeting' }],
      ['AG-3', { agentId: 'AG-4', from: 'away', to: 'available' }],
    ]);

    const set = (id: string, body: unknown) =>
      gw.api('POST', `/api/v1/console/agents/${id}/state`, leadToken, body);
    expect((await set('AG-404', { state: 'available' })).status).toBe(404);
    expect((await set('AG-2', { state: 'away', reason: 'break' })).status).toBe(409); // not connected
    expect((await set('AG-4', { state: 'away' })).status).toBe(400); // say why
    expect((await set('AG-4', { state: 'away', reason: 'missed_offer' })).status).toBe(400); // routing's own
    agent.close();
  });

  it('refuses every console route to a CSR (403) and to no one signed in (401)', async () => {
    const { token } = await gw.login('chen.jing');
    const { contactId, externalId } = await postContact({ from: { phone: '+8613877779999' } });
    const routes: [method: 'GET' | 'POST', path: string, body?: unknown][] = [
      ['GET', '/api/v1/console/board'],
      ['POST', `/api/v1/console/contacts/${contactId}/reassign`, { agentId: 'AG-2' }],
      ['POST', `/api/v1/console/contacts/${contactId}/front`],
      ['POST', '/api/v1/console/alerts/AL-x/acknowledge'],
      ['POST', '/api/v1/console/agents/AG-2/state', { state: 'away', reason: 'break' }],
    ];
    for (const [method, path, body] of routes) {
      expect([path, (await gw.api(method, path, token, body)).status]).toEqual([path, 403]);
      expect([path, (await gw.api(method, path, 'not-a-token', body)).status]).toEqual([path, 401]);
    }
    await gw.post('/api/v1/contacts/hangup', { externalId });
  });
});
