import { z } from 'zod';
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { desktopSettingsSchema } from '../../../shared/desktop-settings';
import { LANGUAGES } from '../../../shared/domain';
import { loginResponseSchema } from '../../../shared/schemas/auth';
import { isSessionLive, sessionOf } from './session-slice';
import type { AppState } from './types';
import { initialUi } from './ui-slice';

/**
 * What survives a reload: the session (per tab), the language, the alert beep and the offer ring
 * (per machine).
 */
export type PersistedState = Pick<
  AppState,
  'token' | 'agent' | 'expiresAt' | 'sessionId' | 'refreshToken' | 'refreshExpiresAt' | 'language'
> &
  Partial<Pick<AppState, 'alertSoundMuted' | 'ringSound'>>;

export const STORAGE_VERSION = 1;

/** The session as sign-in (or the last refresh) answered it. */
const persistedSessionSchema = loginResponseSchema;
/** Each preference is checked on its own: a tampered one falls back to its default alone. */
const persistedUiSchema = z.object({
  language: z.enum(LANGUAGES).nullable().catch(null),
  alertSoundMuted: z.boolean().optional().catch(undefined),
  ringSound: desktopSettingsSchema.shape.sound.optional().catch(undefined),
});

function read<T>(storage: Storage, key: string, schema: z.ZodType<T>): T | null {
  try {
    const raw = storage.getItem(key);
    if (raw === null) return null;
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function write(storage: Storage, key: string, value: unknown): void {
  try {
    if (value === null) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the app keeps working, it just forgets on reload.
  }
}

/**
 * One persist middleware, two storages: the session goes to sessionStorage (a reload keeps the
 * agent signed in, a new window does not), the preferences to localStorage. What is read back is
 * parsed; an expired or malformed session is dropped.
 */
export function createSplitStorage(): PersistStorage<PersistedState> {
  const keys = (name: string) => ({ session: `${name}:session`, ui: `${name}:ui` });
  return {
    getItem: (name): StorageValue<PersistedState> => {
      const session = read(window.sessionStorage, keys(name).session, persistedSessionSchema);
      const ui = read(window.localStorage, keys(name).ui, persistedUiSchema);
      // The access token may have expired meanwhile: the session lives while its refresh token does.
      const live = session !== null && isSessionLive(session.refreshExpiresAt) ? session : null;
      return {
        version: STORAGE_VERSION,
        state: {
          token: live?.token ?? null,
          agent: live?.agent ?? null,
          expiresAt: live?.expiresAt ?? null,
          sessionId: live?.sessionId ?? null,
          refreshToken: live?.refreshToken ?? null,
          refreshExpiresAt: live?.refreshExpiresAt ?? null,
          language: ui?.language ?? null,
          alertSoundMuted: ui?.alertSoundMuted ?? false,
          ringSound: ui?.ringSound ?? initialUi.ringSound,
        },
      };
    },
    setItem: (name, { state }) => {
      const { language, alertSoundMuted = false, ringSound = initialUi.ringSound } = state;
      write(window.sessionStorage, keys(name).session, sessionOf(state));
      // Only what differs from the defaults is written: a default needs no record.
      const ringChanged =
        ringSound.enabled !== initialUi.ringSound.enabled ||
        ringSound.volume !== initialUi.ringSound.volume;
      write(window.localStorage, keys(name).ui, {
        language,
        ...(alertSoundMuted && { alertSoundMuted }),
        ...(ringChanged && { ringSound }),
      });
    },
    removeItem: (name) => {
      write(window.sessionStorage, keys(name).session, null);
      write(window.localStorage, keys(name).ui, null);
    },
  };
}
