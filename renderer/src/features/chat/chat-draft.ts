import { appStore } from '../../state';

/**
 * Appends `text` to a chat's draft (on a new paragraph when there is one) for the agent to
 * review and send. Usable outside React; components may also use `useInsertIntoChatDraft`
 * from `renderer/src/state`.
 */
export function insertIntoChatDraft(contactId: string, text: string): void {
  appStore.getState().insertIntoChatDraft(contactId, text);
}

export { useInsertIntoChatDraft } from '../../state';
