import { useEffect } from 'react';
import { useSessionExpiresAt, useSignOut } from '../state';

/** setTimeout's longest delay; a longer session is checked again when it fires. */
const MAX_DELAY_MS = 2_147_483_647;

/** Signs the agent out when the session token expires, not at the next failing call. */
export function useSessionExpiry(): void {
  const expiresAt = useSessionExpiresAt();
  const signOut = useSignOut();
  useEffect(() => {
    if (expiresAt === null) return;
    let timer: ReturnType<typeof setTimeout>;
    const arm = () => {
      const remaining = Date.parse(expiresAt) - Date.now();
      if (remaining <= 0) signOut();
      else timer = setTimeout(arm, Math.min(remaining, MAX_DELAY_MS));
    };
    arm();
    return () => clearTimeout(timer);
  }, [expiresAt, signOut]);
}
