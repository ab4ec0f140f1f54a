import type { Language } from '../../../shared/domain';
import { DEFAULT_DESKTOP_SETTINGS, type DesktopSettings } from '../../../shared/desktop-settings';
import type { AppSliceCreator } from './types';

/** The ring while a contact is offered: on or off, and how loud (0..1). */
export type RingSound = DesktopSettings['sound'];

export interface UiSlice {
  /** The agent's chosen language; null until they choose (the browser's language applies). */
  language: Language | null;
  /** The console's alert beep is off (a lead's choice, kept on this machine). */
  alertSoundMuted: boolean;
  /**
   * The offer ring. In a browser the agent's choice, kept on this machine; in the desktop a copy
   * of main's settings (the source of truth), applied at start and on every change.
   */
  ringSound: RingSound;
  setLanguage: (language: Language) => void;
  setAlertSoundMuted: (muted: boolean) => void;
  /** Changes what is given, keeps the rest; the volume is clamped to 0..1. */
  setRingSound: (change: Partial<RingSound>) => void;
}

export const initialUi = {
  language: null,
  alertSoundMuted: false,
  ringSound: { ...DEFAULT_DESKTOP_SETTINGS.sound },
} satisfies Pick<UiSlice, 'language' | 'alertSoundMuted' | 'ringSound'>;

const clampVolume = (volume: number) =>
  Number.isFinite(volume) ? Math.min(1, Math.max(0, volume)) : 0;

export const createUiSlice: AppSliceCreator<UiSlice> = (set) => ({
  ...initialUi,
  setLanguage: (language) => set({ language }),
  setAlertSoundMuted: (alertSoundMuted) => set({ alertSoundMuted }),
  setRingSound: (change) =>
    set((state) => {
      const next = { ...state.ringSound, ...change };
      const ringSound = { enabled: next.enabled, volume: clampVolume(next.volume) };
      const same =
        ringSound.enabled === state.ringSound.enabled &&
        ringSound.volume === state.ringSound.volume;
      return same ? state : { ringSound };
    }),
});
