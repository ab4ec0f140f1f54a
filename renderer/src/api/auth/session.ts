import { useCallback } from 'react';
import { refreshResponseSchema } from '../../../../shared/schemas/auth';
import { getGatewayUrl } from '../../platform/desktop-bridge';
import { appStore, type AppStore } from '../../state';

export const REFRESH_PATH = '/api/v1/auth/refresh';
export const LOGOUT_PATH = '/api/v1/auth/logout';

/**
 * `refreshed`: a new access token is in the store; `ended`: the gateway ended the session (the
 * agent is signed out, with a notice); `unreachable`: no answer, the session stays as it was.
 */
export type RefreshOutcome = 'refreshed' | 'ended' | 'unreachable';

const postJson = (path: string, body: unknown) =>
  fetch(`${getGatewayUrl()}${path}`, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

async function refreshOnce(store: AppStore): Promise<RefreshOutcome> {
  const { refreshToken, sessionId } = store.getState();
  if (refreshToken === null) return 'ended';
  // Only the session that asked is signed out or updated, not one started since.
  const stillOurs = () => store.getState().sessionId === sessionId;
  let response: Response;
  try {
    response = await postJson(REFRESH_PATH, { refreshToken });
  } catch {
    return 'unreachable';
  }
  if (response.status === 401 || response.status === 400) {
    if (stillOurs()) store.getState().signOut('session-ended');
    return 'ended';
  }
  if (!response.ok) return 'unreachable';
  const parsed = refreshResponseSchema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) return 'unreachable';
  if (stillOurs()) store.getState().refreshed(parsed.data);
  return 'refreshed';
}

let inFlight: Promise<RefreshOutcome> | null = null;

/**
 * Trades the refresh token for a new pair. Single-flight: callers arriving while one refresh is
 * under way share it, since a refresh token works once and a second use would end the session.
 */
export function refreshSession(store: AppStore = appStore): Promise<RefreshOutcome> {
  inFlight ??= refreshOnce(store).finally(() => {
    inFlight = null;
  });
  return inFlight;
}

/**
 * Signs out here at once and tells the gateway, which ends the session everywhere it is used
 * (its access token is refused and its sockets close). The gateway being unreachable does not
 * keep the agent signed in.
 */
export function signOutEverywhere(store: AppStore = appStore): Promise<void> {
  const { refreshToken } = store.getState();
  store.getState().signOut();
  if (refreshToken === null) return Promise.resolve();
  return postJson(LOGOUT_PATH, { refreshToken }).then(
    () => undefined,
    (error: unknown) => {
      console.warn('[auth] the gateway was not told about the sign-out', error);
    },
  );
}

/** The sign-out button's action. */
export function useSignOutEverywhere(): () => void {
  return useCallback(() => void signOutEverywhere(), []);
}
