import type { ChatAttachment } from '../../../shared/schemas/chat';
import type { AppSliceCreator } from './types';

/** The customer's typing indicator goes out by itself when no update came for this long. */
export const CUSTOMER_TYPING_TTL_MS = 6_000;

/** What the agent is writing in one chat, kept while they switch between contacts. */
export interface ChatDraft {
  text: string;
  attachments: readonly ChatAttachment[];
}

/**
 * Per chat (keyed by contact id), client state only: unread customer messages, whether the
 * customer is typing, and the agent's unsent draft. Transcripts are server data (query cache).
 * Nothing here is persisted by the store. Drafts hold customer conversation: the store owns them in
 * the page, and outbox/draft-keeping.ts backs them up for this session only (so a reload keeps
 * them); they end with the session.
 */
export interface ChatSlice {
  /** Customer messages that arrived while the chat was not the one on screen. */
  chatUnread: Readonly<Record<string, number>>;
  /** Contacts whose customer is typing right now. */
  chatTyping: Readonly<Record<string, true>>;
  chatDrafts: Readonly<Record<string, ChatDraft>>;
  bumpChatUnread: (contactId: string) => void;
  clearChatUnread: (contactId: string) => void;
  /** Expires after `CUSTOMER_TYPING_TTL_MS` without another update. */
  setCustomerTyping: (contactId: string, typing: boolean) => void;
  setChatDraftText: (contactId: string, text: string) => void;
  /** Appends `text` to the draft, on a new paragraph when the draft already holds something. */
  insertIntoChatDraft: (contactId: string, text: string) => void;
  addChatDraftAttachment: (contactId: string, attachment: ChatAttachment) => void;
  removeChatDraftAttachment: (contactId: string, index: number) => void;
  clearChatDraft: (contactId: string) => void;
  /** Puts back a draft kept from before a reload, unless this page already has one for the chat. */
  restoreChatDraft: (contactId: string, draft: ChatDraft) => void;
  /** Drops everything held for a chat (it ended). */
  forgetChat: (contactId: string) => void;
}

export const initialChat = {
  chatUnread: {},
  chatTyping: {},
  chatDrafts: {},
} satisfies Pick<ChatSlice, 'chatUnread' | 'chatTyping' | 'chatDrafts'>;

export const EMPTY_DRAFT: ChatDraft = { text: '', attachments: [] };

/** Expiry timers of the typing indicators: timers are not state, so they live beside it. */
const typingTimers = new Map<string, ReturnType<typeof setTimeout>>();

function stopTypingTimer(contactId: string): void {
  clearTimeout(typingTimers.get(contactId));
  typingTimers.delete(contactId);
}

/** Stops every pending typing expiry (the chat state was reset). */
export function stopTypingTimers(): void {
  for (const timer of typingTimers.values()) clearTimeout(timer);
  typingTimers.clear();
}

function without<T>(record: Readonly<Record<string, T>>, key: string): Readonly<Record<string, T>> {
  if (!(key in record)) return record;
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}

export const createChatSlice: AppSliceCreator<ChatSlice> = (set, get) => {
  const updateDraft = (contactId: string, change: (draft: ChatDraft) => ChatDraft) =>
    set((state) => ({
      chatDrafts: {
        ...state.chatDrafts,
        [contactId]: change(state.chatDrafts[contactId] ?? EMPTY_DRAFT),
      },
    }));

  const clearTyping = (contactId: string) => {
    stopTypingTimer(contactId);
    if (contactId in get().chatTyping) {
      set((state) => ({ chatTyping: without(state.chatTyping, contactId) }));
    }
  };

  return {
    ...initialChat,
    bumpChatUnread: (contactId) =>
      set((state) => ({
        chatUnread: { ...state.chatUnread, [contactId]: (state.chatUnread[contactId] ?? 0) + 1 },
      })),
    clearChatUnread: (contactId) => {
      if ((get().chatUnread[contactId] ?? 0) === 0) return;
      set((state) => ({ chatUnread: without(state.chatUnread, contactId) }));
    },
    setCustomerTyping: (contactId, typing) => {
      if (!typing) {
        clearTyping(contactId);
        return;
      }
      stopTypingTimer(contactId);
      typingTimers.set(
        contactId,
        setTimeout(() => clearTyping(contactId), CUSTOMER_TYPING_TTL_MS),
      );
      if (!(contactId in get().chatTyping)) {
        set((state) => ({ chatTyping: { ...state.chatTyping, [contactId]: true } }));
      }
    },
    setChatDraftText: (contactId, text) => updateDraft(contactId, (draft) => ({ ...draft, text })),
    insertIntoChatDraft: (contactId, text) =>
      updateDraft(contactId, (draft) => ({
        ...draft,
        text: draft.text.trim() === '' ? text : `${draft.text.trimEnd()}\n\n${text}`,
      })),
    addChatDraftAttachment: (contactId, attachment) =>
      updateDraft(contactId, (draft) => ({
        ...draft,
        attachments: [...draft.attachments, attachment],
      })),
    removeChatDraftAttachment: (contactId, index) =>
      updateDraft(contactId, (draft) => ({
        ...draft,
        attachments: draft.attachments.filter((_, i) => i !== index),
      })),
    clearChatDraft: (contactId) =>
      set((state) => ({ chatDrafts: without(state.chatDrafts, contactId) })),
    restoreChatDraft: (contactId, draft) => {
      if (contactId in get().chatDrafts) return;
      set((state) => ({ chatDrafts: { ...state.chatDrafts, [contactId]: draft } }));
    },
    forgetChat: (contactId) => {
      stopTypingTimer(contactId);
      set((state) => ({
        chatUnread: without(state.chatUnread, contactId),
        chatTyping: without(state.chatTyping, contactId),
        chatDrafts: without(state.chatDrafts, contactId),
      }));
    },
  };
};
