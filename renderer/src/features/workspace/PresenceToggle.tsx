import { Switch, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { COMMAND_IDS } from '../../../../shared/commands';
import type { AgentState } from '../../../../shared/domain';
import { useShortcutHint } from '../../commands/shortcut-hint';
import { usePresenceToggle } from './use-presence-toggle';

const STATE_COLOR: Record<AgentState, string> = {
  available: 'green',
  busy: 'orange',
  away: 'default',
  offline: 'default',
};

export function PresenceToggle() {
  const { t } = useTranslation();
  const { state, takingContacts, disabled, pending, setTakingContacts } = usePresenceToggle();
  const hint = useShortcutHint(COMMAND_IDS.presenceToggle, t('header.presence'));
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
      <Tooltip title={hint.title}>
        <Switch
          data-testid="presence-toggle"
          aria-label={t('header.presence')}
          aria-keyshortcuts={hint.ariaKeyShortcuts}
          checked={takingContacts}
          disabled={disabled}
          loading={pending}
          onChange={setTakingContacts}
        />
      </Tooltip>
      <Tag data-testid="presence-state" data-state={state} color={STATE_COLOR[state]}>
        {t(`presence.${state}`)}
      </Tag>
    </span>
  );
}
