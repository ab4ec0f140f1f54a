import { Alert, Button, Typography, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredChatSession } from './chat-session';
import { ChatComposer } from './ChatComposer';
import { ChatStatusLine, ConnectionBanner } from './ChatStatusLine';
import { ChatTranscript } from './ChatTranscript';
import type { CustomerSocketFactory } from './customer-socket';
import { useCustomerChat } from './useCustomerChat';
import { useTypingNotifier } from './useTypingNotifier';

interface ChatRoomProps {
  session: StoredChatSession;
  socketFactory: CustomerSocketFactory;
  /** Forget this chat and show the start form again. */
  onNewChat: () => void;
}

/** One open chat: status, transcript, the agent's typing, the composer and "End chat". */
export function ChatRoom({ session, socketFactory, onNewChat }: ChatRoomProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const chat = useCustomerChat(session.token, socketFactory);
  const typing = useTypingNotifier(chat.setTyping);
  const [leaveError, setLeaveError] = useState<string | null>(null);
  const [leaving, setLeaving] = useState(false);

  const ended = chat.status?.state === 'ended';
  const gone = ended || chat.connection === 'refused';

  const leave = async () => {
    setLeaving(true);
    setLeaveError(null);
    typing.stopped();
    try {
      await chat.leave();
    } catch (error) {
      setLeaveError(
        t('end.failed', { message: error instanceof Error ? error.message : String(error) }),
      );
    } finally {
      setLeaving(false);
    }
  };

  return (
    <section style={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}>
      <header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 12,
          padding: '12px 16px',
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
        }}
      >
        <div style={{ flex: 1, minWidth: 0 }}>
          <ChatStatusLine status={chat.status} />
        </div>
        {gone ? (
          <Button type="primary" data-testid="chat-new" onClick={onNewChat}>
            {t('end.newChat')}
          </Button>
        ) : (
          <Button
            danger
            data-testid="chat-end"
            loading={leaving}
            disabled={chat.status === null}
            onClick={() => void leave()}
          >
            {t('end.button')}
          </Button>
        )}
      </header>
      <ConnectionBanner connection={chat.connection} ended={ended} onReconnect={chat.reconnect} />
      {chat.resumeError !== null && chat.connection === 'online' && (
        <Alert type="error" showIcon title={chat.resumeError} />
      )}
      {leaveError !== null && <Alert type="error" showIcon role="alert" title={leaveError} />}
      <ChatTranscript messages={chat.messages} />
      <div style={{ minHeight: 22, paddingInline: 16 }}>
        {chat.agentTyping && (
          <Typography.Text type="secondary" italic data-testid="chat-typing" role="status">
            {t('typing')}
          </Typography.Text>
        )}
      </div>
      <div style={{ borderTop: `1px solid ${token.colorBorderSecondary}` }}>
        <ChatComposer
          disabled={gone}
          onSend={chat.send}
          onTyped={typing.typed}
          onStoppedTyping={typing.stopped}
        />
      </div>
    </section>
  );
}
