import { useEffect } from 'react';
import { announceRendererReady } from './desktop-bridge';

/** After the first commit, tell Electron main it may push state to us (no subscription races). */
export function useAnnounceRendererReady(): void {
  useEffect(() => {
    announceRendererReady().catch((error: unknown) => {
      console.warn('[platform] rendererReady failed', error);
    });
  }, []);
}
