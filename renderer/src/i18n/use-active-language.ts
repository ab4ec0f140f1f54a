import { useMemo } from 'react';
import type { Language } from '../../../shared/domain';
import { useStoredLanguage } from '../state';
import { detectLanguage, navigatorLanguages } from './languages';

/** The language in force: the agent's choice, else the browser's. */
export function useActiveLanguage(): Language {
  const stored = useStoredLanguage();
  const detected = useMemo(() => detectLanguage(navigatorLanguages()), []);
  return stored ?? detected;
}

export function initialLanguage(stored: Language | null): Language {
  return stored ?? detectLanguage(navigatorLanguages());
}
