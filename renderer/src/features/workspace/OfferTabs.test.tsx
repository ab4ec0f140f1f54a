import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HeldOffer } from '../../api/contacts/offers-cache';
import { appStore } from '../../state';
import { aChatContact, aChatMessage, CHAT_NOW, secondsFromNow } from '../chat/test-fixtures';
import { chatGateway, renderChat, stubChatGateway } from '../chat/test-support';
import { OfferTabs } from './OfferTabs';

const held = (contact: HeldOffer['contact']): HeldOffer => ({ contact, candidates: [] });
const offers: HeldOffer[] = [
  held(aChatContact({ id: 'chat-1', fromMasked: 'Chat one' })),
  held(aChatContact({ id: 'chat-2', fromMasked: 'Chat two', customerId: null })),
  held(aChatContact({ id: 'chat-3', fromMasked: 'Chat three', customerId: null })),
  held(aChatContact({ id: 'call-4', channel: 'voice', fromMasked: 'Call four', customerId: null })),
];
const tab = (contactId: string) =>
  screen.getAllByTestId('offer-tab').find((element) => element.dataset.contactId === contactId)!;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(CHAT_NOW);
  stubChatGateway();
  // chat-1 answered; chat-2 has waited 45 s; chat-3 has waited 3 minutes.
  chatGateway.transcripts.set('chat-1', [
    aChatMessage({ contactId: 'chat-1', sentAt: secondsFromNow(-400) }),
    aChatMessage({ contactId: 'chat-1', sender: 'agent', sentAt: secondsFromNow(-300) }),
  ]);
  chatGateway.transcripts.set('chat-2', [
    aChatMessage({ contactId: 'chat-2', sender: 'agent', sentAt: secondsFromNow(-500) }),
    aChatMessage({ contactId: 'chat-2', sentAt: secondsFromNow(-45) }),
  ]);
  chatGateway.transcripts.set('chat-3', [
    aChatMessage({ contactId: 'chat-3', sentAt: secondsFromNow(-180) }),
    aChatMessage({ contactId: 'chat-3', sentAt: secondsFromNow(-20) }),
  ]);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('offer tabs', () => {
  it('counts each chat’s unread customer messages on its tab', () => {
    renderChat(<OfferTabs offers={offers} activeId="chat-1" onSelect={() => undefined} />, {
      state: { activeContactId: 'chat-1' },
    });
    expect(screen.queryByTestId('unread-count')).not.toBeInTheDocument();

    act(() => {
      appStore.getState().bumpChatUnread('chat-2');
      appStore.getState().bumpChatUnread('chat-2');
      appStore.getState().bumpChatUnread('chat-3');
    });

    expect(within(tab('chat-2')).getByTestId('unread-count')).toHaveTextContent(/^2$/);
    expect(tab('chat-2')).toHaveTextContent('2 unread messages');
    expect(within(tab('chat-3')).getByTestId('unread-count')).toHaveTextContent(/^1$/);
    expect(within(tab('chat-1')).queryByTestId('unread-count')).not.toBeInTheDocument();
    expect(within(tab('call-4')).queryByTestId('unread-count')).not.toBeInTheDocument();
  });

  it('says how long each chat customer has waited and marks who has waited longest', async () => {
    renderChat(<OfferTabs offers={offers} activeId="chat-1" onSelect={() => undefined} />);

    await waitFor(() => expect(screen.getAllByTestId('waiting-longest')).toHaveLength(1));
    expect(within(tab('chat-3')).getByTestId('waiting-longest')).toHaveTextContent('Waits longest');
    expect(within(tab('chat-3')).getByTestId('waiting-time')).toHaveTextContent('Waiting 3 min');
    expect(within(tab('chat-2')).getByTestId('waiting-time')).toHaveTextContent('Waiting 45 sec');
    expect(within(tab('chat-1')).queryByTestId('waiting-time')).not.toBeInTheDocument();
    expect(within(tab('call-4')).queryByTestId('waiting-time')).not.toBeInTheDocument();
  });
});
