import { Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConsultMessage } from '../../../../shared/schemas/work';
import { useFormat } from '../pop/useFormat';

/** The messages about one contact between colleagues, oldest first. */
export function ConsultThread({
  messages,
  myId,
}: {
  messages: ConsultMessage[];
  myId: string | null;
}) {
  const { t } = useTranslation('transfer');
  const format = useFormat();
  if (messages.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('consult.empty')} />;
  }
  return (
    <Flex vertical gap={8} role="log" aria-label={t('consult.title')} data-testid="consult-thread">
      {messages.map((message) => {
        const mine = message.fromAgentId === myId;
        return (
          <div
            key={`${message.fromAgentId}-${message.sentAt}-${message.text}`}
            data-testid="consult-message"
            data-mine={mine}
            style={{ alignSelf: mine ? 'flex-end' : 'flex-start', maxWidth: '85%' }}
          >
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              <bdi>{message.fromAgentName}</bdi> · {format.dateTime(message.sentAt)}
            </Typography.Text>
            <div style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              <bdi>{message.text}</bdi>
            </div>
          </div>
        );
      })}
    </Flex>
  );
}
