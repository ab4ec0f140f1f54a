import { useEffect } from 'react';
import { refreshSession } from '../api/auth/session';
import { useRefreshExpiresAt, useSessionExpiresAt, useSignOut } from '../state';

/** setTimeout's longest delay; a longer wait is checked again when it fires. */
const MAX_DELAY_MS = 2_147_483_647;
/** Refresh this long before the access token expires (or halfway, for a very short one). */
const REFRESH_AHEAD_MS = 60_000;
/** After a refresh the gateway did not answer, try again this soon. */
const RETRY_MS = 15_000;

/** Runs `run` at `at` (ms since the epoch), however far away; returns the cancel. */
function at(when: number, run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout>;
  const arm = () => {
    const remaining = when - Date.now();
    if (remaining <= 0) run();
    else timer = setTimeout(arm, Math.min(remaining, MAX_DELAY_MS));
  };
  arm();
  return () => clearTimeout(timer);
}

/**
 * Keeps the session going while the app is open: the access token is refreshed shortly before it
 * expires (a refresh that fails because the session ended signs the agent out, with a notice).
 * When the session itself ends (its refresh token expires, e.g. the gateway was unreachable the
 * whole time), the agent is signed out then, not at the next failing call.
 */
export function useSessionExpiry(): void {
  const expiresAt = useSessionExpiresAt();
  const refreshExpiresAt = useRefreshExpiresAt();
  const signOut = useSignOut();

  useEffect(() => {
    if (expiresAt === null) return;
    const expiry = Date.parse(expiresAt);
    const lead = Math.min(REFRESH_AHEAD_MS, Math.max(0, (expiry - Date.now()) / 2));
    let live = true;
    let cancel: () => void = () => undefined;
    const refresh = () => {
      void refreshSession().then((outcome) => {
        // A new token re-runs this effect; an unreachable gateway is asked again soon.
        if (live && outcome === 'unreachable') cancel = at(Date.now() + RETRY_MS, refresh);
      });
    };
    cancel = at(expiry - lead, refresh);
    return () => {
      live = false;
      cancel();
    };
  }, [expiresAt]);

  useEffect(() => {
    if (refreshExpiresAt === null) return;
    return at(Date.parse(refreshExpiresAt), () => signOut('session-ended'));
  }, [refreshExpiresAt, signOut]);
}
