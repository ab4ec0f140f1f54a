import { hashKey, type QueryClient } from '@tanstack/react-query';
import { contactKeys } from '../api/contacts/keys';
import { getHeldOffers } from '../api/contacts/offers-cache';
import type { AppState, AppStore, ChatDraft } from '../state';
import { draftOwnerOf, sameSession, type DraftBackup } from './draft-backup';

const isBlank = (draft: ChatDraft | undefined) =>
  draft === undefined || (draft.text.trim() === '' && draft.attachments.length === 0);

/** The chat drafts (owned by the store) that changed, backed up or dropped to match. */
function mirrorChatDrafts(drafts: DraftBackup, state: AppState, previous: AppState): void {
  if (state.chatDrafts === previous.chatDrafts) return;
  const contactIds = new Set([
    ...Object.keys(previous.chatDrafts),
    ...Object.keys(state.chatDrafts),
  ]);
  for (const contactId of contactIds) {
    const draft = state.chatDrafts[contactId];
    if (draft === previous.chatDrafts[contactId]) continue;
    if (isBlank(draft)) void drafts.forget('chat', contactId);
    else drafts.save('chat', contactId, draft);
  }
}

const heldIds = (queryClient: QueryClient) =>
  new Set(getHeldOffers(queryClient).map((offer) => offer.contact.id));

/**
 * Keeps the draft backup in step with the window, while the app's providers are mounted:
 * - the chat drafts of the store are backed up as they change, and dropped when sent or emptied;
 * - a contact that leaves the desktop (ended, transferred, released) takes its drafts with it;
 * - signing out drops the session's drafts; another agent or a new session drops older ones
 *   (also at start, for what an earlier window left);
 * - what waits for the write delay is written when the page is hidden or closed.
 * Returns the stop (what waits is still written after the delay).
 */
export function keepDrafts({
  drafts,
  store,
  queryClient,
}: {
  drafts: DraftBackup;
  store: AppStore;
  queryClient: QueryClient;
}): () => void {
  void drafts.keepOnly(draftOwnerOf(store.getState()));

  const unsubscribeStore = store.subscribe((state, previous) => {
    const now = draftOwnerOf(state);
    const before = draftOwnerOf(previous);
    if (!sameSession(before, now)) {
      if (before !== null) void drafts.forgetSession(before);
      if (now !== null) void drafts.keepOnly(now);
      return;
    }
    if (now !== null) mirrorChatDrafts(drafts, state, previous);
  });

  const offersHash = hashKey(contactKeys.offers());
  let held = heldIds(queryClient);
  const unsubscribeCache = queryClient.getQueryCache().subscribe((event) => {
    if (event.query.queryHash !== offersHash) return;
    const next = heldIds(queryClient);
    const left = [...held].filter((contactId) => !next.has(contactId));
    held = next;
    if (draftOwnerOf(store.getState()) === null) return;
    for (const contactId of left) {
      store.getState().forgetChat(contactId);
      void drafts.forgetContact(contactId);
    }
  });

  const flush = () => void drafts.flush();
  const flushWhenHidden = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  window.addEventListener('pagehide', flush);
  window.addEventListener('beforeunload', flush);
  document.addEventListener('visibilitychange', flushWhenHidden);

  return () => {
    unsubscribeStore();
    unsubscribeCache();
    window.removeEventListener('pagehide', flush);
    window.removeEventListener('beforeunload', flush);
    document.removeEventListener('visibilitychange', flushWhenHidden);
  };
}
