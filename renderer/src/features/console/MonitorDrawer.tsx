import { Alert, Button, Drawer, Flex, Input, Skeleton, theme, Typography } from 'antd';
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHAT_TEXT_MAX } from '../../../../shared/schemas/chat';
import type { RiskBoardEntry } from '../../../../shared/schemas/console';
import { useWhispers } from '../../api/chat/whispers';
import { ChatMessageItem } from '../chat/ChatMessageItem';
import { useMonitoredTranscript, useSendWhisper, type useMonitorSession } from './use-monitor';

type MonitorSession = ReturnType<typeof useMonitorSession>;

/** The conversation so far and as it goes on, scrolled to the newest message. */
function MonitorTranscript({ contactId }: { contactId: string }) {
  const { t } = useTranslation('console');
  const messages = useMonitoredTranscript(contactId);
  const scrollRef = useRef<HTMLDivElement>(null);
  const lastId = messages.at(-1)?.id;
  // Sync with the DOM: keep the newest message in view.
  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (element !== null) element.scrollTop = element.scrollHeight;
  }, [lastId]);
  return (
    <div
      ref={scrollRef}
      data-testid="monitor-transcript"
      style={{ flex: 1, minHeight: 120, overflowY: 'auto' }}
    >
      <ol
        role="log"
        aria-label={t('monitor.transcript')}
        style={{
          listStyle: 'none',
          margin: 0,
          padding: 0,
          display: 'flex',
          flexDirection: 'column',
          gap: 8,
        }}
      >
        {messages.map((message) => (
          <ChatMessageItem key={message.id} message={message} />
        ))}
      </ol>
    </div>
  );
}

/** What leads whispered to the agent about this chat (never shown to the customer). */
function WhisperList({ contactId }: { contactId: string }) {
  const { t } = useTranslation('console');
  const { token } = theme.useToken();
  const whispers = useWhispers(contactId);
  return (
    <section aria-label={t('monitor.whispers')} data-testid="monitor-whispers">
      <Typography.Text strong>{t('monitor.whispers')}</Typography.Text>
      {whispers.length === 0 ? (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('monitor.noWhispers')}
        </Typography.Paragraph>
      ) : (
        <ol style={{ listStyle: 'none', margin: 0, padding: 0, maxHeight: 120, overflowY: 'auto' }}>
          {whispers.map((whisper) => (
            <li
              key={whisper.id}
              data-testid="whisper-item"
              style={{
                paddingBlock: 2,
                borderInlineStart: `3px solid ${token.colorWarning}`,
                paddingInlineStart: 6,
              }}
            >
              <Typography.Text type="secondary">
                <bdi>{whisper.fromName}</bdi>:{' '}
              </Typography.Text>
              <span dir="auto" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {whisper.text}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function WhisperComposer({ contactId }: { contactId: string }) {
  const { t } = useTranslation('console');
  const send = useSendWhisper(contactId);
  const [text, setText] = useState('');
  const trimmed = text.trim();
  const submit = () => {
    if (trimmed === '' || send.isPending) return;
    send.mutate(trimmed, { onSuccess: () => setText('') });
  };
  return (
    <form
      aria-label={t('monitor.whisperLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Flex vertical gap={6}>
        <Input.TextArea
          data-testid="whisper-input"
          aria-label={t('monitor.whisperLabel')}
          placeholder={t('monitor.whisperPlaceholder')}
          maxLength={CHAT_TEXT_MAX}
          autoSize={{ minRows: 2, maxRows: 4 }}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              submit();
            }
          }}
        />
        {send.isError && (
          <Alert
            type="error"
            showIcon
            data-testid="whisper-error"
            title={t('monitor.sendFailed', { message: send.error.message })}
          />
        )}
        <Flex justify="flex-end">
          <Button
            type="primary"
            htmlType="submit"
            data-testid="whisper-send"
            disabled={trimmed === '' || send.isPending}
            loading={send.isPending}
          >
            {t('monitor.send')}
          </Button>
        </Flex>
      </Flex>
    </form>
  );
}

function MonitorBody({ entry, session }: { entry: RiskBoardEntry; session: MonitorSession }) {
  const { t } = useTranslation('console');
  const { start } = session;
  return (
    <Flex
      vertical
      gap={12}
      data-testid="monitor-drawer"
      data-contact-id={entry.contactId}
      style={{ height: '100%' }}
    >
      <Alert type="info" showIcon title={t('monitor.silent')} />
      {start.isPending && (
        <div data-testid="monitor-loading" aria-busy="true" aria-label={t('monitor.loading')}>
          <Skeleton active paragraph={{ rows: 3 }} />
        </div>
      )}
      {start.isError ? (
        <Alert
          type="error"
          showIcon
          data-testid="monitor-error"
          title={t('monitor.failed', { message: start.error.message })}
        />
      ) : (
        <MonitorTranscript contactId={entry.contactId} />
      )}
      <WhisperList contactId={entry.contactId} />
      {start.isSuccess && <WhisperComposer contactId={entry.contactId} />}
    </Flex>
  );
}

/** The monitored chat in a drawer; closing it stops the monitoring. */
export function MonitorDrawer({ session }: { session: MonitorSession }) {
  const { t } = useTranslation('console');
  const { entry } = session;
  const customer = entry?.customerName ?? t('risk.unknownCustomer');
  return (
    <Drawer
      open={entry !== null}
      onClose={session.close}
      title={t('monitor.title', { customer })}
      size={440}
      destroyOnHidden
      closable={{ 'aria-label': t('monitor.close') }}
      extra={
        <Button size="small" data-testid="monitor-close" onClick={session.close}>
          {t('monitor.close')}
        </Button>
      }
    >
      {entry !== null && <MonitorBody key={entry.contactId} entry={entry} session={session} />}
    </Drawer>
  );
}
