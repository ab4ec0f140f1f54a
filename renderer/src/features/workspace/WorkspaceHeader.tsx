import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Space, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { COMMAND_IDS } from '../../../../shared/commands';
import { CommandPaletteButton } from '../../commands/CommandPaletteButton';
import { useShortcutHint } from '../../commands/shortcut-hint';
import { useSignOutEverywhere } from '../../api/auth/session';
import { LanguageSwitch } from '../../i18n/LanguageSwitch';
import { OutboxIndicator } from '../../outbox/OutboxIndicator';
import { useAgent } from '../../state';
import { ConsoleToggle } from '../console/ConsoleToggle';
import { SettingsButton } from '../settings/SettingsButton';
import { ConsultInbox } from '../transfer/ConsultInbox';
import { ConnectionBadge } from './ConnectionBadge';
import { PresenceToggle } from './PresenceToggle';
import { WorklistToggle } from './WorklistToggle';

export function WorkspaceHeader() {
  const { t } = useTranslation();
  const agent = useAgent();
  const signOut = useSignOutEverywhere();
  const languageHint = useShortcutHint(COMMAND_IDS.languageCycle, t('header.language'));
  return (
    <Layout.Header
      style={{ background: 'transparent', borderBottom: '1px solid #f0f0f0', paddingInline: 16 }}
    >
      <Flex align="center" justify="space-between" gap="middle" style={{ height: '100%' }}>
        <Space size="middle">
          <Typography.Text strong>{t('app.name')}</Typography.Text>
          <Typography.Text data-testid="agent-name">
            <UserOutlined /> <bdi>{agent?.displayName}</bdi>
          </Typography.Text>
          <PresenceToggle />
          <ConnectionBadge />
          <OutboxIndicator />
        </Space>
        <Space size="middle">
          <ConsultInbox />
          <WorklistToggle />
          <ConsoleToggle />
          <Tooltip title={languageHint.title}>
            <span aria-keyshortcuts={languageHint.ariaKeyShortcuts}>
              <LanguageSwitch />
            </span>
          </Tooltip>
          <CommandPaletteButton />
          <SettingsButton />
          <Button data-testid="signout" icon={<LogoutOutlined />} onClick={signOut}>
            {t('header.signOut')}
          </Button>
        </Space>
      </Flex>
    </Layout.Header>
  );
}
