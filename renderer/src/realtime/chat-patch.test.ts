import type { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChatTranscript } from '../../../shared/schemas/chat';
import { createTestQueryClient, signedInState } from '../../../test/setup/renderer-providers';
import { chatKeys } from '../api/chat/keys';
import { aChatMessage, secondsFromNow } from '../features/chat/test-fixtures';
import { appStore, CUSTOMER_TYPING_TTL_MS } from '../state';
import { applyChatMessage, applyChatTyping } from './chat-patch';

describe('chat patches', () => {
  let queryClient: QueryClient;
  const transcript = (contactId: string) =>
    queryClient.getQueryData<ChatTranscript>(chatKeys.transcript(contactId))?.items ?? [];
  const unread = (contactId: string) => appStore.getState().chatUnread[contactId] ?? 0;
  const typing = (contactId: string) => appStore.getState().chatTyping[contactId] === true;

  beforeEach(() => {
    queryClient = createTestQueryClient();
    appStore.setState({ ...signedInState(), activeContactId: 'chat-1' });
  });
  afterEach(() => vi.useRealTimers());

  it('appends a message to its cached transcript once, in the order it was sent', () => {
    const first = aChatMessage({ id: 'm1', sentAt: secondsFromNow(-30) });
    const late = aChatMessage({ id: 'm0', sentAt: secondsFromNow(-40), text: 'Sent earlier' });
    queryClient.setQueryData<ChatTranscript>(chatKeys.transcript('chat-1'), { items: [first] });

    applyChatMessage(queryClient, appStore, late);
    applyChatMessage(queryClient, appStore, late);
    applyChatMessage(queryClient, appStore, first);

    expect(transcript('chat-1').map((m) => m.id)).toEqual(['m0', 'm1']);
  });

  it('leaves a transcript nobody fetched to be fetched whole', () => {
    applyChatMessage(queryClient, appStore, aChatMessage({ contactId: 'chat-9' }));
    expect(queryClient.getQueryData(chatKeys.transcript('chat-9'))).toBeUndefined();
  });

  it('counts customer messages as unread only for chats not on screen, and each only once', () => {
    queryClient.setQueryData<ChatTranscript>(chatKeys.transcript('chat-2'), { items: [] });
    const elsewhere = aChatMessage({ contactId: 'chat-2' });

    applyChatMessage(queryClient, appStore, aChatMessage({ contactId: 'chat-1' }));
    applyChatMessage(queryClient, appStore, elsewhere);
    applyChatMessage(queryClient, appStore, elsewhere);
    applyChatMessage(queryClient, appStore, aChatMessage({ contactId: 'chat-2' }));

    expect(unread('chat-1')).toBe(0);
    expect(unread('chat-2')).toBe(2);
  });

  it('does not count the agent’s own or system messages as unread', () => {
    applyChatMessage(queryClient, appStore, aChatMessage({ contactId: 'chat-2', sender: 'agent' }));
    applyChatMessage(
      queryClient,
      appStore,
      aChatMessage({ contactId: 'chat-2', sender: 'system' }),
    );
    expect(unread('chat-2')).toBe(0);
  });

  it('clears the unread count when the chat comes on screen', () => {
    applyChatMessage(queryClient, appStore, aChatMessage({ contactId: 'chat-2' }));
    expect(unread('chat-2')).toBe(1);

    appStore.getState().setActiveContact('chat-2');

    expect(unread('chat-2')).toBe(0);
  });

  it('shows the customer typing until they send, stop, or go quiet for six seconds', () => {
    vi.useFakeTimers();
    applyChatTyping(appStore, { contactId: 'chat-1', typing: true });
    expect(typing('chat-1')).toBe(true);

    applyChatMessage(queryClient, appStore, aChatMessage({ contactId: 'chat-1' }));
    expect(typing('chat-1')).toBe(false);

    applyChatTyping(appStore, { contactId: 'chat-1', typing: true });
    applyChatTyping(appStore, { contactId: 'chat-1', typing: false });
    expect(typing('chat-1')).toBe(false);

    applyChatTyping(appStore, { contactId: 'chat-1', typing: true });
    vi.advanceTimersByTime(CUSTOMER_TYPING_TTL_MS - 1_000);
    applyChatTyping(appStore, { contactId: 'chat-1', typing: true });
    vi.advanceTimersByTime(CUSTOMER_TYPING_TTL_MS - 1_000);
    expect(typing('chat-1')).toBe(true);
    vi.advanceTimersByTime(1_000);
    expect(typing('chat-1')).toBe(false);
  });

  it('forgets every chat’s drafts, unread counts and typing on sign-out', () => {
    const state = appStore.getState();
    state.setChatDraftText('chat-1', 'Dear customer');
    state.bumpChatUnread('chat-2');
    applyChatTyping(appStore, { contactId: 'chat-2', typing: true });

    state.signOut();

    expect(appStore.getState()).toMatchObject({ chatDrafts: {}, chatUnread: {}, chatTyping: {} });
  });
});
