import { ClockCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { Button, Flex, Popover, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOutboxActions, useOutboxItems } from './outbox-context';
import { OUTBOX_KINDS, type OutboxItem } from './outbox-item';

const PREVIEW_CHARS = 80;

function preview(item: OutboxItem): string {
  const text = item.event === 'chat.send' ? item.payload.text : (item.payload.note ?? '');
  return text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}…` : text;
}

function OutboxEntry({ item }: { item: OutboxItem }) {
  const { t } = useTranslation('outbox');
  const { retry, discard } = useOutboxActions();
  const failed = item.status === 'failed';
  const status = failed
    ? t('status.failed', { message: item.error?.message ?? '' })
    : item.attempts > 1
      ? t('status.retrying', { count: item.attempts })
      : t('status.pending');
  return (
    <li data-testid="outbox-item" data-status={item.status} data-event={item.event}>
      <Flex vertical style={{ minWidth: 0 }}>
        <Typography.Text strong>
          {t(`kind.${OUTBOX_KINDS[item.event]}`)} ·{' '}
          <bdi>{t('contact', { id: item.contactId })}</bdi>
        </Typography.Text>
        {preview(item) !== '' && (
          <Typography.Text dir="auto" ellipsis>
            {preview(item)}
          </Typography.Text>
        )}
        <Typography.Text type={failed ? 'danger' : 'secondary'} data-testid="outbox-item-status">
          {status}
        </Typography.Text>
        {failed && (
          <Flex gap={4} style={{ marginTop: 4 }}>
            <Button size="small" data-testid="outbox-retry" onClick={() => void retry(item.key)}>
              {t('retry')}
            </Button>
            <Button
              size="small"
              danger
              data-testid="outbox-discard"
              onClick={() => void discard(item.key)}
            >
              {t('discard')}
            </Button>
          </Flex>
        )}
      </Flex>
    </li>
  );
}

/**
 * Beside the connection badge: how much the agent wrote that is saved on this desktop but not yet
 * acknowledged, and what the gateway refused (with its reason, send again or discard). Nothing
 * when the outbox is empty.
 */
export function OutboxIndicator() {
  const { t } = useTranslation('outbox');
  const items = useOutboxItems();
  if (items.length === 0) return null;
  const failed = items.filter((item) => item.status === 'failed').length;
  const pending = items.length - failed;
  const parts = [
    pending > 0 ? t('indicator.pending', { count: pending }) : null,
    failed > 0 ? t('indicator.failed', { count: failed }) : null,
  ].filter((part) => part !== null);
  return (
    <Popover
      trigger="click"
      title={t('title')}
      content={
        <Flex vertical gap={8} style={{ maxWidth: 420 }} data-testid="outbox-list">
          <Typography.Text type="secondary">{t('hint')}</Typography.Text>
          <ul
            style={{
              listStyle: 'none',
              margin: 0,
              padding: 0,
              display: 'flex',
              flexDirection: 'column',
              gap: 8,
            }}
          >
            {items.map((item) => (
              <OutboxEntry key={item.key} item={item} />
            ))}
          </ul>
        </Flex>
      }
    >
      <Button
        size="small"
        type="text"
        danger={failed > 0}
        data-testid="outbox-indicator"
        data-pending={pending}
        data-failed={failed}
        aria-label={t('indicator.label')}
        icon={failed > 0 ? <ExclamationCircleOutlined /> : <ClockCircleOutlined />}
      >
        {parts.join(' · ')}
      </Button>
    </Popover>
  );
}
