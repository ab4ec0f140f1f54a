import { appStore } from '../../state';
import type { WrapUpDraft } from './wrapup-draft';

/**
 * Wrap-up drafts by contact, so switching tabs to another held contact and back keeps what was
 * typed (the form unmounts with its contact's view). Forgotten once the wrap-up is accepted or
 * the contact leaves the desktop, and all at once on sign-out: the customer's words must not
 * outlive the session. Kept out of the store on purpose: one form's memory, read nowhere else.
 */
const drafts = new Map<string, WrapUpDraft>();

appStore.subscribe((state, previous) => {
  if (previous.token !== null && state.token === null) drafts.clear();
});

export function loadDraft(contactId: string): WrapUpDraft | undefined {
  return drafts.get(contactId);
}

export function saveDraft(contactId: string, draft: WrapUpDraft): void {
  drafts.set(contactId, draft);
}

export function forgetDraft(contactId: string): void {
  drafts.delete(contactId);
}
