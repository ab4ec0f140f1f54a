import type { KeyStore } from '../../../shared/ipc';
import type { AppStore } from '../state';
import { isSessionLive, sessionOf } from '../state/session-slice';
import { getDesktopApi } from './desktop-bridge';

let keyStore: KeyStore | null = null;

/**
 * Where the desktop keeps the session between launches: `os` (encrypted by the OS key store),
 * `none` (the OS offers none: the agent signs in again after a restart), or null in a browser.
 */
export function getDesktopKeyStore(): KeyStore | null {
  return keyStore;
}

/** Tests only. */
export function setDesktopKeyStore(value: KeyStore | null): void {
  keyStore = value;
}

/**
 * Desktop only, at start-up before the first render: sign back in with the session main kept
 * (safeStorage), unless this window already has one. Then keep main's copy in step: saved on
 * sign-in and after every refresh (the refresh token rotates: the old one must not come back
 * after a restart), cleared on sign-out. Returns the unsubscribe. In a browser: nothing (the
 * session stays in the tab's sessionStorage).
 */
export async function syncDesktopSession(store: AppStore): Promise<() => void> {
  const desktop = getDesktopApi();
  if (desktop === null) return () => undefined;
  try {
    const loaded = await desktop.loadSession();
    keyStore = loaded.keyStore;
    if (
      loaded.session !== null &&
      store.getState().token === null &&
      isSessionLive(loaded.session.refreshExpiresAt)
    ) {
      store.getState().signIn(loaded.session);
    }
  } catch (error) {
    // No stored session is not a reason to stop: the agent signs in.
    console.warn('[platform] could not load the stored session', error);
  }
  const report = (error: unknown) => {
    console.warn('[platform] could not update the stored session', error);
  };
  return store.subscribe((state, previous) => {
    if (state.token === previous.token && state.refreshToken === previous.refreshToken) return;
    const session = sessionOf(state);
    if (session === null) desktop.clearSession().catch(report);
    else
      desktop
        .saveSession(session)
        .then((saved) => {
          keyStore = saved.keyStore;
        })
        .catch(report);
  });
}
