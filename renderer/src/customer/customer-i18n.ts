import i18next, { type i18n } from 'i18next';
import { LANGUAGES, type Language } from '../../../shared/domain';
import { FALLBACK_LANGUAGE, detectLanguage } from '../i18n/languages';
import en from './locales/en';
import fa from './locales/fa';
import zhCN from './locales/zh-CN';

/** The customer page's one namespace; its i18next instance is its own, not the agent app's. */
export const CUSTOMER_NS = 'customer';

const resources = {
  'zh-CN': { [CUSTOMER_NS]: zhCN },
  en: { [CUSTOMER_NS]: en },
  fa: { [CUSTOMER_NS]: fa },
} satisfies Record<Language, Record<typeof CUSTOMER_NS, object>>;

/** A ready instance with every language loaded synchronously (no flash of keys). */
export function createCustomerI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: FALLBACK_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    ns: [CUSTOMER_NS],
    defaultNS: CUSTOMER_NS,
    resources,
    initAsync: false,
    // React escapes text itself.
    interpolation: { escapeValue: false },
  });
  return instance;
}

function isLanguage(value: string | null | undefined): value is Language {
  return LANGUAGES.some((language) => language === value);
}

/**
 * The page's first language: `?lang=` (exact, or by primary tag: `?lang=zh` is Chinese), else the
 * language of a chat being resumed, else the browser's.
 */
export function initialCustomerLanguage(
  search: string,
  resumed: Language | null,
  browser: readonly string[],
): Language {
  const requested = new URLSearchParams(search).get('lang');
  if (isLanguage(requested)) return requested;
  if (requested !== null && requested.trim() !== '') {
    const primary = requested.toLowerCase().split('-')[0];
    const match = LANGUAGES.find((language) => language.toLowerCase().split('-')[0] === primary);
    if (match) return match;
  }
  return resumed ?? detectLanguage(browser);
}
