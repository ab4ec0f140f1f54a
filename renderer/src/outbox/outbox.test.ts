import { afterEach, describe, expect, it } from 'vitest';
import { RealtimeError } from '../realtime/errors';
import { Outbox } from './outbox';
import type { OutboxItem } from './outbox-item';
import { OutboxRunner } from './outbox-runner';
import { openIndexedDbStore } from './outbox-store';

let dbCount = 0;
const opened: Outbox[] = [];

/** An outbox over its own IndexedDB database (fake-indexeddb), as the app opens it. */
function anOutbox(name = `outbox-test-${String((dbCount += 1))}`): {
  outbox: Outbox;
  name: string;
} {
  const outbox = new Outbox(() => openIndexedDbStore(name));
  opened.push(outbox);
  return { outbox, name };
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((outbox) => outbox.close()));
});

const chat = (outbox: Outbox, text: string, contactId = 'chat-1', agentId = 'agent-1') =>
  outbox.enqueue({
    agentId,
    sessionId: 'session-1',
    event: 'chat.send',
    payload: { contactId, text },
  });

const wrapUp = (outbox: Outbox, contactId: string, agentId = 'agent-1') =>
  outbox.enqueue({
    agentId,
    sessionId: 'session-1',
    event: 'contact.wrap-up',
    payload: { contactId, disposition: 'resolved', note: 'Done' },
  });

const refuse = (code: string, message = 'No.', field?: string) =>
  new RealtimeError({ code, message, ...(field === undefined ? {} : { field }) });

/** A gateway that answers each send with the next scripted answer (ok when the script runs out). */
function aGateway(script: (RealtimeError | 'ok')[] = []) {
  const sent: OutboxItem[] = [];
  const send = (item: OutboxItem) => {
    sent.push(item);
    const answer = script.shift() ?? 'ok';
    return answer === 'ok' ? Promise.resolve({ echoed: item.key }) : Promise.reject(answer);
  };
  const textsSent = () =>
    sent.map((item) =>
      item.event === 'chat.send' ? item.payload.text : `wrap-up ${item.contactId}`,
    );
  return { sent, send, textsSent };
}

function aRunner(
  outbox: Outbox,
  send: (item: OutboxItem) => Promise<unknown>,
  overrides: Partial<{ agentId: () => string | null; online: () => boolean }> = {},
) {
  const delivered: string[] = [];
  const runner = new OutboxRunner({
    outbox,
    send,
    agentId: () => 'agent-1',
    online: () => true,
    onDelivered: (item) => delivered.push(item.key),
    retryDelaysMs: [5],
    ...overrides,
  });
  return { runner, delivered };
}

/** Kicks and waits until the runner has nothing left in hand (retries included). */
async function settle(runner: OutboxRunner, rounds = 20): Promise<void> {
  for (let i = 0; i < rounds; i += 1) {
    runner.kick();
    await runner.idle();
    await new Promise((resolve) => setTimeout(resolve, 8));
  }
  await runner.idle();
}

