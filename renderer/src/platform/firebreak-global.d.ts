import type { FirebreakDesktopApi } from '../../../shared/ipc';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent when the app runs in a plain browser (web mode). */
    readonly firebreak?: FirebreakDesktopApi;
  }
}

export {};
