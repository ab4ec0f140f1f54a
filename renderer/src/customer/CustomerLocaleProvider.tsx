import { App as AntApp, ConfigProvider } from 'antd';
import type { i18n } from 'i18next';
import { useEffect, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Language } from '../../../shared/domain';
import { LANGUAGE_INFO } from '../i18n/languages';
import { useMotionTheme } from '../ui/reduced-motion';

interface CustomerLocaleProviderProps {
  i18n: i18n;
  language: Language;
  children: ReactNode;
}

/** Keeps i18next, `<html lang dir>`, the title and antd's locale and direction on `language`. */
export function CustomerLocaleProvider({ i18n, language, children }: CustomerLocaleProviderProps) {
  const { antdLocale, dir } = LANGUAGE_INFO[language];
  const theme = useMotionTheme();
  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
    document.documentElement.dir = dir;
    document.title = i18n.getFixedT(language)('title');
  }, [i18n, language, dir]);
  return (
    <I18nextProvider i18n={i18n}>
      <ConfigProvider locale={antdLocale} direction={dir} theme={theme}>
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </I18nextProvider>
  );
}
