import type { StateCreator } from 'zustand';
import type { ChatSlice } from './chat-slice';
import type { SessionSlice } from './session-slice';
import type { UiSlice } from './ui-slice';
import type { WorkspaceSlice } from './workspace-slice';

/** The whole client state: session, ui, workspace and chat slices. No server data lives here. */
export type AppState = SessionSlice & UiSlice & WorkspaceSlice & ChatSlice;

/** Data only, without the actions: what tests seed and `resetStore()` restores. */
export type AppData = {
  [
    K in keyof AppState as AppState[K] extends (...args: never[]) => unknown ? never : K
  ]: AppState[K];
};

export type AppSliceCreator<Slice> = StateCreator<
  AppState,
  [['zustand/persist', unknown]],
  [],
  Slice
>;
