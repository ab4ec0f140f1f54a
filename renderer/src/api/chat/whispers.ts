import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Whisper } from '../../../../shared/schemas/console-actions';
import { chatKeys } from './keys';

/**
 * A lead's whispers about one contact. They only ever arrive over the socket (`chat.whisper`),
 * to the agent handling the contact and to leads monitoring it, and are kept in the query
 * cache beside the transcript; they are never part of what the customer sees.
 */
export const whisperKey = (contactId: string) => [...chatKeys.all, 'whispers', contactId] as const;

/** Adds a whisper (once, by id) to its contact's list, oldest first. */
export function applyWhisper(queryClient: QueryClient, whisper: Whisper): void {
  queryClient.setQueryData<Whisper[]>(whisperKey(whisper.contactId), (list = []) =>
    list.some((w) => w.id === whisper.id) ? list : [...list, whisper],
  );
}

/** The whispers received for a contact so far (empty until one arrives). */
export function useWhispers(contactId: string): Whisper[] {
  const queryClient = useQueryClient();
  const key = whisperKey(contactId);
  const { data } = useQuery<Whisper[]>({
    queryKey: key,
    // Nothing to fetch: the socket fills the cache. A refetch keeps what arrived.
    queryFn: () => queryClient.getQueryData<Whisper[]>(key) ?? [],
    staleTime: Infinity,
    gcTime: Infinity,
  });
  return data ?? [];
}
