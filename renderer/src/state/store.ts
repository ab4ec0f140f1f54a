import { create } from 'zustand';
import { persist } from 'zustand/middleware';
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
    }),
    {
      name: STORE_NAME,
      version: STORAGE_VERSION,
      storage: createSplitStorage(),
      partialize: ({ token, agent, expiresAt, language }): PersistedState => ({
        token,
        agent,
        expiresAt,
        language,
      }),
    },
  ),
);

export function initialAppData(): AppData {
  return { ...initialSession, ...initialUi, ...initialWorkspace };
}

/** Tests: back to a signed-out, never-configured store, with nothing persisted. */
export function resetStore(): void {
  useAppStore.setState(initialAppData());
  useAppStore.persist.clearStorage();
}
