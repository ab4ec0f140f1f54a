/**
 * The timeline entries the gateway writes itself (answered, wrap-up, promise) reach the desktop
 * showing the customer as the timeline shows them, newest first, without reading them back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TimelinePage } from '../../shared/schemas/touchpoint.js';
import {
  aContact,
  startTestGateway,
  type TestDesktop,
  type TestGateway,
} from '../testing/harness.js';

let gw: TestGateway;
let desktop: TestDesktop;
/** A second agent in a chat with the same customer: shows the customer while the first wraps up. */
let colleague: TestDesktop;
let token: string;
beforeAll(async () => {
  gw = await startTestGateway();
  desktop = await gw.connectAgent('lin.wei');
  colleague = await gw.connectAgent('chen.jing');
  for (const d of [desktop, colleague]) await d.request('agent.ready', {});
  token = (await gw.login('lin.wei')).token;
});
afterAll(async () => {
  await gw.close();
});

const newest = async (n: number) =>
  (
    (await (
      await gw.api('GET', `/api/v1/customers/CUS-1/timeline?limit=${n}`, token)
    ).json()) as TimelinePage
  ).items;

describe('timeline entries the gateway writes', () => {
  it("pushes the answered entry and the wrap-up's entries as the timeline route lists them", async () => {
    await gw.post('/api/v1/contacts', aContact({ from: { customerId: 'CUS-1' } }));
    const offer = await desktop.take();
    const answered = await desktop.next('timeline.appended');
    expect(answered.customerId).toBe('CUS-1');
    expect(answered.items).toHaveLength(1);
    expect(answered.items).toEqual(await newest(1));
    expect(answered.items[0]).toMatchObject({
      partnerName: null,
      summary: expect.stringContaining('林伟') as string,
    });

    await gw.startChat({ email: 'wang.fang@example.com' });
    await colleague.take();
    await colleague.next('timeline.appended'); // its own answered entry
    expect((await desktop.request('contact.end', { contactId: offer.contact.id })).ok).toBe(true);
    const dueAt = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const wrapped = await desktop.request('contact.wrap-up', {
      contactId: offer.contact.id,
      disposition: 'resolved',
      note: 'Explained the assessment',
      promise: { description: 'Call back with the adjuster report', dueAt, claimId: 'C-2031' },
    });
    expect(wrapped.ok).toBe(true);
    const entries = await colleague.next('timeline.appended');
    expect(entries.items.length).toBeGreaterThanOrEqual(2);
    expect(entries.items).toEqual(await newest(entries.items.length));
  });
});
