import type { Agent, LoginResponse } from '../../../shared/schemas/auth';
import type { AppSliceCreator } from './types';

export interface SessionSlice {
  token: string | null;
  agent: Agent | null;
  expiresAt: string | null;
  signIn: (login: LoginResponse) => void;
  /** Drops the session and everything the workspace held for it. */
  signOut: () => void;
}

export const initialSession = {
  token: null,
  agent: null,
  expiresAt: null,
} satisfies Pick<SessionSlice, 'token' | 'agent' | 'expiresAt'>;

export const createSessionSlice: AppSliceCreator<SessionSlice> = (set) => ({
  ...initialSession,
  signIn: ({ token, agent, expiresAt }) => set({ token, agent, expiresAt }),
  signOut: () =>
    set({
      ...initialSession,
      activeContactId: null,
      connection: 'offline',
      presence: null,
      view: 'contacts',
    }),
});

/** True while the session has not reached `expiresAt`. */
export function isSessionLive(expiresAt: string | null, now = Date.now()): boolean {
  return expiresAt !== null && Date.parse(expiresAt) > now;
}
