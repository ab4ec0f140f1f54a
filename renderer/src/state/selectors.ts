import { EMPTY_DRAFT } from './chat-slice';
import type { AppState } from './types';
import { useAppStore } from './store';

/** What the root element reports as `data-app-state`; tests and e2e wait on it. */
export type AppPhase = 'signed-out' | 'connecting' | 'ready';

export const selectAppPhase = (state: AppState): AppPhase => {
  if (state.token === null) return 'signed-out';
  return state.connection === 'ready' ? 'ready' : 'connecting';
};

// Atomic selector hooks: each subscribes to one value, so components re-render only for it.
export const useSessionToken = () => useAppStore((s) => s.token);
export const useAgent = () => useAppStore((s) => s.agent);
export const useSessionExpiresAt = () => useAppStore((s) => s.expiresAt);
export const useSessionId = () => useAppStore((s) => s.sessionId);
export const useRefreshExpiresAt = () => useAppStore((s) => s.refreshExpiresAt);
export const useSignInNotice = () => useAppStore((s) => s.signInNotice);
export const useStoredLanguage = () => useAppStore((s) => s.language);
export const useActiveContactId = () => useAppStore((s) => s.activeContactId);
export const useConnectionStatus = () => useAppStore((s) => s.connection);
export const usePresence = () => useAppStore((s) => s.presence);
export const useWorkspaceView = () => useAppStore((s) => s.view);
export const useViewedCustomerId = () => useAppStore((s) => s.viewedCustomerId);
export const useAlertSoundMuted = () => useAppStore((s) => s.alertSoundMuted);
export const useRingSoundSettings = () => useAppStore((s) => s.ringSound);
export const useAppPhase = () => useAppStore(selectAppPhase);

// Actions are stable references; selecting one never causes a re-render.
export const useSignIn = () => useAppStore((s) => s.signIn);
export const useSignOut = () => useAppStore((s) => s.signOut);
export const useSetLanguage = () => useAppStore((s) => s.setLanguage);
export const useSetActiveContact = () => useAppStore((s) => s.setActiveContact);
export const useSetPresence = () => useAppStore((s) => s.setPresence);
export const useSetWorkspaceView = () => useAppStore((s) => s.setView);
export const useSetAlertSoundMuted = () => useAppStore((s) => s.setAlertSoundMuted);
export const useSetRingSound = () => useAppStore((s) => s.setRingSound);

// Chat, per contact (see chat-slice.ts).
export const useChatUnread = (contactId: string) =>
  useAppStore((s) => s.chatUnread[contactId] ?? 0);
export const useAllChatUnread = () => useAppStore((s) => s.chatUnread);
export const useCustomerTyping = (contactId: string) =>
  useAppStore((s) => s.chatTyping[contactId] === true);
export const useChatDraftText = (contactId: string) =>
  useAppStore((s) => s.chatDrafts[contactId]?.text ?? '');
export const useChatDraftAttachments = (contactId: string) =>
  useAppStore((s) => s.chatDrafts[contactId]?.attachments ?? EMPTY_DRAFT.attachments);
export const useSetChatDraftText = () => useAppStore((s) => s.setChatDraftText);
export const useInsertIntoChatDraft = () => useAppStore((s) => s.insertIntoChatDraft);
export const useAddChatDraftAttachment = () => useAppStore((s) => s.addChatDraftAttachment);
export const useRemoveChatDraftAttachment = () => useAppStore((s) => s.removeChatDraftAttachment);
export const useClearChatDraft = () => useAppStore((s) => s.clearChatDraft);
