import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChatMessage, ChatTranscript } from '../../../../shared/schemas/chat';
import type { RiskBoardEntry } from '../../../../shared/schemas/console';
import { mergeChatMessages } from '../../api/chat/chat-cache';
import { chatKeys } from '../../api/chat/keys';
import { applyWhisper, whisperKey } from '../../api/chat/whispers';
import { sendWhisper, startMonitor, stopMonitor } from '../../api/console/actions';
import { consoleKeys } from '../../api/console/keys';
import { getHeldOffers } from '../../api/contacts/offers-cache';

const NO_MESSAGES: readonly ChatMessage[] = [];

/**
 * A monitored chat's transcript, read from the cache only: the monitor's answer seeds it and the
 * connector appends each live `chat.message` (the lead is not the owner, so nothing is fetched).
 */
export function useMonitoredTranscript(contactId: string): readonly ChatMessage[] {
  const { data } = useQuery<ChatTranscript>({
    queryKey: chatKeys.transcript(contactId),
    queryFn: skipToken,
  });
  return data?.items ?? NO_MESSAGES;
}

/**
 * Silent monitoring of one live chat at a time. Opening posts the monitor and seeds the
 * transcript; whatever ends it (the drawer closing, another chat chosen, the console leaving the
 * screen) deletes the monitor and forgets the conversation, unless the lead holds it themselves.
 */
export function useMonitorSession() {
  const queryClient = useQueryClient();
  const [entry, setEntry] = useState<RiskBoardEntry | null>(null);
  const contactId = entry?.contactId ?? null;
  const current = useRef<string | null>(null);

  const start = useMutation({
    mutationKey: [...consoleKeys.all, 'monitor'],
    mutationFn: (id: string) => startMonitor(id),
    onMutate: (id) => {
      // A stand-in (stale at once), so live messages arriving before the answer are kept.
      const key = chatKeys.transcript(id);
      if (queryClient.getQueryData(key) === undefined) {
        queryClient.setQueryData<ChatTranscript>(key, { items: [] }, { updatedAt: 0 });
      }
    },
    onSuccess: ({ contact, messages }) => {
      if (current.current !== contact.id) return;
      queryClient.setQueryData<ChatTranscript>(chatKeys.transcript(contact.id), (cached) => ({
        items: [...mergeChatMessages(messages, cached?.items ?? [])],
      }));
    },
  });

  // Sync with the gateway: the monitor lives exactly as long as a chat is chosen here.
  useEffect(() => {
    if (contactId === null) return;
    current.current = contactId;
    return () => {
      current.current = null;
      void stopMonitor(contactId).catch(() => undefined);
      const held = getHeldOffers(queryClient).some((offer) => offer.contact.id === contactId);
      if (!held) queryClient.removeQueries({ queryKey: chatKeys.transcript(contactId) });
      queryClient.removeQueries({ queryKey: whisperKey(contactId) });
    };
  }, [contactId, queryClient]);

  const { mutate, reset } = start;
  const open = useCallback(
    (next: RiskBoardEntry) => {
      current.current = next.contactId;
      setEntry(next);
      mutate(next.contactId);
    },
    [mutate],
  );
  const close = useCallback(() => {
    setEntry(null);
    reset();
  }, [reset]);

  return { entry, start, open, close };
}

/** A whisper to the agent; shown in the drawer at once (the socket's copy is the same id). */
export function useSendWhisper(contactId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...consoleKeys.all, 'whisper', contactId],
    mutationFn: (text: string) => sendWhisper(contactId, text),
    onSuccess: (whisper) => applyWhisper(queryClient, whisper),
  });
}
