import { Alert, Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CustomerChatStatus } from '../../../shared/schemas/chat';
import type { CustomerConnection } from './customer-socket';

/** "Waiting for an agent…", "You are chatting with …", "The chat has ended". */
export function ChatStatusLine({ status }: { status: CustomerChatStatus | null }) {
  const { t } = useTranslation();
  if (status === null) return null;
  const text =
    status.state === 'connected'
      ? status.agentName === null
        ? t('status.connectedUnnamed')
        : t('status.connected', { agentName: status.agentName })
      : t(`status.${status.state}`);
  return (
    <Typography.Text
      data-testid="chat-status"
      data-state={status.state}
      role="status"
      type={status.state === 'ended' ? 'secondary' : undefined}
      strong={status.state === 'connected'}
    >
      {text}
    </Typography.Text>
  );
}

interface ConnectionBannerProps {
  connection: CustomerConnection;
  ended: boolean;
  onReconnect: () => void;
}

/** Says so while the page is not talking to the gateway; nothing when it is. */
export function ConnectionBanner({ connection, ended, onReconnect }: ConnectionBannerProps) {
  const { t } = useTranslation();
  if (connection === 'online' || (ended && connection === 'closed')) return null;
  if (connection === 'refused') {
    return (
      <Alert
        type="error"
        showIcon
        data-testid="chat-connection"
        data-connection={connection}
        title={t('connection.refused')}
      />
    );
  }
  if (connection === 'closed') {
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="chat-connection"
        data-connection={connection}
        title={t('connection.closed')}
        action={
          <Button size="small" onClick={onReconnect}>
            {t('connection.reconnect')}
          </Button>
        }
      />
    );
  }
  return (
    <Alert
      type="info"
      showIcon
      data-testid="chat-connection"
      data-connection={connection}
      title={t(`connection.${connection}`)}
    />
  );
}
