import type { Locale } from 'antd/es/locale';
import enUS from 'antd/locale/en_US';
import faIR from 'antd/locale/fa_IR';
import zhCN from 'antd/locale/zh_CN';
import 'dayjs/locale/fa';
import 'dayjs/locale/zh-cn';
import { LANGUAGES, type Language } from '../../../shared/domain';

export interface LanguageInfo {
  /** The language's own name, shown in the switcher whatever the current language. */
  nativeName: string;
  dir: 'ltr' | 'rtl';
  antdLocale: Locale;
  dayjsLocale: string;
}

export const LANGUAGE_INFO: Readonly<Record<Language, LanguageInfo>> = {
  'zh-CN': { nativeName: '中文', dir: 'ltr', antdLocale: zhCN, dayjsLocale: 'zh-cn' },
  en: { nativeName: 'English', dir: 'ltr', antdLocale: enUS, dayjsLocale: 'en' },
  fa: { nativeName: 'فارسی', dir: 'rtl', antdLocale: faIR, dayjsLocale: 'fa' },
};

export const FALLBACK_LANGUAGE: Language = 'en';

/** The first of the browser's languages the desktop speaks (`zh-TW` counts as Chinese). */
export function detectLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    const match = LANGUAGES.find((language) => language.toLowerCase().split('-')[0] === primary);
    if (match) return match;
  }
  return FALLBACK_LANGUAGE;
}

export function navigatorLanguages(): readonly string[] {
  return navigator.languages.length > 0 ? navigator.languages : [navigator.language];
}