describe('outbox', () => {
  it('stores each item with its own key inside the payload before anything is sent', async () => {
    const { outbox } = anOutbox();
    const first = await chat(outbox, 'Hello');
    const second = await wrapUp(outbox, 'call-1');

    expect(first.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(first.key).not.toBe(second.key);
    expect(first.payload.idempotencyKey).toBe(first.key);
    expect(
      outbox.itemsOf('agent-1').map((item) => [item.event, item.status, item.attempts]),
    ).toEqual([
      ['chat.send', 'pending', 0],
      ['contact.wrap-up', 'pending', 0],
    ]);
  });

  it('sends in the order written, one at a time, and forgets each once acknowledged', async () => {
    const { outbox } = anOutbox();
    await chat(outbox, 'one');
    await wrapUp(outbox, 'call-1');
    await chat(outbox, 'two', 'chat-2');
    await chat(outbox, 'three');
    const gateway = aGateway();
    const { runner, delivered } = aRunner(outbox, gateway.send);

    await settle(runner, 1);

    expect(gateway.textsSent()).toEqual(['one', 'wrap-up call-1', 'two', 'three']);
    expect(delivered).toHaveLength(4);
    expect(outbox.itemsOf('agent-1')).toEqual([]);
  });

  it('keeps an item through unavailable and timeouts, sends it again with the same key, and lets nothing overtake it', async () => {
    const { outbox } = anOutbox();
    const first = await chat(outbox, 'first');
    await chat(outbox, 'second');
    const gateway = aGateway([refuse('unavailable'), refuse('ack_timeout')]);
    const { runner } = aRunner(outbox, gateway.send);

    runner.kick();
    await runner.idle();
    expect(gateway.textsSent()).toEqual(['first']);
    expect(outbox.find(first.key)).toMatchObject({ status: 'pending', attempts: 1 });

    await settle(runner);
    expect(gateway.textsSent()).toEqual(['first', 'first', 'first', 'second']);
    expect(new Set(gateway.sent.slice(0, 3).map((item) => item.payload.idempotencyKey))).toEqual(
      new Set([first.key]),
    );
    expect(outbox.itemsOf('agent-1')).toEqual([]);
  });

  it('stops on a refusal: shows it failed with the reason, never resends it by itself, and holds back that contact only', async () => {
    const { outbox } = anOutbox();
    const refused = await chat(outbox, 'refused');
    await chat(outbox, 'after, same chat');
    await chat(outbox, 'other chat', 'chat-2');
    const gateway = aGateway([refuse('conflict', 'Chat chat-1 has ended', 'contactId')]);
    const { runner } = aRunner(outbox, gateway.send);
    const outcome = outbox.settled(refused.key);

    await settle(runner, 3);

    expect(gateway.textsSent()).toEqual(['refused', 'other chat']);
    expect(await outcome).toEqual({
      status: 'failed',
      error: { code: 'conflict', message: 'Chat chat-1 has ended', field: 'contactId' },
    });
    expect(outbox.itemsOf('agent-1').map((item) => [item.payload.contactId, item.status])).toEqual([
      ['chat-1', 'failed'],
      ['chat-1', 'pending'],
    ]);

    // The agent discards it: the message behind it goes.
    expect(await outbox.discard(refused.key)).toBe(true);
    await settle(runner, 1);
    expect(gateway.textsSent()).toEqual(['refused', 'other chat', 'after, same chat']);
    expect(outbox.itemsOf('agent-1')).toEqual([]);
  });

  it('sends a refused item again only when the agent says so, in its old place', async () => {
    const { outbox } = anOutbox();
    const refused = await wrapUp(outbox, 'call-1');
    const gateway = aGateway([
      refuse('validation_failed', 'must be in the future', 'promise.dueAt'),
    ]);
    const { runner } = aRunner(outbox, gateway.send);
    await settle(runner, 2);
    expect(outbox.find(refused.key)?.status).toBe('failed');

    expect(await outbox.retry(refused.key)).toBe(true);
    await settle(runner, 1);
    expect(gateway.sent.map((item) => item.key)).toEqual([refused.key, refused.key]);
    expect(outbox.itemsOf('agent-1')).toEqual([]);
  });

  it('gives up on a server error that keeps happening and shows it', async () => {
    const { outbox } = anOutbox();
    const item = await chat(outbox, 'unlucky');
    const gateway = aGateway(
      Array.from({ length: 10 }, () =>
        refuse('internal_error', 'Something went wrong on our side'),
      ),
    );
    const { runner } = aRunner(outbox, gateway.send);

    await settle(runner);

    expect(gateway.sent).toHaveLength(5);
    expect(outbox.find(item.key)).toMatchObject({
      status: 'failed',
      error: { code: 'internal_error' },
    });
  });

  it('survives closing: a new outbox over the same database has every item, in order, and sends them', async () => {
    const { outbox, name } = anOutbox();
    const a = await chat(outbox, 'typed before the window closed');
    const b = await wrapUp(outbox, 'call-1');
    await outbox.close();

    const { outbox: reopened } = anOutbox(name);
    await reopened.load();
    expect(reopened.itemsOf('agent-1').map((item) => item.key)).toEqual([a.key, b.key]);
    const gateway = aGateway();
    await settle(aRunner(reopened, gateway.send).runner, 1);
    expect(gateway.textsSent()).toEqual(['typed before the window closed', 'wrap-up call-1']);

    const { outbox: again } = anOutbox(name);
    await again.load();
    expect(again.snapshot()).toEqual([]);
  });

  it("sends only the signed-in agent's items, and none while offline or signed out", async () => {
    const { outbox } = anOutbox();
    await chat(outbox, 'from agent one', 'chat-1', 'agent-1');
    await chat(outbox, 'from agent two', 'chat-9', 'agent-2');
    let agentId: string | null = 'agent-2';
    let online = false;
    const gateway = aGateway();
    const { runner } = aRunner(outbox, gateway.send, {
      agentId: () => agentId,
      online: () => online,
    });

    await settle(runner, 1);
    expect(gateway.sent).toEqual([]);

    online = true;
    await settle(runner, 1);
    expect(gateway.textsSent()).toEqual(['from agent two']);

    agentId = null;
    await settle(runner, 1);
    expect(gateway.textsSent()).toEqual(['from agent two']);
    expect(outbox.itemsOf('agent-1')).toHaveLength(1);
  });

  it('stops between items when the agent signs out mid-way', async () => {
    const { outbox } = anOutbox();
    await chat(outbox, 'one');
    await chat(outbox, 'two');
    let agentId: string | null = 'agent-1';
    const gateway = aGateway();
    const { runner } = aRunner(
      outbox,
      (item) => {
        agentId = null;
        return gateway.send(item);
      },
      { agentId: () => agentId },
    );

    await settle(runner, 2);

    expect(gateway.textsSent()).toEqual(['one']);
    expect(outbox.itemsOf('agent-1').map((item) => item.payload.contactId)).toEqual(['chat-1']);
  });
});
