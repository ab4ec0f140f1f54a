import { Switch, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AgentState } from '../../../../shared/domain';
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
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
      <Tooltip title={t('header.presence')}>
        <Switch
          data-testid="presence-toggle"
          aria-label={t('header.presence')}
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
