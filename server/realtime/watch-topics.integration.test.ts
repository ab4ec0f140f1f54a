/**
 * Broadcasts only a few desktops show (everyone's presence, the pre-emption worklist) go only to
 * the desktops that said they show them, and stop when they say they no longer do.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aContact, startTestGateway, type TestDesktop, type TestGateway } from '../testing/harness.js';
import { watchedOnThisNode } from './socket-server.js';

let gw: TestGateway;
let watcher: TestDesktop;
let bystander: TestDesktop;
let mover: TestDesktop;

beforeAll(async () => {
  gw = await startTestGateway();
  watcher = await gw.connectAgent('lin.wei');
  bystander = await gw.connectAgent('sara.ahmadi');
  mover = await gw.connectAgent('chen.jing');
  await mover.request('agent.ready', {});
});
afterAll(async () => {
  await gw.close();
});

/** Long enough for a broadcast sent with the one awaited to have reached every desktop. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

async function moveTo(state: 'available' | 'away'): Promise<void> {
  const ack = await mover.request(
    'agent.set-state',
    state === 'away' ? { state, reason: 'break' } : { state },
  );
  expect(ack.ok).toBe(true);
}

describe('watched broadcasts', () => {
  it('sends presence batches only to the desktops watching them', async () => {
    expect(
      await watcher.request('topics.watch', { topics: ['agents.presence', 'worklist.updated'] }),
    ).toEqual({
      ok: true,
      data: { topics: ['agents.presence', 'worklist.updated'] },
    });
    await moveTo('away');
    const batch = await watcher.next('agents.presence');
    expect(batch.statuses).toContainEqual(
      expect.objectContaining({ agentId: 'AG-2', state: 'away' }),
    );
    await settle();
    expect(bystander.has('agents.presence')).toBe(false);
  });

  it('sends worklist changes only to the desktops watching them', async () => {
    const late = new Date(Date.now() - 5 * 86_400_000).toISOString();
    const res = await gw.post('/api/v1/touchpoints', {
      events: [
        {
          eventId: 'wt-1',
          customerId: 'CUS-3',
          occurredAt: late,
          channel: 'partner',
          stage: 'rescue',
          kind: 'rescue_no_show',
          summary: 'Rescue truck never arrived',
          partnerId: 'PTN-RES-1',
        },
        {
          eventId: 'wt-2',
          customerId: 'CUS-3',
          occurredAt: new Date().toISOString(),
          channel: 'email',
          stage: 'claim',
          kind: 'email_inquiry',
          summary: 'I will complain to the regulator and talk to a lawyer',
        },
      ],
    });
    expect(res.status).toBeLessThan(300);
    await gw.gateway.risk.idle();
    const opened = await watcher.next('worklist.updated');
    expect(opened).toMatchObject({ customerId: 'CUS-3', status: 'open' });
    await settle();
    expect(bystander.has('worklist.updated')).toBe(false);
    // The customer calls before anyone worked the item: it is withdrawn, and the watchers see it.
    await gw.post('/api/v1/contacts', aContact({ from: { customerId: 'CUS-3' } }));
    expect(await watcher.next('worklist.updated')).toMatchObject({ id: opened.id, status: 'done', note: 'the customer contacted us first' });
    await settle();
    expect(bystander.has('worklist.updated')).toBe(false);
  });

  it('stops when the desktop no longer watches, and a new set replaces the old', async () => {
    expect((await watcher.request('topics.watch', { topics: [] })).ok).toBe(true);
    expect((await bystander.request('topics.watch', { topics: ['agents.presence'] })).ok).toBe(
      true,
    );
    watcher.discard('agents.presence', () => true);
    await moveTo('available');
    expect((await bystander.next('agents.presence')).statuses).toContainEqual(
      expect.objectContaining({ agentId: 'AG-2', state: 'available' }),
    );
    await settle();
    expect(watcher.has('agents.presence')).toBe(false);
  });

  it('refuses a topic it does not know, and keeps what was watched', async () => {
    const refused = await bystander.request('topics.watch', { topics: ['console.board'] } as never);
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
    await moveTo('away');
    expect((await bystander.next('agents.presence')).statuses).toContainEqual(
      expect.objectContaining({ agentId: 'AG-2', state: 'away' }),
    );
  });

  it('knows whether a desktop on this node watches a topic (the agents grid is sent only then)', async () => {
    expect(watchedOnThisNode(gw.gateway.io, 'console.agents')).toBe(false);
    const lead = await gw.connectAgent('zhang.lead');
    expect((await lead.request('topics.watch', { topics: ['console.agents'] })).ok).toBe(true);
    expect(watchedOnThisNode(gw.gateway.io, 'console.agents')).toBe(true);
    expect((await lead.request('topics.watch', { topics: [] })).ok).toBe(true);
    expect(watchedOnThisNode(gw.gateway.io, 'console.agents')).toBe(false);
    expect((await lead.request('topics.watch', { topics: ['console.agents'] })).ok).toBe(true);
    lead.socket.disconnect();
    await settle();
    expect(watchedOnThisNode(gw.gateway.io, 'console.agents')).toBe(false);
  });
});
