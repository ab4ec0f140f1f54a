import type { Language } from '../../../../shared/domain';

/**
 * Query keys of the chat domain. Transcripts are fetched once per contact and then fed by the
 * socket (`chat.message`, see `chat-cache.ts`); canned replies change rarely, per language.
 */
export const chatKeys = {
  all: ['chat'] as const,
  transcripts: () => [...chatKeys.all, 'transcript'] as const,
  transcript: (contactId: string) => [...chatKeys.transcripts(), contactId] as const,
  cannedReplies: (language: Language) => [...chatKeys.all, 'canned-replies', language] as const,
};
