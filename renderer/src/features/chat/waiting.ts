import type { ChatMessage } from '../../../../shared/schemas/chat';

/**
 * Since when the customer has been waiting for a reply: the oldest of their messages after the
 * agent last wrote (system notices do not count as a reply). Null when nothing is unanswered.
 */
export function customerWaitingSince(messages: readonly ChatMessage[]): number | null {
  let since: number | null = null;
  for (const message of messages.toReversed()) {
    if (message.sender === 'agent') break;
    if (message.sender === 'customer') since = Date.parse(message.sentAt);
  }
  return since;
}

/** The contact whose customer has waited longest (earliest `since`); null when nobody waits. */
export function longestWaiting(
  waits: readonly { contactId: string; since: number | null }[],
): string | null {
  let longest: { contactId: string; since: number } | null = null;
  for (const { contactId, since } of waits) {
    if (since === null) continue;
    if (longest === null || since < longest.since) longest = { contactId, since };
  }
  return longest?.contactId ?? null;
}
