import { ClockCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOutboxActions } from '../../outbox/outbox-context';
import { appStore, useConnectionStatus } from '../../state';
import type { PendingChatMessage } from './use-pending-messages';

/**
 * Under a message not yet acknowledged: a clock while it waits (and why), or what the gateway
 * said when it refused it, with send again, edit (back into the composer) and discard.
 */
export function PendingMessageStatus({ pending }: { pending: PendingChatMessage }) {
  const { t } = useTranslation('chat');
  const connection = useConnectionStatus();
  const { retry, discard } = useOutboxActions();
  if (pending.status === 'pending') {
    return (
      <Typography.Text type="secondary" data-testid="chat-message-pending" style={{ fontSize: 12 }}>
        <ClockCircleOutlined />{' '}
        {connection === 'ready' ? t('delivery.sending') : t('delivery.waiting')}
      </Typography.Text>
    );
  }
  const edit = async () => {
    const { text, attachments = [] } = pending.item.payload;
    await discard(pending.key);
    const { insertIntoChatDraft, addChatDraftAttachment } = appStore.getState();
    if (text !== '') insertIntoChatDraft(pending.item.contactId, text);
    for (const attachment of attachments)
      addChatDraftAttachment(pending.item.contactId, attachment);
  };
  return (
    <Flex vertical gap={4} data-testid="chat-message-failed">
      <Typography.Text type="danger" style={{ fontSize: 12 }}>
        <ExclamationCircleOutlined />{' '}
        {t('delivery.failed', { message: pending.error?.message ?? '' })}
      </Typography.Text>
      <Flex gap={4} wrap>
        <Button
          size="small"
          data-testid="chat-message-retry"
          onClick={() => void retry(pending.key)}
        >
          {t('delivery.retry')}
        </Button>
        <Button size="small" data-testid="chat-message-edit" onClick={() => void edit()}>
          {t('delivery.edit')}
        </Button>
        <Button
          size="small"
          danger
          data-testid="chat-message-discard"
          onClick={() => void discard(pending.key)}
        >
          {t('delivery.discard')}
        </Button>
      </Flex>
    </Flex>
  );
}
