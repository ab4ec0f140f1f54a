import { DashboardOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { COMMAND_IDS } from '../../../../shared/commands';
import { useShortcutHint } from '../../commands/shortcut-hint';
import { useAgent, useSetWorkspaceView, useWorkspaceView } from '../../state';
import { canUseConsole } from './console-access';

/**
 * The team console on and off, for leads and admins only (nobody else sees it). An icon that
 * stays pressed while the console is on screen: the header has no room for another label.
 */
export function ConsoleToggle() {
  const { t } = useTranslation('console');
  const agent = useAgent();
  const view = useWorkspaceView();
  const setView = useSetWorkspaceView();
  const openHint = useShortcutHint(COMMAND_IDS.consoleOpen);
  if (!canUseConsole(agent?.role)) return null;
  const on = view === 'console';
  return (
    <Tooltip title={on ? t('back') : openHint.title}>
      <Button
        data-testid={on ? 'workspace-contacts' : 'console-open'}
        type={on ? 'primary' : 'default'}
        icon={<DashboardOutlined />}
        aria-label={t('title')}
        aria-pressed={on}
        aria-keyshortcuts={on ? undefined : openHint.ariaKeyShortcuts}
        onClick={() => setView(on ? 'contacts' : 'console')}
      />
    </Tooltip>
  );
}
