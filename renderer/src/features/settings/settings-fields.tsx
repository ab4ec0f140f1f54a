import { Checkbox, Flex, Form, Radio, Slider, Typography, type FormItemProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../../shared/domain';
import { LANGUAGE_INFO } from '../../i18n/languages';
import type { SettingsErrors, SettingsField } from './settings-form';

/** antd's error slot under a field: the reason, marked so tests and people can find it. */
export function errorProps(errors: SettingsErrors, field: SettingsField): FormItemProps {
  const error = errors[field];
  if (error === undefined) return {};
  return {
    validateStatus: 'error',
    help: (
      <span data-testid="settings-field-error" data-field={field}>
        {error}
      </span>
    ),
  };
}

/** The app's languages by their own names; in the desktop also "follow the app" (null). */
export function LanguageField({
  errors,
  followApp,
}: {
  errors: SettingsErrors;
  followApp: boolean;
}) {
  const { t } = useTranslation('settings');
  return (
    <Form.Item name="language" label={t('language.label')} {...errorProps(errors, 'language')}>
      <Radio.Group optionType="button" data-testid="settings-language">
        {followApp && (
          <Radio value="app" data-testid="settings-language-app">
            {t('language.app')}
          </Radio>
        )}
        {LANGUAGES.map((language) => (
          <Radio key={language} value={language} data-testid={`settings-language-${language}`}>
            <span lang={language}>{LANGUAGE_INFO[language].nativeName}</span>
          </Radio>
        ))}
      </Radio.Group>
    </Form.Item>
  );
}

/** The ring: on or off, and how loud (0–100 on the slider, 0..1 in the settings). */
export function SoundFields({ errors }: { errors: SettingsErrors }) {
  const { t, i18n } = useTranslation('settings');
  const enabled = Form.useWatch<boolean | undefined>(['sound', 'enabled']);
  const volume = Form.useWatch<number | undefined>(['sound', 'volume']) ?? 0;
  // In the language's own digits and sign (۸۰٪ in Persian).
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' });
  const spoken = (value: number) => percent.format(value / 100);
  return (
    <>
      <Form.Item
        name={['sound', 'enabled']}
        valuePropName="checked"
        style={{ marginBottom: 4 }}
        {...errorProps(errors, 'sound.enabled')}
      >
        <Checkbox data-testid="settings-sound-enabled">{t('sound.label')}</Checkbox>
      </Form.Item>
      <Form.Item label={t('sound.volume')} {...errorProps(errors, 'sound.volume')}>
        <Flex align="center" gap="middle">
          <Form.Item name={['sound', 'volume']} noStyle>
            <Slider
              min={0}
              max={100}
              step={5}
              disabled={enabled === false}
              ariaLabelForHandle={t('sound.volume')}
              ariaValueTextFormatterForHandle={spoken}
              tooltip={{ open: false }}
              style={{ flex: 1 }}
            />
          </Form.Item>
          <Typography.Text
            type={enabled === false ? 'secondary' : undefined}
            style={{ minWidth: 48, textAlign: 'end' }}
          >
            {spoken(volume)}
          </Typography.Text>
        </Flex>
      </Form.Item>
    </>
  );
}

/** A checkbox setting on one line. */
export function CheckField({
  name,
  field,
  errors,
  testId,
  children,
}: {
  name: string | string[];
  field: SettingsField;
  errors: SettingsErrors;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Form.Item
      name={name}
      valuePropName="checked"
      style={{ marginBottom: 8 }}
      {...errorProps(errors, field)}
    >
      <Checkbox data-testid={testId}>{children}</Checkbox>
    </Form.Item>
  );
}
