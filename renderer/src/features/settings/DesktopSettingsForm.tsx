import { Alert, Button, Divider, Flex, Form, Input, Radio, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { POP_BEHAVIOURS, type DesktopSettings } from '../../../../shared/desktop-settings';
import type { FirebreakDesktopApi } from '../../../../shared/ipc';
import { CheckField, errorProps, LanguageField, SoundFields } from './settings-fields';
import type { SettingsFormValues } from './settings-form';
import { useDesktopSettings } from './use-desktop-settings';
import { useDesktopSettingsForm } from './use-settings-form';

interface DesktopSettingsFormProps {
  desktop: FirebreakDesktopApi;
  onClose: () => void;
}

function LoadedForm({
  desktop,
  loaded,
  onClose,
}: DesktopSettingsFormProps & { loaded: DesktopSettings }) {
  const { t } = useTranslation('settings');
  const settings = useDesktopSettingsForm(desktop, loaded, onClose);
  const { errors } = settings;
  return (
    <Form<SettingsFormValues>
      form={settings.form}
      layout="vertical"
      initialValues={settings.initialValues}
      onValuesChange={settings.onValuesChange}
      onFinish={settings.submit}
      disabled={settings.pending}
      aria-label={t('title')}
      data-testid="settings-form"
    >
      <Form.Item
        name="gatewayUrl"
        label={t('gateway.label')}
        extra={t('gateway.hint')}
        {...errorProps(errors, 'gatewayUrl')}
      >
        <Input
          data-testid="settings-gateway-url"
          aria-invalid={errors.gatewayUrl !== undefined}
          dir="ltr"
          inputMode="url"
          spellCheck={false}
          autoComplete="off"
          placeholder={t('gateway.placeholder')}
        />
      </Form.Item>
      <LanguageField errors={errors} followApp />
      <SoundFields errors={errors} />
      <Divider style={{ margin: '8px 0 16px' }} />
      <Form.Item
        name={['pop', 'behaviour']}
        label={t('pop.label')}
        {...errorProps(errors, 'pop.behaviour')}
      >
        <Radio.Group data-testid="settings-pop-behaviour">
          <Flex vertical gap={6}>
            {POP_BEHAVIOURS.map((behaviour) => (
              <Radio key={behaviour} value={behaviour} data-testid={`settings-pop-${behaviour}`}>
                {t(`pop.behaviour.${behaviour}`)}
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {t(`pop.behaviourHint.${behaviour}`)}
                </Typography.Text>
              </Radio>
            ))}
          </Flex>
        </Radio.Group>
      </Form.Item>
      <CheckField
        name={['pop', 'notification']}
        field="pop.notification"
        errors={errors}
        testId="settings-pop-notification"
      >
        {t('pop.notification')}
      </CheckField>
      <CheckField
        name={['pop', 'compactWindow']}
        field="pop.compactWindow"
        errors={errors}
        testId="settings-pop-compact-window"
      >
        {t('pop.compactWindow')}
      </CheckField>
      <Form.Item
        name={['pop', 'acceptShortcut']}
        label={t('pop.acceptShortcut')}
        style={{ marginTop: 8 }}
        {...errorProps(errors, 'pop.acceptShortcut')}
      >
        <Input
          data-testid="settings-accept-shortcut"
          aria-invalid={errors['pop.acceptShortcut'] !== undefined}
          dir="ltr"
          spellCheck={false}
          autoComplete="off"
          placeholder={t('pop.acceptShortcutPlaceholder')}
        />
      </Form.Item>
      <CheckField
        name="startAtLogin"
        field="startAtLogin"
        errors={errors}
        testId="settings-start-at-login"
      >
        {t('startAtLogin')}
      </CheckField>
      {settings.restartNeeded && (
        <Alert
          type="info"
          showIcon
          data-testid="settings-restart-needed"
          title={t('restartNeeded')}
          style={{ marginBlock: 8 }}
        />
      )}
      {errors.form !== undefined && (
        <Alert
          type="error"
          showIcon
          data-testid="settings-error"
          title={errors.form}
          style={{ marginBlock: 8 }}
        />
      )}
      <Flex gap="small" justify="flex-end" style={{ marginTop: 8 }}>
        <Button onClick={onClose} data-testid="settings-cancel">
          {settings.restartNeeded ? t('close') : t('cancel')}
        </Button>
        <Button
          type="primary"
          htmlType="submit"
          data-testid="settings-save"
          loading={settings.pending}
        >
          {t('save')}
        </Button>
      </Flex>
    </Form>
  );
}

/** Every desktop setting, read from Electron main when the dialog opens and saved back to it. */
export function DesktopSettingsForm({ desktop, onClose }: DesktopSettingsFormProps) {
  const { t } = useTranslation('settings');
  const query = useDesktopSettings(desktop);
  if (query.isPending) {
    return (
      <Flex justify="center" style={{ padding: 24 }} data-testid="settings-loading">
        <Spin aria-label={t('loading')} />
      </Flex>
    );
  }
  if (query.isError) {
    return (
      <Alert
        type="error"
        showIcon
        data-testid="settings-load-error"
        title={t('loadFailed', { message: query.error.message })}
      />
    );
  }
  return <LoadedForm desktop={desktop} loaded={query.data} onClose={onClose} />;
}
