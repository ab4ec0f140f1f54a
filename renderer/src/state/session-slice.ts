import type { Agent, LoginResponse } from '../../../shared/schemas/auth';
import type { AppSliceCreator } from './types';

/** Why the sign-in page is shown, when it is not the agent's own doing. */
export type SignInNotice = 'session-ended';

export interface SessionSlice {
  /** The short-lived access token (HTTP and the socket). */
  token: string | null;
  agent: Agent | null;
  /** When the access token expires (it is refreshed before). */
  expiresAt: string | null;
  /** The gateway's session: the same across refreshes, so the socket stays up through them. */
  sessionId: string | null;
  /** Trades for the next access token; spent on use (rotated). */
  refreshToken: string | null;
  /** When the session ends unless refreshed before. */
  refreshExpiresAt: string | null;
  signInNotice: SignInNotice | null;
  signIn: (login: LoginResponse) => void;
  /** A refresh's answer: the new pair, for the session it belongs to only. */
  refreshed: (refresh: LoginResponse) => void;
  /** Drops the session and everything the workspace held for it. */
  signOut: (notice?: SignInNotice) => void;
}

export const initialSession = {
  token: null,
  agent: null,
  expiresAt: null,
  sessionId: null,
  refreshToken: null,
  refreshExpiresAt: null,
  signInNotice: null,
} satisfies Pick<
  SessionSlice,
  | 'token'
  | 'agent'
  | 'expiresAt'
  | 'sessionId'
  | 'refreshToken'
  | 'refreshExpiresAt'
  | 'signInNotice'
>;

const sessionFields = (login: LoginResponse) => ({
  token: login.token,
  agent: login.agent,
  expiresAt: login.expiresAt,
  sessionId: login.sessionId,
  refreshToken: login.refreshToken,
  refreshExpiresAt: login.refreshExpiresAt,
});

export const createSessionSlice: AppSliceCreator<SessionSlice> = (set, get) => ({
  ...initialSession,
  signIn: (login) => set({ ...sessionFields(login), signInNotice: null }),
  refreshed: (refresh) => {
    if (get().sessionId === refresh.sessionId) set(sessionFields(refresh));
  },
  signOut: (notice) =>
    set({
      ...initialSession,
      signInNotice: notice ?? null,
      activeContactId: null,
      connection: 'offline',
      presence: null,
      view: 'contacts',
    }),
});

/** The whole session as sign-in answered it (and the desktop keeps it), or null when signed out. */
export function sessionOf(
  state: Pick<
    SessionSlice,
    'token' | 'agent' | 'expiresAt' | 'sessionId' | 'refreshToken' | 'refreshExpiresAt'
  >,
): LoginResponse | null {
  const { token, agent, expiresAt, sessionId, refreshToken, refreshExpiresAt } = state;
  if (token === null || agent === null || expiresAt === null) return null;
  if (sessionId === null || refreshToken === null || refreshExpiresAt === null) return null;
  return { sessionId, token, expiresAt, refreshToken, refreshExpiresAt, agent };
}

/** True while `expiresAt` (a session's or a token's) has not come. */
export function isSessionLive(expiresAt: string | null, now = Date.now()): boolean {
  return expiresAt !== null && Date.parse(expiresAt) > now;
}
