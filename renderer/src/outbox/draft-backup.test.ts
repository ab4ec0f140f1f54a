import { afterEach, describe, expect, it } from 'vitest';
import { createTestQueryClient, signedInState } from '../../../test/setup/renderer-providers';
import { removeHeldOffer, upsertHeldOffer } from '../api/contacts/offers-cache';
import { anOfferOf, anActiveContact } from '../features/workspace/test-lifecycle';
import { appStore } from '../state';
import { DraftBackup, type DraftOwner } from './draft-backup';
import { keepDrafts } from './draft-keeping';
import { openDraftStore } from './draft-store';

const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
const LIN: DraftOwner = { agentId: 'agent-1', sessionId: 'session-1', expiresAt: inHours(12) };

let databases = 0;
/** A backup of its own (own database), signed in as `owner.current`, with a long write delay. */
function aBackup(owner: { current: DraftOwner | null } = { current: LIN }) {
  databases += 1;
  const name = `drafts-test-${String(databases)}`;
  return new DraftBackup({
    open: () => openDraftStore(name),
    owner: () => owner.current,
    delayMs: 60_000,
  });
}
const texts = async (backup: DraftBackup) => (await backup.stored()).map((record) => record.value);

const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

describe('the draft backup', () => {
  it('writes after the delay, or at once when the window is hidden or closed', async () => {
    const backup = aBackup();
    stops.push(
      keepDrafts({ drafts: backup, store: appStore, queryClient: createTestQueryClient() }),
    );

    backup.save('wrapup', 'contact-1', 'first words');
    expect(await texts(backup)).toEqual([]);
    window.dispatchEvent(new Event('pagehide'));
    expect(await texts(backup)).toEqual(['first words']);

    backup.save('wrapup', 'contact-1', 'more words');
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    Reflect.deleteProperty(document, 'visibilityState');
    expect(await texts(backup)).toEqual(['more words']);
  });

  it('lets a drop made after a write win, also while the write is under way', async () => {
    const backup = aBackup();
    backup.save('chat', 'chat-1', 'sent already');
    void backup.flush();
    await backup.forget('chat', 'chat-1');

    expect(await texts(backup)).toEqual([]);
    expect(await backup.restore('chat', 'chat-1')).toBeUndefined();
  });

  it('reads back only the same agent’s drafts of the same session', async () => {
    const owner: { current: DraftOwner | null } = { current: LIN };
    const backup = aBackup(owner);
    backup.save('chat', 'chat-1', 'Lin’s words');
    await backup.flush();

    owner.current = { ...LIN, agentId: 'agent-2' };
    expect(await backup.restore('chat', 'chat-1')).toBeUndefined();
    owner.current = { ...LIN, sessionId: 'session-2' };
    expect(await backup.restore('chat', 'chat-1')).toBeUndefined();
    owner.current = LIN;
    expect(await backup.restore('chat', 'chat-1')).toBe('Lin’s words');
  });

  it('signed out, keeps what a live session may come back for and drops what has expired', async () => {
    const owner: { current: DraftOwner | null } = { current: LIN };
    const backup = aBackup(owner);
    backup.save('chat', 'chat-1', 'live session');
    owner.current = { ...LIN, sessionId: 'session-0', expiresAt: inHours(-1) };
    backup.save('chat', 'chat-1', 'ended session');
    await backup.flush();

    await backup.keepOnly(null);

    expect(await texts(backup)).toEqual(['live session']);
  });

  it('forgets a contact that leaves the desktop by any way (here: transferred)', async () => {
    appStore.setState(signedInState());
    const queryClient = createTestQueryClient();
    const backup = aBackup();
    stops.push(keepDrafts({ drafts: backup, store: appStore, queryClient }));
    upsertHeldOffer(queryClient, anOfferOf(anActiveContact({ id: 'contact-1' })));
    upsertHeldOffer(queryClient, anOfferOf(anActiveContact({ id: 'contact-2' })));
    backup.save('wrapup', 'contact-1', 'about contact 1');
    backup.save('wrapup', 'contact-2', 'about contact 2');
    await backup.flush();

    removeHeldOffer(queryClient, 'contact-1');

    expect(await texts(backup)).toEqual(['about contact 2']);
  });

  it('does nothing, and never throws, without IndexedDB', async () => {
    const backup = new DraftBackup({ open: () => Promise.resolve(null), owner: () => LIN });
    backup.save('chat', 'chat-1', 'memory only');
    await backup.flush();

    expect(await backup.restore('chat', 'chat-1')).toBeUndefined();
    await expect(backup.forgetContact('chat-1')).resolves.toBeUndefined();
    expect(await backup.stored()).toEqual([]);
  });
});
