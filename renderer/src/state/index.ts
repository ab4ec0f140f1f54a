/**
 * The client store. Features import from here, never from `zustand`.
 * Components use the atomic hooks; non-React modules (HTTP wrapper, realtime connector) use
 * `appStore`.
 */
import type { StoreApi } from 'zustand';
import { useAppStore } from './store';
import type { AppState } from './types';

export { resetStore, initialAppData, STORE_NAME } from './store';
export * from './selectors';
export { isSessionLive, sessionOf, type SignInNotice } from './session-slice';
export { CUSTOMER_TYPING_TTL_MS, EMPTY_DRAFT, initialChat, type ChatDraft } from './chat-slice';
export type { AppData, AppState } from './types';
export type { ConnectionStatus, WorkspaceView } from './workspace-slice';
export type { RingSound } from './ui-slice';

/** The store outside React (HTTP wrapper, realtime connector, tests): get, set, subscribe. */
export type AppStore = StoreApi<AppState>;
export const appStore: AppStore = useAppStore;
