import type { Language } from '../../../shared/domain';
import type { AppSliceCreator } from './types';

export interface UiSlice {
  /** The agent's chosen language; null until they choose (the browser's language applies). */
  language: Language | null;
  /** The console's alert beep is off (a lead's choice, kept on this machine). */
  alertSoundMuted: boolean;
  setLanguage: (language: Language) => void;
  setAlertSoundMuted: (muted: boolean) => void;
}

export const initialUi = { language: null, alertSoundMuted: false } satisfies Pick<
  UiSlice,
  'language' | 'alertSoundMuted'
>;

export const createUiSlice: AppSliceCreator<UiSlice> = (set) => ({
  ...initialUi,
  setLanguage: (language) => set({ language }),
  setAlertSoundMuted: (alertSoundMuted) => set({ alertSoundMuted }),
});
