import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LoginRequest } from '../../../../shared/schemas/auth';
import { LanguageSwitch } from '../../i18n/LanguageSwitch';
import { getDesktopKeyStore } from '../../platform/desktop-session';
import { useSignInNotice } from '../../state';
import { useSignInForm } from './use-sign-in-form';

export function SignInPage() {
  const { t } = useTranslation();
  const { submit, pending, errorMessage } = useSignInForm();
  const notice = useSignInNotice();
  return (
    <Flex
      vertical
      align="center"
      justify="center"
      gap="large"
      style={{ minHeight: '100vh', padding: 24 }}
    >
      <LanguageSwitch />
      <Card style={{ width: '100%', maxWidth: 380 }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('app.name')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('app.tagline')}</Typography.Paragraph>
        <Form<LoginRequest>
          layout="vertical"
          requiredMark={false}
          onFinish={submit}
          disabled={pending}
          aria-label={t('signin.title')}
        >
          <Form.Item
            name="username"
            label={t('signin.username')}
            rules={[{ required: true, whitespace: true, message: t('signin.usernameRequired') }]}
          >
            <Input data-testid="signin-username" autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('signin.password')}
            rules={[{ required: true, message: t('signin.passwordRequired') }]}
          >
            <Input.Password data-testid="signin-password" autoComplete="current-password" />
          </Form.Item>
          {notice === 'session-ended' && errorMessage === null && (
            <Alert
              type="info"
              showIcon
              data-testid="signin-session-ended"
              title={t('signin.sessionEnded')}
              style={{ marginBottom: 16 }}
            />
          )}
          {errorMessage !== null && (
            <Alert
              type="error"
              showIcon
              data-testid="signin-error"
              title={t('signin.failed')}
              description={errorMessage}
              style={{ marginBottom: 16 }}
            />
          )}
          {getDesktopKeyStore() === 'none' && (
            <Alert
              type="warning"
              showIcon
              data-testid="signin-no-key-store"
              title={t('signin.noKeyStore')}
              style={{ marginBottom: 16 }}
            />
          )}
          <Button
            data-testid="signin-submit"
            type="primary"
            htmlType="submit"
            loading={pending}
            block
          >
            {t('signin.submit')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
