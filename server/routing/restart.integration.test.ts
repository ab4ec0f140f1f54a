import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InboundContactResponse } from '../../shared/schemas/contact.js';
import { createGateway, type Gateway } from '../gateway.js';
import { FIXTURE_PASSWORD } from '../testing/fixtures.js';
import { aContact, startTestGateway, type TestGateway } from '../testing/harness.js';
import { SequencedDesktop } from '../testing/sequenced-desktop.js';

/**
 * A gateway restart on the same database: routing comes back from what is stored, not from
 * whatever the previous process had in memory.
 */
let first: TestGateway;
let second: Gateway;
let secondUrl: string;
const desktops: SequencedDesktop[] = [];

async function desktopOf(url: string, username: string): Promise<SequencedDesktop> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: FIXTURE_PASSWORD }),
  });
  const { token } = (await res.json()) as { token: string };
  const desktop = new SequencedDesktop(url, () => token);
  desktops.push(desktop);
  await desktop.connect();
  return desktop;
}

beforeAll(async () => {
  first = await startTestGateway();
});
afterAll(async () => {
  for (const desktop of desktops) desktop.close();
  await second.close();
  await first.database.close();
});

describe('a gateway restart', () => {
  it('brings back agents’ chosen presence, waiting contacts and held offers from the database', async () => {
    const onBreak = await desktopOf(first.url, 'sara.ahmadi');
    expect((await onBreak.request('agent.set-state', { state: 'away', reason: 'training' })).ok).toBe(true);
    const ringing = await desktopOf(first.url, 'lin.wei');
    const posted = (await (await first.post('/api/v1/contacts', aContact({ queue: 'claims-voice' }))).json()) as InboundContactResponse;
    await ringing.until(() => ringing.appliedOf('contact.offered').length > 0, 5_000, 'the offer');
    const waiting = (await (await first.post('/api/v1/contacts', aContact({ channel: 'chat', queue: 'service-chat' }))).json()) as InboundContactResponse;

    await first.gateway.close(); // the process goes; the database stays
    second = await createGateway(first.gateway.config, { database: first.database, logger: pino({ level: 'silent' }) });
    secondUrl = await second.listen();

    const back = await desktopOf(secondUrl, 'sara.ahmadi');
    expect(back.readies).toHaveLength(1);
    expect(second.router.status('AG-4')).toMatchObject({ state: 'away', reason: 'training' });
    const linAgain = await desktopOf(secondUrl, 'lin.wei');
    expect(linAgain.delivery).toMatchObject({ resumed: false, held: [posted.contactId] });
    await linAgain.until(() => linAgain.appliedOf('contact.offered').length > 0, 5_000, 'the held offer again');
    expect(second.router.liveState(waiting.contactId)).toEqual({ state: 'queued', ownerId: null });
  });
});
