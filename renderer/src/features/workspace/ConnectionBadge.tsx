import { Badge } from 'antd';
import { useTranslation } from 'react-i18next';
import { useConnectionStatus, type ConnectionStatus } from '../../state';

const BADGE_STATUS = {
  offline: 'default',
  connecting: 'processing',
  ready: 'success',
} as const satisfies Record<ConnectionStatus, string>;

export function ConnectionBadge() {
  const { t } = useTranslation();
  const connection = useConnectionStatus();
  return (
    <Badge
      data-testid="connection-badge"
      data-status={connection}
      status={BADGE_STATUS[connection]}
      text={t(`connection.${connection}`)}
    />
  );
}
