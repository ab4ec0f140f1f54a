import type { QueryClient } from '@tanstack/react-query';
import type { ChatMessage, ChatTranscript } from '../../../../shared/schemas/chat';
import { chatKeys } from './keys';

const timeOf = (message: ChatMessage) => Date.parse(message.sentAt);

/**
 * `current` with the `incoming` messages it does not hold yet (by id), oldest first. Messages
 * sent at the same moment keep the order they arrived in. Returns `current` itself when
 * nothing is new, so a duplicate never re-renders the transcript.
 */
export function mergeChatMessages(
  current: readonly ChatMessage[],
  incoming: readonly ChatMessage[],
): readonly ChatMessage[] {
  const known = new Set(current.map((message) => message.id));
  const fresh = incoming.filter((message) => {
    if (known.has(message.id)) return false;
    known.add(message.id);
    return true;
  });
  if (fresh.length === 0) return current;
  const merged = [...current];
  for (const message of fresh) {
    // Usually the newest: walk back from the end to find its place.
    const sentAt = timeOf(message);
    let index = merged.length;
    while (index > 0) {
      const before = merged[index - 1];
      if (before === undefined || timeOf(before) <= sentAt) break;
      index -= 1;
    }
    merged.splice(index, 0, message);
  }
  return merged;
}

/**
 * Puts a message (pushed by the socket, or the acknowledgement of one the agent sent) into its
 * contact's cached transcript, once. A transcript nobody has fetched is left alone (it will be
 * fetched whole), unless its first fetch is under way: then the message is kept for the fetch
 * to merge into (see `transcriptQueryOptions`). Returns false when the message was already there.
 */
export function appendChatMessage(queryClient: QueryClient, message: ChatMessage): boolean {
  const queryKey = chatKeys.transcript(message.contactId);
  const cached = queryClient.getQueryData<ChatTranscript>(queryKey);
  if (cached === undefined) {
    const fetching = queryClient.getQueryState(queryKey)?.fetchStatus === 'fetching';
    // `updatedAt: 0`: a stand-in, stale at once, never mistaken for the whole transcript.
    if (fetching)
      queryClient.setQueryData<ChatTranscript>(queryKey, { items: [message] }, { updatedAt: 0 });
    return true;
  }
  const items = mergeChatMessages(cached.items, [message]);
  if (items === cached.items) return false;
  queryClient.setQueryData<ChatTranscript>(queryKey, { items: [...items] });
  return true;
}
