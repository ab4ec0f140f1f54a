import type { ChatMessage } from '../../../../shared/schemas/chat';
import type { Whisper } from '../../../../shared/schemas/console-actions';

/** One line of the agent's transcript: a message everyone in the chat sees, or a lead's whisper. */
export type TranscriptEntry =
  | { kind: 'message'; key: string; message: ChatMessage }
  | { kind: 'whisper'; key: string; whisper: Whisper };

/**
 * The conversation with the lead's whispers placed by time. Messages keep the order the
 * gateway gave them; a whisper goes before the first message sent after it (after any sent at
 * the same moment). Keys are prefixed so a whisper and a message can never share one.
 */
export function interleaveWhispers(
  messages: readonly ChatMessage[],
  whispers: readonly Whisper[],
): TranscriptEntry[] {
  const pending = [...whispers].sort((a, b) => Date.parse(a.sentAt) - Date.parse(b.sentAt));
  const entries: TranscriptEntry[] = [];
  let index = 0;
  /** Moves every whisper sent before `limit` (ms) into the entries. */
  const whispersBefore = (limit: number) => {
    for (let whisper = pending[index]; whisper !== undefined; whisper = pending[index]) {
      if (Date.parse(whisper.sentAt) >= limit) return;
      entries.push({ kind: 'whisper', key: `whisper:${whisper.id}`, whisper });
      index += 1;
    }
  };
  for (const message of messages) {
    whispersBefore(Date.parse(message.sentAt));
    entries.push({ kind: 'message', key: `message:${message.id}`, message });
  }
  whispersBefore(Infinity);
  return entries;
}
