import { CustomerServiceOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { COMMAND_IDS } from '../../../../shared/commands';
import { useShortcutHint } from '../../commands/shortcut-hint';
import { useSetWorkspaceView, useWorkspaceView } from '../../state';

/** Between the contacts the agent holds and the pre-emption worklist. */
export function WorklistToggle() {
  const { t } = useTranslation('worklist');
  const view = useWorkspaceView();
  const setView = useSetWorkspaceView();
  const openHint = useShortcutHint(COMMAND_IDS.worklistOpen);
  if (view === 'worklist') {
    return (
      <Button
        data-testid="workspace-contacts"
        icon={<CustomerServiceOutlined />}
        onClick={() => setView('contacts')}
      >
        {t('back')}
      </Button>
    );
  }
  return (
    <Tooltip title={openHint.title}>
      <Button
        data-testid="worklist-open"
        icon={<UnorderedListOutlined />}
        aria-keyshortcuts={openHint.ariaKeyShortcuts}
        onClick={() => setView('worklist')}
      >
        {t('open')}
      </Button>
    </Tooltip>
  );
}
