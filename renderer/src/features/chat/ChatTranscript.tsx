import { Alert, Button, Empty, Skeleton } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { transcriptQueryOptions } from '../../api/chat/queries';
import { useWhispers } from '../../api/chat/whispers';
import { ChatMessageItem } from './ChatMessageItem';
import { PendingMessageStatus } from './PendingMessageStatus';
import { interleaveWhispers } from './transcript-entries';
import { usePendingMessages } from './use-pending-messages';
import { WhisperBubble } from './WhisperBubble';

/**
 * How many messages are on screen at once; older ones come on request. A chat rarely holds
 * more, and a bounded list needs no virtualisation while bubbles differ in height.
 */
export const TRANSCRIPT_WINDOW = 150;
/** Within this many pixels of the bottom, the list follows new messages. */
const STICK_PX = 48;

/**
 * The conversation, oldest first, scrolled to the newest as messages arrive; a lead's whispers
 * (for this agent's eyes only) sit among the messages at the time they were sent. The agent's
 * messages not yet acknowledged come last, marked pending (or failed, with what to do).
 */
export function ChatTranscript({ contactId }: { contactId: string }) {
  const { t } = useTranslation('chat');
  const query = useQuery(transcriptQueryOptions(contactId));
  const whispers = useWhispers(contactId);
  const [shown, setShown] = useState(TRANSCRIPT_WINDOW);
  const scrollRef = useRef<HTMLDivElement>(null);
  const stickToBottom = useRef(true);
  const messages = query.data?.items;
  const entries = useMemo(() => interleaveWhispers(messages ?? [], whispers), [messages, whispers]);
  const pending = usePendingMessages(contactId, messages);
  const lastId = pending.at(-1)?.key ?? entries.at(-1)?.key;

  // Sync with the DOM: keep the newest message in view unless the agent scrolled up to read.
  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (element !== null && stickToBottom.current) element.scrollTop = element.scrollHeight;
  }, [lastId]);

  if (query.isPending) {
    return (
      <div aria-busy="true" aria-label={t('loading')} style={{ flex: 1, padding: 12 }}>
        <Skeleton active paragraph={{ rows: 4 }} />
      </div>
    );
  }
  if (query.isError) {
    return (
      <div data-testid="chat-transcript-error" style={{ flex: 1, padding: 12 }}>
        <Alert
          type="error"
          showIcon
          title={t('loadFailed')}
          action={
            <Button size="small" onClick={() => void query.refetch()}>
              {t('retry')}
            </Button>
          }
        />
      </div>
    );
  }

  const hidden = Math.max(0, entries.length - shown);
  return (
    <div
      ref={scrollRef}
      data-testid="chat-transcript"
      style={{ flex: 1, minHeight: 0, overflowY: 'auto', padding: '8px 12px' }}
      onScroll={(event) => {
        const { scrollTop, scrollHeight, clientHeight } = event.currentTarget;
        stickToBottom.current = scrollHeight - scrollTop - clientHeight <= STICK_PX;
      }}
    >
      {hidden > 0 && (
        <Button
          type="link"
          block
          data-testid="chat-show-earlier"
          onClick={() => setShown((count) => count + TRANSCRIPT_WINDOW)}
        >
          {t('showEarlier', { count: Math.min(hidden, TRANSCRIPT_WINDOW) })}
        </Button>
      )}
      {entries.length === 0 && pending.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('empty')} />
      ) : (
        <ol
          role="log"
          aria-label={t('transcript')}
          style={{
            listStyle: 'none',
            margin: 0,
            padding: 0,
            display: 'flex',
            flexDirection: 'column',
            gap: 8,
          }}
        >
          {entries.slice(hidden).map((entry) =>
            entry.kind === 'message' ? (
              <ChatMessageItem key={entry.key} message={entry.message} />
            ) : (
              <li key={entry.key} data-testid="chat-whisper" data-whisper-id={entry.whisper.id}>
                <WhisperBubble whisper={entry.whisper} />
              </li>
            ),
          )}
          {pending.map((p) => (
            <ChatMessageItem
              key={`pending:${p.key}`}
              message={p.message}
              delivery={{ status: p.status, notice: <PendingMessageStatus pending={p} /> }}
            />
          ))}
        </ol>
      )}
    </div>
  );
}
