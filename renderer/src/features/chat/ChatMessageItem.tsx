import { PaperClipOutlined } from '@ant-design/icons';
import { theme, Typography } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatMessage } from '../../../../shared/schemas/chat';
import { MessageTime } from './MessageTime';

/** Customer at the start, agent at the end (mirrored in right-to-left), notices centred. */
const ALIGN = { customer: 'flex-start', agent: 'flex-end', system: 'center' } as const;

/**
 * One message as a bubble: who, when, the text (as text, never HTML) and its links. A message the
 * gateway has not acknowledged yet carries its `delivery` state and says so under the text.
 */
export const ChatMessageItem = memo(function ChatMessageItem({
  message,
  delivery,
}: {
  message: ChatMessage;
  delivery?: { status: 'pending' | 'failed'; notice: ReactNode };
}) {
  const { t } = useTranslation('chat');
  const { token } = theme.useToken();
  const { sender } = message;
  const author =
    sender === 'agent' ? (message.authorName ?? t('sender.agent')) : t(`sender.${sender}`);
  const bubble: CSSProperties = {
    maxWidth: sender === 'system' ? '90%' : '75%',
    padding: sender === 'system' ? '2px 8px' : '6px 10px',
    borderRadius: token.borderRadiusLG,
    background:
      sender === 'agent'
        ? token.colorPrimaryBg
        : sender === 'customer'
          ? token.colorFillQuaternary
          : 'transparent',
    border:
      sender === 'customer'
        ? `1px solid ${token.colorBorderSecondary}`
        : delivery?.status === 'failed'
          ? `1px dashed ${token.colorError}`
          : delivery === undefined
            ? undefined
            : `1px dashed ${token.colorBorder}`,
  };
  return (
    <li
      data-testid="chat-message"
      data-sender={sender}
      data-message-id={message.id}
      data-delivery={delivery?.status ?? 'delivered'}
      style={{ display: 'flex', flexDirection: 'column', alignItems: ALIGN[sender] }}
    >
      <div style={bubble}>
        <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
          <bdi>{author}</bdi> · <MessageTime sentAt={message.sentAt} />
        </Typography.Text>
        {message.text !== '' && (
          <div
            dir="auto"
            data-testid="chat-message-text"
            style={{
              whiteSpace: 'pre-wrap',
              overflowWrap: 'anywhere',
              fontStyle: sender === 'system' ? 'italic' : undefined,
            }}
          >
            {message.text}
          </div>
        )}
        {message.attachments.length > 0 && (
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {message.attachments.map((attachment, index) => (
              <li key={`${index}:${attachment.url}`}>
                {/* Opened outside the app: the main process asks before following a link. */}
                <a
                  href={attachment.url}
                  target="_blank"
                  rel="noopener noreferrer"
                  data-testid="chat-attachment"
                  title={attachment.url}
                >
                  <PaperClipOutlined /> <bdi>{attachment.name}</bdi>
                </a>
              </li>
            ))}
          </ul>
        )}
        {delivery?.notice}
      </div>
    </li>
  );
});
