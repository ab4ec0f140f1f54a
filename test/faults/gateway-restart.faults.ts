/**
 * The gateway is killed (SIGKILL) in the middle of offers and of a wrap-up, and started again
 * on the same database. Every call reported is answered and wrapped up exactly once.
 */
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/auth/password.js';
import { agentQueues, agents, contactEvents, promises } from '../../server/db/schema.js';
import { FIXTURE_PASSWORD } from '../../server/testing/fixtures.js';
import { gatewayProcess, type GatewayProcess } from './support/gateway-process.js';
import { AgentRobot, callIn, login, sleep } from './support/robots.js';

const VOICE_AGENTS = ['voice.1', 'voice.2', 'voice.3'];

let gateway: GatewayProcess;
const robots: AgentRobot[] = [];

beforeAll(async () => {
  gateway = await gatewayProcess({
    env: { FIREBREAK_RECONNECT_GRACE_SECONDS: '10', FIREBREAK_RING_TIMEOUT_SECONDS: '30' },
    async prepare({ db }) {
      const passwordHash = await hashPassword(FIXTURE_PASSWORD);
      await db.insert(agents).values(
        VOICE_AGENTS.map((username, i) => ({ id: `AG-V${String(i + 1)}`, username, displayName: username, role: 'csr' as const, passwordHash })),
      );
      await db.insert(agentQueues).values(VOICE_AGENTS.map((_, i) => ({ agentId: `AG-V${String(i + 1)}`, queueId: 'claims-voice' })));
    },
  });
  await gateway.start();
  for (const username of ['lin.wei', ...VOICE_AGENTS]) {
    const robot = new AgentRobot(gateway.url, await login(gateway.url, username), 400);
    await robot.start();
    robots.push(robot);
  }
}, 120_000);

afterAll(async () => {
  for (const robot of robots) robot.stop();
  await gateway.dispose();
});

const wrappedByAnyone = () => new Set(robots.flatMap((r) => r.log.wrapped));

async function waitUntil(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`${what} within ${String(timeoutMs)} ms\n${gateway.stderr()}`);
    await sleep(100);
  }
}

describe('the gateway killed and restarted', () => {
  it('loses no call and answers none twice when it dies while offering them', async () => {
    // Calls arrive 4 a second; the gateway dies a second in and is back a moment later.
    const calls: Promise<string>[] = [];
    for (let i = 0; i < 12; i++) {
      calls.push(callIn(gateway.url));
      if (i === 4) {
        await gateway.kill();
        await gateway.start();
      }
      await sleep(250);
    }
    const contactIds = await Promise.all(calls);
    await waitUntil(() => contactIds.every((id) => wrappedByAnyone().has(id)), 90_000, 'every call wrapped up');
    expect(new Set(contactIds).size).toBe(12);

    const events = await gateway.inspect(({ db }) => db.select().from(contactEvents).where(inArray(contactEvents.contactId, contactIds)));
    const count = (action: string, contactId: string) => events.filter((e) => e.action === action && e.contactId === contactId).length;
    for (const contactId of contactIds) {
      expect({ contactId, accepted: count('accept', contactId), wrapped: count('wrap', contactId) }).toEqual({ contactId, accepted: 1, wrapped: 1 });
    }
    await gateway.start();
  });

  it('applies a wrap-up once when the gateway dies before acknowledging it', async () => {
    const lin = robots[0] as AgentRobot;
    for (const robot of robots.slice(1)) robot.stop(); // only lin.wei answers now
    const contactId = await callIn(gateway.url);
    // lin's robot answers and ends it; catch the moment the wrap-up is sent and kill the gateway then.
    await waitUntil(() => lin.log.accepted.includes(contactId), 15_000, 'the call answered');
    const sent = new Promise<void>((resolve) => {
      const socket = lin.desktop.socket;
      const original = socket.emit.bind(socket);
      socket.emit = ((event: string, ...args: unknown[]) => {
        const result = original(event as never, ...(args as never[]));
        if (event === 'contact.wrap-up') {
          socket.emit = original;
          resolve();
        }
        return result;
      }) as typeof socket.emit;
    });
    await sent;
    await gateway.kill();
    await gateway.start();
    await waitUntil(() => lin.log.wrapped.includes(contactId), 60_000, 'the wrap-up acknowledged');

    const stored = await gateway.inspect(async ({ db }) => ({
      promises: await db.select().from(promises).where(inArray(promises.description, [`call back about ${contactId}`])),
      wraps: (await db.select().from(contactEvents).where(inArray(contactEvents.contactId, [contactId]))).filter((e) => e.action === 'wrap'),
    }));
    expect(stored.wraps).toHaveLength(1);
    expect(stored.promises).toHaveLength(1);
  });
});
