import { appDrafts } from '../../outbox/draft-backup';
import { appStore } from '../../state';
import { wrapUpDraftSchema, type WrapUpDraft } from './wrapup-draft';

/**
 * Wrap-up drafts by contact, so switching tabs to another held contact and back keeps what was
 * typed (the form unmounts with its contact's view). Kept out of the store on purpose: one form's
 * memory, read nowhere else. Backed up on this desktop for the signed-in session
 * (outbox/draft-backup.ts), so closing or reloading the window does not lose it either.
 *
 * Forgotten once the wrap-up is handed to the outbox (the backup) or accepted (memory), when the
 * contact leaves the desktop, and all at once on sign-out: the customer's words must not outlive
 * the session.
 */
const drafts = new Map<string, WrapUpDraft>();

appStore.subscribe((state, previous) => {
  if (previous.token !== null && state.token === null) drafts.clear();
});
appDrafts.onContactForgotten((contactId) => drafts.delete(contactId));

/** What this page holds for the contact (not the backup: see `restoreDraft`). */
export function loadDraft(contactId: string): WrapUpDraft | undefined {
  return drafts.get(contactId);
}

/** Keeps the draft in this page's memory only. */
export function saveDraft(contactId: string, draft: WrapUpDraft): void {
  drafts.set(contactId, draft);
}

/** Keeps the agent's change in memory and, shortly after, in the backup. */
export function saveTypedDraft(contactId: string, draft: WrapUpDraft): void {
  saveDraft(contactId, draft);
  appDrafts.save('wrapup', contactId, draft);
}

/** The draft backed up before a reload (same agent, same session), if any. */
export async function restoreDraft(contactId: string): Promise<WrapUpDraft | undefined> {
  const parsed = wrapUpDraftSchema.safeParse(await appDrafts.restore('wrapup', contactId));
  return parsed.success ? parsed.data : undefined;
}

/** Handed to the outbox, which keeps it from now on: no second copy of it on this desktop. */
export function dropBackup(contactId: string): void {
  void appDrafts.forget('wrapup', contactId);
}

export function forgetDraft(contactId: string): void {
  drafts.delete(contactId);
  dropBackup(contactId);
}
