/**
 * The bad-input corpus against every desktop socket event (issue #8): at least 200 hostile
 * payloads per event, other agents' contacts, unknown events and missing acknowledgements. Each
 * must be refused cleanly (an error acknowledgement, never an internal error), nothing may change
 * in the data, and the socket and the gateway must still answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { clientEventSchemas, type Ack } from '../../shared/schemas/socket.js';
import { dataFingerprint } from '../testing/corpus-support.js';
import {
  aContact,
  startTestGateway,
  type TestDesktop,
  type TestGateway,
} from '../testing/harness.js';
import { HOSTILE_BODIES, HOSTILE_VALUES } from '../testing/hostile-inputs.js';

let gw: TestGateway;
let csr: TestDesktop;
let before: Record<string, string>;
const EVENTS = Object.keys(clientEventSchemas) as (keyof typeof clientEventSchemas)[];

beforeAll(async () => {
  gw = await startTestGateway();
  csr = await gw.connectAgent('chen.jing');
  expect(await csr.request('agent.ready', {})).toMatchObject({ ok: true });
  before = await dataFingerprint(gw.database);
}, 120_000);
afterAll(async () => {
  await gw.close();
});

function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  // JSON.stringify(undefined) is undefined at run time, whatever its type says.
  return value === undefined ? '' : JSON.stringify(value);
}

/** The request's top-level field names, from the shared contract. */
function fieldsOf(event: keyof typeof clientEventSchemas): string[] {
  const schema = clientEventSchemas[event].request as z.ZodType & {
    shape?: Record<string, unknown>;
  };
  return Object.keys(schema.shape ?? {});
}

/** socket.io's message limit on the gateway (socket-server.ts); bigger messages close the socket. */
const MESSAGE_LIMIT = 256 * 1024;
const oversized = (payload: unknown) => asText(payload).length > MESSAGE_LIMIT / 2;

function payloadsFor(event: keyof typeof clientEventSchemas): { name: string; payload: unknown }[] {
  const fields = fieldsOf(event);
  const payloads: { name: string; payload: unknown }[] = [];
  for (const { name, raw } of HOSTILE_BODIES) payloads.push({ name: `raw: ${name}`, payload: raw });
  for (const { name, value } of HOSTILE_VALUES) {
    payloads.push({ name: `whole: ${name}`, payload: value });
    payloads.push({ name: `key: ${name}`, payload: { [asText(value).slice(0, 200)]: 1 } });
    for (const field of fields.length > 0 ? fields : ['id']) {
      payloads.push({ name: `${field}: ${name}`, payload: { [field]: value } });
    }
  }
  // Oversized messages are refused by closing the socket: tested once, on their own, below.
  return payloads.filter(({ payload }) => !oversized(payload));
}

function emit(event: string, payload: unknown): Promise<Ack<unknown>> {
  return new Promise((resolve, reject) => {
    if (!csr.socket.connected) {
      reject(new Error(`${event}: the socket is closed`));
      return;
    }
    const timer = setTimeout(() => reject(new Error(`${event}: no acknowledgement in 5 s`)), 5_000);
    (
      csr.socket as unknown as {
        emit: (e: string, p: unknown, ack: (a: Ack<unknown>) => void) => void;
      }
    ).emit(event, payload, (ack) => {
      clearTimeout(timer);
      resolve(ack);
    });
  });
}

describe('the bad-input corpus, every socket event', () => {
  it('refuses every hostile payload with an error acknowledgement, never an internal error', async () => {
    const problems: string[] = [];
    for (const event of EVENTS) {
      const payloads = payloadsFor(event);
      expect(payloads.length, event).toBeGreaterThanOrEqual(200);
      for (const { name, payload } of payloads) {
        const ack = await emit(event, payload).catch(
          (error: unknown) => ({ ok: 'none', error }) as const,
        );
        if (ack.ok === 'none') problems.push(`${event} [${name}]: ${String(ack.error)}`);
        else if (ack.ok) {
          // Some "hostile" values are simply valid for an event ({} for agent.ready, any number
          // for sys.ping's sentAt): accepting those is right; the data check below still holds.
          if (!clientEventSchemas[event].request.safeParse(payload).success)
            problems.push(`${event} [${name}]: accepted`);
        } else if (ack.error.code === 'internal_error' || typeof ack.error.message !== 'string') {
          problems.push(`${event} [${name}]: ${JSON.stringify(ack.error).slice(0, 120)}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(csr.socket.connected).toBe(true);
    expect(await dataFingerprint(gw.database)).toEqual(before);
  }, 600_000);

  it("refuses to act on another agent's contact", async () => {
    const owner = await gw.connectAgent('lin.wei');
    expect(await owner.request('agent.ready', {})).toMatchObject({ ok: true });
    const { contactId } = (await (await gw.post('/api/v1/contacts', aContact())).json()) as {
      contactId: string;
    };
    await owner.take();
    const snapshot = await dataFingerprint(gw.database);

    for (const [event, payload] of [
      ['contact.accept', { contactId }],
      ['contact.decline', { contactId }],
      ['contact.end', { contactId }],
      ['contact.wrap-up', { contactId, disposition: 'no_action' }],
      ['contact.link', { contactId, customerId: 'CUS-2' }],
      ['chat.send', { contactId, text: 'hello from someone else' }],
    ] as const) {
      const ack = await emit(event, payload);
      expect(ack.ok, event).toBe(false);
    }
    expect(await dataFingerprint(gw.database)).toEqual(snapshot);
    await owner.finish(contactId);
    owner.close();
  });

  it('closes a socket that sends more than the message limit, and the desktop can connect again', async () => {
    const big = await gw.connectAgent('sara.ahmadi');
    const closed = new Promise<string>((resolve) => big.socket.once('disconnect', resolve));
    (big.socket as unknown as { emit: (e: string, p: unknown) => void }).emit('chat.send', {
      contactId: 'x',
      text: 'x'.repeat(MESSAGE_LIMIT + 1),
    });
    expect(await closed).toMatch(/transport close|io server disconnect|parse error/);
    const again = await gw.connectAgent('sara.ahmadi');
    expect(await again.request('sys.ping', { sentAt: 2 })).toMatchObject({ ok: true });
    again.close();
  });

  it('survives unknown events and events without an acknowledgement, and still answers', async () => {
    const raw = csr.socket as unknown as { emit: (e: string, ...args: unknown[]) => void };
    raw.emit('no.such.event', { a: 1 }, () => undefined);
    raw.emit('contact.accept', { contactId: 'x' }); // no ack function
    raw.emit('contact.accept'); // nothing at all
    raw.emit('__proto__', {});
    raw.emit('constructor', {});
    const pong = await emit('sys.ping', { sentAt: 1 });
    expect(pong).toMatchObject({ ok: true, data: { sentAt: 1 } });
    expect((await fetch(`${gw.url}/healthz`)).status).toBe(200);
  });
});
