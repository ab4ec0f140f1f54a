import { Typography, theme } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatAttachment, ChatMessage } from '../../../shared/schemas/chat';

/** Only http(s) links become anchors; anything else is shown as text. */
export function safeHttpUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function AttachmentLink({ attachment }: { attachment: ChatAttachment }) {
  const href = safeHttpUrl(attachment.url);
  if (href === null) return <span>{attachment.name}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" data-testid="chat-attachment">
      {attachment.name}
    </a>
  );
}

function MessageItem({
  message,
  timeFormat,
}: {
  message: ChatMessage;
  timeFormat: Intl.DateTimeFormat;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { sender } = message;
  const sentAt = new Date(message.sentAt);
  const time = (
    <time
      dateTime={message.sentAt}
      style={{ fontSize: token.fontSizeSM, color: token.colorTextTertiary }}
    >
      {timeFormat.format(sentAt)}
    </time>
  );

  if (sender === 'system') {
    return (
      <li
        data-testid="chat-message"
        data-sender="system"
        style={{ alignSelf: 'center', textAlign: 'center', maxWidth: '90%' }}
      >
        <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
          {message.text}
        </Typography.Text>
      </li>
    );
  }

  const mine = sender === 'customer';
  const author = mine ? t('transcript.you') : (message.authorName ?? t('transcript.agent'));
  return (
    <li
      data-testid="chat-message"
      data-sender={sender}
      // In a column, flex-end is the inline end: right in ltr, left in rtl.
      style={{ alignSelf: mine ? 'flex-end' : 'flex-start', maxWidth: '80%' }}
    >
      <div
        style={{
          display: 'flex',
          gap: 8,
          alignItems: 'baseline',
          justifyContent: mine ? 'flex-end' : 'flex-start',
        }}
      >
        <Typography.Text
          strong={!mine}
          type={mine ? 'secondary' : undefined}
          data-testid="chat-author"
          style={{ fontSize: token.fontSizeSM }}
        >
          {author}
        </Typography.Text>
        {time}
      </div>
      <div
        style={{
          background: mine ? token.colorPrimaryBg : token.colorFillQuaternary,
          border: `1px solid ${mine ? token.colorPrimaryBorder : token.colorBorderSecondary}`,
          borderRadius: token.borderRadiusLG,
          padding: '6px 12px',
          whiteSpace: 'pre-wrap',
          overflowWrap: 'anywhere',
        }}
      >
        {message.text !== '' && <div data-testid="chat-message-text">{message.text}</div>}
        {message.attachments.length > 0 && (
          <ul
            aria-label={t('transcript.attachments')}
            style={{ margin: 0, paddingInlineStart: 18 }}
          >
            {message.attachments.map((attachment, index) => (
              <li key={`${attachment.url}#${index}`}>
                <AttachmentLink attachment={attachment} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </li>
  );
}

/** The conversation, oldest first, kept scrolled to the newest message. */
export function ChatTranscript({ messages }: { messages: readonly ChatMessage[] }) {
  const { t, i18n } = useTranslation();
  const list = useRef<HTMLOListElement>(null);
  const language = i18n.language;
  const timeFormat = useMemo(
    () => new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit' }),
    [language],
  );

  useEffect(() => {
    const element = list.current;
    if (element !== null) element.scrollTop = element.scrollHeight;
  }, [messages.length]);

  return (
    <ol
      ref={list}
      data-testid="chat-transcript"
      role="log"
      aria-live="polite"
      aria-label={t('transcript.label')}
      style={{
        listStyle: 'none',
        margin: 0,
        padding: 16,
        flex: 1,
        minHeight: 0,
        overflowY: 'auto',
        display: 'flex',
        flexDirection: 'column',
        gap: 12,
      }}
    >
      {messages.length === 0 && (
        <li style={{ alignSelf: 'center' }}>
          <Typography.Text type="secondary">{t('transcript.empty')}</Typography.Text>
        </li>
      )}
      {messages.map((message) => (
        <MessageItem key={message.id} message={message} timeFormat={timeFormat} />
      ))}
    </ol>
  );
}
