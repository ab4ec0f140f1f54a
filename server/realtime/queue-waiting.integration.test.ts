import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { QueueWaiting } from '../../shared/schemas/work.js';
import {
  aContact,
  startTestGateway,
  type TestDesktop,
  type TestGateway,
} from '../testing/harness.js';

// Fixtures: 林伟 (lin.wei) serves claims-voice, 陈静 (chen.jing) service-chat.
let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(async () => {
  await gw.close();
});

/** A desktop that announced ready, with every `queue.waiting` it received, oldest first. */
async function readyAgent(
  username: string,
): Promise<{ desktop: TestDesktop; seen: QueueWaiting[] }> {
  const desktop = await gw.connectAgent(username);
  const seen: QueueWaiting[] = [];
  desktop.socket.on('queue.waiting', (payload) => seen.push(payload));
  expect(await desktop.request('agent.ready', {})).toMatchObject({ ok: true });
  return { desktop, seen };
}

const claims = (waiting: number): QueueWaiting => ({
  queues: [{ queueId: 'claims-voice', waiting }],
});
const chat = (waiting: number): QueueWaiting => ({
  queues: [{ queueId: 'service-chat', waiting }],
});

/** Posts an inbound contact as the CTI does; answers its ids. */
async function postContact(
  overrides: Record<string, unknown> = {},
): Promise<{ contactId: string; externalId: string }> {
  const contact = aContact(overrides);
  const res = await gw.post('/api/v1/contacts', contact);
  expect(res.status).toBe(202);
  return {
    contactId: ((await res.json()) as { contactId: string }).contactId,
    externalId: contact.externalId,
  };
}
const hangUp = async (externalId: string) => {
  expect((await gw.post('/api/v1/contacts/hangup', { externalId })).status).toBe(200);
};

/** The newest count reaches `expected` within about a second (a 500 ms window, then the send). */
const soon = (seen: QueueWaiting[], expected: QueueWaiting) =>
  vi.waitFor(() => expect(seen.at(-1)).toEqual(expected), { timeout: 1000, interval: 20 });

describe('queue.waiting', () => {
  it('tells an agent how many wait in their own queues, on ready and within a second of each change', async () => {
    const lin = await readyAgent('lin.wei');
    // Sent on ready, before the ready is acknowledged: the desktop never shows a blank.
    expect(lin.seen).toEqual([claims(0)]);
    await lin.desktop.request('agent.set-state', { state: 'away', reason: 'break' });
    const chen = await readyAgent('chen.jing');
    expect(chen.seen).toEqual([chat(0)]);
    await chen.desktop.request('agent.set-state', { state: 'away', reason: 'break' });

    // A contact waiting in another queue: its agents hear of it, 林伟 does not.
    const chatContact = await postContact({
      channel: 'chat',
      queue: 'service-chat',
      from: { phone: '+8613866660001' },
    });
    await soon(chen.seen, chat(1));
    const voice = [await postContact({ from: { phone: '+8613866660002' } })];
    await soon(lin.seen, claims(1));
    expect(lin.seen).toEqual([claims(0), claims(1)]);

    // A burst: the last count arrives.
    for (const n of [3, 4, 5])
      voice.push(await postContact({ from: { phone: `+861386666000${String(n)}` } }));
    await soon(lin.seen, claims(4));

    // Another desktop of the same agent gets the count as soon as it is ready.
    const second = await readyAgent('lin.wei');
    expect(second.seen).toEqual([claims(4)]);

    // Abandoned while waiting: down.
    await hangUp(voice[0]?.externalId ?? '');
    await soon(lin.seen, claims(3));
    await soon(second.seen, claims(3));

    // Taken: down (a contact leaves the queue when it is offered, and stays out once accepted).
    await lin.desktop.request('agent.set-state', { state: 'available' });
    const taken = await lin.desktop.take();
    await soon(lin.seen, claims(2));

    for (const { contactId, externalId } of voice.slice(1)) {
      if (contactId !== taken.contact.id) await hangUp(externalId);
    }
    await hangUp(chatContact.externalId);
    await soon(lin.seen, claims(0));
    await soon(chen.seen, chat(0));
    await lin.desktop.finish(taken.contact.id);

    // Nobody was ever sent a queue that is not theirs.
    expect(new Set(lin.seen.flatMap((p) => p.queues.map((q) => q.queueId)))).toEqual(
      new Set(['claims-voice']),
    );
    expect(new Set(chen.seen.flatMap((p) => p.queues.map((q) => q.queueId)))).toEqual(
      new Set(['service-chat']),
    );
    for (const { desktop } of [lin, second, chen]) desktop.close();
  });
});
