import { z } from 'zod';
import { chatAttachmentSchema } from '../../../../shared/schemas/chat';
import { appDrafts, type DraftBackup } from '../../outbox/draft-backup';
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

/** A chat draft as backed up (over the limit is kept: the composer says so, as it did). */
const storedChatDraftSchema = z.object({
  text: z.string(),
  attachments: z.array(chatAttachmentSchema),
});

/**
 * After a reload, puts the chat's draft kept for this session (outbox/draft-keeping.ts backs the
 * store's drafts up) back into the store, unless this page already has one for the chat. Returns
 * the cancel: a composer gone before the read answered restores nothing.
 */
export function restoreChatDraft(contactId: string, drafts: DraftBackup = appDrafts): () => void {
  if (contactId in appStore.getState().chatDrafts) return () => undefined;
  let live = true;
  void drafts.restore('chat', contactId).then((value) => {
    const parsed = storedChatDraftSchema.safeParse(value);
    if (live && parsed.success) appStore.getState().restoreChatDraft(contactId, parsed.data);
  });
  return () => {
    live = false;
  };
}
