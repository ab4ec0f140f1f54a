import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/domain';
import { useSetLanguage } from '../state';
import { LANGUAGE_INFO } from './languages';
import { useActiveLanguage } from './use-active-language';

const OPTIONS = LANGUAGES.map((language) => ({
  value: language,
  label: (
    <span lang={language} data-testid={`language-option-${language}`}>
      {LANGUAGE_INFO[language].nativeName}
    </span>
  ),
}));

/** Switches the UI language at once; the choice is remembered on this machine. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useActiveLanguage();
  const setLanguage = useSetLanguage();
  return (
    <Segmented<Language>
      data-testid="language-switch"
      aria-label={t('header.language')}
      size="small"
      options={OPTIONS}
      value={language}
      onChange={setLanguage}
    />
  );
}
