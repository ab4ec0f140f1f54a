import { App as AntApp, ConfigProvider } from 'antd';
import dayjs from 'dayjs';
import type { i18n } from 'i18next';
import { useEffect, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Language } from '../../../shared/domain';
import { LANGUAGE_INFO } from './languages';
import { useActiveLanguage } from './use-active-language';
import { useMotionTheme } from '../ui/reduced-motion';

/** Keeps i18next, dayjs and `<html lang dir>` in step with the language in force. */
function useLanguageSync(i18n: i18n, language: Language): void {
  useEffect(() => {
    const { dir, dayjsLocale } = LANGUAGE_INFO[language];
    if (i18n.language !== language) void i18n.changeLanguage(language);
    dayjs.locale(dayjsLocale);
    document.documentElement.lang = language;
    document.documentElement.dir = dir;
  }, [i18n, language]);
}

/** i18next for our strings, antd's locale and direction for its components. */
export function LocaleProvider({ i18n, children }: { i18n: i18n; children: ReactNode }) {
  const language = useActiveLanguage();
  useLanguageSync(i18n, language);
  const { antdLocale, dir } = LANGUAGE_INFO[language];
  const theme = useMotionTheme();
  return (
    <I18nextProvider i18n={i18n}>
      <ConfigProvider locale={antdLocale} direction={dir} theme={theme}>
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </I18nextProvider>
  );
}
