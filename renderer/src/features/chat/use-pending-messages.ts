import { useMemo } from 'react';
import type { ChatMessage } from '../../../../shared/schemas/chat';
import { useOutboxItems } from '../../outbox/outbox-context';
import type { OutboxError, OutboxItemOf } from '../../outbox/outbox-item';
import { useAgent } from '../../state';

/** A message the agent sent that the gateway has not acknowledged yet (or refused). */
export interface PendingChatMessage {
  key: string;
  status: 'pending' | 'failed';
  error: OutboxError | null;
  /** Shown as the agent's own bubble, with its time of writing. */
  message: ChatMessage;
  item: OutboxItemOf<'chat.send'>;
}

/**
 * The agent's unacknowledged messages in this chat, oldest first. One whose stored message is in
 * the transcript already (the `chat.message` echo came before the acknowledgement: same key) is
 * left out, so a message never shows twice.
 */
export function usePendingMessages(
  contactId: string,
  delivered: readonly ChatMessage[] | undefined,
): PendingChatMessage[] {
  const items = useOutboxItems();
  const authorName = useAgent()?.displayName ?? null;
  return useMemo(() => {
    const known = new Set((delivered ?? []).map((message) => message.idempotencyKey));
    return items
      .filter(
        (item): item is OutboxItemOf<'chat.send'> =>
          item.event === 'chat.send' && item.contactId === contactId && !known.has(item.key),
      )
      .map((item) => ({
        key: item.key,
        status: item.status,
        error: item.error,
        item,
        message: {
          id: `pending:${item.key}`,
          contactId,
          sender: 'agent',
          authorName,
          text: item.payload.text,
          attachments: item.payload.attachments ?? [],
          sentAt: item.createdAt,
        },
      }));
  }, [items, delivered, contactId, authorName]);
}
