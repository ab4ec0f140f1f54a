import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { createChatSlice, initialChat, stopTypingTimers } from './chat-slice';
import { createSplitStorage, STORAGE_VERSION, type PersistedState } from './persist-storage';
import { createSessionSlice, initialSession } from './session-slice';
import type { AppData, AppState } from './types';
import { createUiSlice, initialUi } from './ui-slice';
import { createWorkspaceSlice, initialWorkspace } from './workspace-slice';

export const STORE_NAME = 'firebreak';

/** The one client store. Middleware sits here, on the combined store, never in a slice. */
export const useAppStore = create<AppState>()(
  persist(
    (...args) => ({
      ...createSessionSlice(...args),
      ...createUiSlice(...args),
      ...createWorkspaceSlice(...args),
      ...createChatSlice(...args),
    }),
    {
      name: STORE_NAME,
      version: STORAGE_VERSION,
      storage: createSplitStorage(),
      partialize: (state): PersistedState => ({
        token: state.token,
        agent: state.agent,
        expiresAt: state.expiresAt,
        sessionId: state.sessionId,
        refreshToken: state.refreshToken,
        refreshExpiresAt: state.refreshExpiresAt,
        language: state.language,
        alertSoundMuted: state.alertSoundMuted,
        ringSound: state.ringSound,
      }),
    },
  ),
);

export function initialAppData(): AppData {
  return { ...initialSession, ...initialUi, ...initialWorkspace, ...initialChat };
}

/**
 * Chat bookkeeping that follows the workspace: a chat brought on screen has been read, and
 * nothing of a chat (drafts hold customer conversation) outlives the session.
 */
useAppStore.subscribe((state, previous) => {
  const { activeContactId } = state;
  if (activeContactId !== null && activeContactId !== previous.activeContactId) {
    state.clearChatUnread(activeContactId);
  }
  if (previous.token !== null && state.token === null) {
    stopTypingTimers();
    useAppStore.setState(initialChat);
  }
});

/** Tests: back to a signed-out, never-configured store, with nothing persisted. */
export function resetStore(): void {
  stopTypingTimers();
  useAppStore.setState(initialAppData());
  useAppStore.persist.clearStorage();
}
