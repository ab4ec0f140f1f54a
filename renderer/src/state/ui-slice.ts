import type { Language } from '../../../shared/domain';
import type { AppSliceCreator } from './types';

export interface UiSlice {
  /** The agent's chosen language; null until they choose (the browser's language applies). */
  language: Language | null;
  setLanguage: (language: Language) => void;
}

export const initialUi = { language: null } satisfies Pick<UiSlice, 'language'>;

export const createUiSlice: AppSliceCreator<UiSlice> = (set) => ({
  ...initialUi,
  setLanguage: (language) => set({ language }),
});
