import { queryOptions } from '@tanstack/react-query';
import type { Language } from '../../../../shared/domain';
import {
  cannedRepliesSchema,
  chatTranscriptSchema,
  type ChatTranscript,
} from '../../../../shared/schemas/chat';
// `.js` because the lint's Node-builtin pattern `http` also matches an extensionless `../http`.
import { apiFetch } from '../http.js';
import { mergeChatMessages } from './chat-cache';
import { chatKeys } from './keys';

const transcriptPath = (contactId: string) =>
  `/api/v1/contacts/${encodeURIComponent(contactId)}/messages`;

/**
 * A chat's whole transcript, oldest first (including what was said before a transfer). The
 * socket appends every new message, so a refetch is only a safety net; what it returns is
 * merged with what arrived meanwhile, never swapped for it.
 */
export function transcriptQueryOptions(contactId: string) {
  return queryOptions({
    queryKey: chatKeys.transcript(contactId),
    queryFn: async ({ client, queryKey, signal }): Promise<ChatTranscript> => {
      const fetched = await apiFetch(transcriptPath(contactId), {
        schema: chatTranscriptSchema,
        signal,
      });
      const meanwhile = client.getQueryData<ChatTranscript>(queryKey)?.items ?? [];
      return { items: [...mergeChatMessages(fetched.items, meanwhile)] };
    },
    staleTime: 60_000,
  });
}

/** The canned replies in one language; they change a few times a year. */
export function cannedRepliesQueryOptions(language: Language) {
  return queryOptions({
    queryKey: chatKeys.cannedReplies(language),
    queryFn: ({ signal }) =>
      apiFetch(`/api/v1/canned-replies?language=${encodeURIComponent(language)}`, {
        schema: cannedRepliesSchema,
        signal,
      }),
    staleTime: 60 * 60_000,
    gcTime: 2 * 60 * 60_000,
  });
}
