import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertContact } from '../contacts/contact-repository.js';
import { startTestGateway, type TestDesktop, type TestGateway } from '../testing/harness.js';

let gw: TestGateway;
let chen: TestDesktop; // 陈静, service-chat (zh-CN, en)
let sara: TestDesktop; // Sara Ahmadi, service-chat (fa, en)
beforeAll(async () => {
  gw = await startTestGateway({ routing: { chatCapacity: 3 } });
  chen = await gw.connectAgent('chen.jing');
  sara = await gw.connectAgent('sara.ahmadi');
  for (const d of [chen, sara]) await d.request('agent.ready', {});
});
afterAll(async () => {
  await gw.close();
});

/** Takes every offer that arrives within `quietMs` of the last one. */
async function offersUntilQuiet(desktop: TestDesktop, quietMs = 700): Promise<string[]> {
  const ids: string[] = [];
  for (;;) {
    try {
      ids.push((await desktop.next('contact.offered', quietMs)).contact.id);
    } catch {
      return ids;
    }
  }
}

/** Chats stored as the CTI would, then handed to routing all in the same instant. */
async function queueAtOnce(count: number): Promise<string[]> {
  const rows = [];
  for (let i = 0; i < count; i += 1) {
    const input = { externalId: `burst-${Date.now()}-${i}`, channel: 'chat' as const, queue: 'service-chat', from: {}, language: 'en' as const };
    rows.push((await insertContact(gw.database.db, input)).row);
  }
  await Promise.all(rows.map((row) => gw.gateway.router.contactQueued(row)));
  return rows.map((row) => row.id);
}

describe('routing many contacts at once', () => {
  it('reserves an agent’s seat before the offer is written: contacts routed in the same instant never overfill one agent', async () => {
    const queued = await queueAtOnce(8);
    const [toChen, toSara] = await Promise.all([offersUntilQuiet(chen), offersUntilQuiet(sara)]);
    expect(toChen).toHaveLength(3);
    expect(toSara).toHaveLength(3);
    expect(gw.gateway.router.table.waiting.size).toBe(2);
    await Promise.all([...toChen.map((id) => chen.finish(id)), ...toSara.map((id) => sara.finish(id))]);
    const [restChen, restSara] = await Promise.all([offersUntilQuiet(chen), offersUntilQuiet(sara)]);
    expect(new Set([...toChen, ...toSara, ...restChen, ...restSara])).toEqual(new Set(queued));
    await Promise.all([...restChen.map((id) => chen.finish(id)), ...restSara.map((id) => sara.finish(id))]);
  });

  it('offers a burst of chats side by side, each to one agent, never past an agent’s capacity', async () => {
    const chats = await Promise.all(Array.from({ length: 10 }, (_, i) => gw.startChat({ name: `Burst ${i}`, language: 'en' })));
    const [toChen, toSara] = await Promise.all([offersUntilQuiet(chen), offersUntilQuiet(sara)]);
    expect(toChen).toHaveLength(3);
    expect(toSara).toHaveLength(3);
    expect(new Set([...toChen, ...toSara]).size).toBe(6);

    // As each agent finishes a chat (accepting, ending and wrapping up at the same time as the
    // other), the next waiting one is offered: all ten are served, each exactly once.
    const served = new Map<string, string>();
    const work = async (desktop: TestDesktop, name: string, first: string[]) => {
      const queue = [...first];
      while (queue.length > 0) {
        const contactId = queue.shift() ?? '';
        expect(served.has(contactId)).toBe(false);
        served.set(contactId, name);
        await desktop.finish(contactId);
        queue.push(...(await offersUntilQuiet(desktop, 400)));
      }
    };
    await Promise.all([work(chen, 'chen', toChen), work(sara, 'sara', toSara)]);
    expect([...served.keys()].sort()).toEqual(chats.map((c) => c.contactId).sort());
  });
});
