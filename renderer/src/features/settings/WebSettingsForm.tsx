import { App, Alert, Button, Flex, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { desktopSettingsSchema } from '../../../../shared/desktop-settings';
import type { Language } from '../../../../shared/domain';
import { useActiveLanguage } from '../../i18n/use-active-language';
import { useRingSoundSettings, useSetLanguage, useSetRingSound } from '../../state';
import { LanguageField, SoundFields } from './settings-fields';
import { toPercent, type SettingsErrors } from './settings-form';

interface WebSettingsValues {
  language: Language;
  sound: { enabled: boolean; volume: number };
}

/**
 * In a browser only what a browser has: the language and the ring, kept on this machine (the
 * ui slice, persisted like the language). The rest belongs to the desktop app, and it says so.
 */
export function WebSettingsForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('settings');
  const { message } = App.useApp();
  const language = useActiveLanguage();
  const ringSound = useRingSoundSettings();
  const setLanguage = useSetLanguage();
  const setRingSound = useSetRingSound();
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [initialValues] = useState<WebSettingsValues>(() => ({
    language,
    sound: { enabled: ringSound.enabled, volume: toPercent(ringSound.volume) },
  }));

  const submit = (values: WebSettingsValues) => {
    const sound = desktopSettingsSchema.shape.sound.safeParse({
      enabled: values.sound.enabled,
      volume: values.sound.volume / 100,
    });
    if (!sound.success) {
      const issue = sound.error.issues[0];
      const field = issue?.path[0] === 'enabled' ? 'sound.enabled' : 'sound.volume';
      setErrors({ [field]: t('invalid', { problem: issue?.message ?? '' }) });
      return;
    }
    setLanguage(values.language);
    setRingSound(sound.data);
    void message.success(t('saved'));
    onClose();
  };

  return (
    <Form<WebSettingsValues>
      layout="vertical"
      initialValues={initialValues}
      onValuesChange={() => setErrors({})}
      onFinish={submit}
      aria-label={t('title')}
      data-testid="settings-form"
    >
      <LanguageField errors={errors} followApp={false} />
      <SoundFields errors={errors} />
      <Alert type="info" data-testid="settings-web-note" title={t('webNote')} />
      <Flex gap="small" justify="flex-end" style={{ marginTop: 16 }}>
        <Button onClick={onClose} data-testid="settings-cancel">
          {t('cancel')}
        </Button>
        <Button type="primary" htmlType="submit" data-testid="settings-save">
          {t('save')}
        </Button>
      </Flex>
    </Form>
  );
}
