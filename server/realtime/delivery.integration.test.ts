import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contact, ContactOffer, InboundContactResponse } from '../../shared/schemas/contact.js';
import { aContact, startTestGateway, type TestGateway } from '../testing/harness.js';
import { SequencedDesktop } from '../testing/sequenced-desktop.js';

let gw: TestGateway;
const desktops: SequencedDesktop[] = [];
beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(async () => {
  for (const desktop of desktops) desktop.close();
  await gw.close();
});

/** A desktop of lin.wei (claims-voice), speaking the delivery protocol. */
async function linWei(options: ConstructorParameters<typeof SequencedDesktop>[2] = {}): Promise<SequencedDesktop> {
  const { token } = await gw.login('lin.wei');
  const desktop = new SequencedDesktop(gw.url, () => token, options);
  desktops.push(desktop);
  await desktop.connect();
  return desktop;
}

const offersOf = (desktop: SequencedDesktop, contactId: string) =>
  desktop.appliedOf('contact.offered').filter((e) => (e.payload as ContactOffer).contact.id === contactId);

async function callIn(): Promise<string> {
  const res = await gw.post('/api/v1/contacts', aContact({ queue: 'claims-voice' }));
  expect(res.status).toBe(202);
  return ((await res.json()) as InboundContactResponse).contactId;
}

/** Ends and wraps up the call so lin.wei is free for the next test. */
async function finish(desktop: SequencedDesktop, contactId: string): Promise<void> {
  await desktop.request('contact.accept', { contactId }); // refused when already accepted: fine
  await desktop.request('contact.end', { contactId });
  const wrapped = await desktop.request('contact.wrap-up', { contactId, disposition: 'no_action' });
  expect(wrapped.ok).toBe(true);
  desktop.close();
}

describe('delivery of an agent’s events', () => {
  it('re-sends an offer the desktop has not acknowledged within 2 s; it pops once', async () => {
    const desktop = await linWei({ acknowledge: false });
    const contactId = await callIn();
    await desktop.until(() => offersOf(desktop, contactId).length === 1, 5_000, 'the offer');
    await desktop.until(() => desktop.duplicates > 0, 5_000, 'a re-sent offer');

    expect(offersOf(desktop, contactId)).toHaveLength(1);
    await finish(desktop, contactId);
  });

  it('still pops an offer made just before a reload, on the reloaded desktop, to the same agent', async () => {
    const before = await linWei();
    const contactId = await callIn();
    await before.until(() => offersOf(before, contactId).length === 1, 5_000, 'the offer');
    before.close(); // the window reloads before the agent could answer

    const after = await linWei(); // a fresh page: nothing to resume
    expect(after.delivery).toMatchObject({ resumed: false, held: expect.arrayContaining([contactId]) as unknown });
    await after.until(() => offersOf(after, contactId).length === 1, 5_000, 'the offer again');
    const accepted = await after.request('contact.accept', { contactId });
    expect(accepted).toMatchObject({ ok: true, data: { id: contactId, state: 'active' } });
    await finish(after, contactId);
  });

  it('resumes a desktop whose connection dropped: what happened meanwhile arrives, in order, once', async () => {
    const desktop = await linWei();
    const externalId = `EXT-${String(Date.now())}`;
    await gw.post('/api/v1/contacts', aContact({ queue: 'claims-voice', externalId }));
    const offer = await desktop.until(() => desktop.appliedOf('contact.offered').at(-1), 5_000, 'the offer');
    const contactId = (offer.payload as ContactOffer).contact.id;
    expect((await desktop.request('contact.accept', { contactId })).ok).toBe(true);
    await desktop.until(() => desktop.appliedOf('contact.updated').length > 0, 5_000, 'the accept');
    const seqBefore = desktop.applied.at(-1)?.seq ?? 0;

    desktop.socket.disconnect(); // the network drops
    const hungUp = await gw.post('/api/v1/contacts/hangup', { externalId });
    expect(hungUp.status).toBe(200);
    await desktop.connect();

    expect(desktop.delivery).toMatchObject({ resumed: true });
    const afterDrop = desktop.applied.filter((e) => e.seq > seqBefore);
    expect(afterDrop.map((e) => e.event)).toContain('contact.updated');
    expect((afterDrop.find((e) => e.event === 'contact.updated')?.payload as Contact).state).toBe('wrap_up');
    // Applied in sequence: no gap, no repeat.
    const seqs = desktop.applied.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(seqs.length);
    await finish(desktop, contactId);
  });
});
