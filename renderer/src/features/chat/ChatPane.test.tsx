import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Contact } from '../../../../shared/schemas/contact';
import { appStore, useActiveContactId } from '../../state';
import { applyChatTyping } from '../../realtime/chat-patch';
import { ChatPane } from './ChatPane';
import { aChatContact, aChatMessage, secondsFromNow } from './test-fixtures';
import { chatGateway, renderChat, stubChatGateway } from './test-support';

const input = () => screen.getByTestId<HTMLTextAreaElement>('chat-input');

beforeEach(() => {
  stubChatGateway();
});
afterEach(() => vi.restoreAllMocks());

/** The workspace's way of showing one chat at a time: whichever is active. */
function ActiveChat({ chats }: { chats: readonly Contact[] }) {
  const activeId = useActiveContactId();
  const contact = chats.find((chat) => chat.id === activeId) ?? chats[0]!;
  return <ChatPane key={contact.id} contact={contact} />;
}

describe('chat pane', () => {
  it('shows the whole conversation, oldest first, with who said what', async () => {
    chatGateway.transcripts.set('chat-1', [
      aChatMessage({ text: 'My claim is late', sentAt: secondsFromNow(-300) }),
      aChatMessage({
        sender: 'system',
        text: 'Transferred from Zhou Min',
        sentAt: secondsFromNow(-200),
      }),
      aChatMessage({
        sender: 'agent',
        authorName: 'Lin Mei',
        text: 'Let me look <b>now</b>',
        sentAt: secondsFromNow(-100),
        attachments: [{ url: 'https://docs.example.com/c-2031.pdf', name: 'Claim C-2031' }],
      }),
    ]);
    renderChat(<ChatPane contact={aChatContact()} />);

    await waitFor(() => expect(screen.getAllByTestId('chat-message')).toHaveLength(3));
    const messages = screen.getAllByTestId('chat-message');
    expect(messages.map((m) => m.dataset.sender)).toEqual(['customer', 'system', 'agent']);
    expect(messages[0]).toHaveTextContent('Customer');
    expect(messages[0]).toHaveTextContent('My claim is late');
    expect(messages[2]).toHaveTextContent('Lin Mei');
    expect(messages[2]).toHaveTextContent('Let me look <b>now</b>');
    expect(screen.getByTestId('chat-attachment')).toHaveAttribute(
      'href',
      'https://docs.example.com/c-2031.pdf',
    );
  });

  it('shows the customer typing only while they type', async () => {
    renderChat(<ChatPane contact={aChatContact()} />);
    await screen.findByText('No messages yet.');
    expect(screen.queryByTestId('customer-typing')).not.toBeInTheDocument();

    act(() => applyChatTyping(appStore, { contactId: 'chat-1', typing: true }));
    expect(screen.getByTestId('customer-typing')).toHaveTextContent('The customer is typing');

    act(() => applyChatTyping(appStore, { contactId: 'chat-2', typing: false }));
    expect(screen.getByTestId('customer-typing')).toBeInTheDocument();
    act(() => applyChatTyping(appStore, { contactId: 'chat-1', typing: false }));
    expect(screen.queryByTestId('customer-typing')).not.toBeInTheDocument();
  });

  it('keeps what the agent typed in each chat while they switch between them', async () => {
    const chats = [aChatContact(), aChatContact({ id: 'chat-2', externalId: 'web-chat-2' })];
    const { user } = renderChat(<ActiveChat chats={chats} />, {
      state: { activeContactId: 'chat-1' },
    });

    await user.click(input());
    await user.paste('Half a sentence for the first');
    act(() => appStore.getState().setActiveContact('chat-2'));
    await waitFor(() => expect(input()).toHaveAttribute('data-contact-id', 'chat-2'));
    expect(input()).toHaveValue('');
    await user.click(input());
    await user.paste('Reply to the second');

    act(() => appStore.getState().setActiveContact('chat-1'));
    await waitFor(() => expect(input()).toHaveAttribute('data-contact-id', 'chat-1'));
    expect(input()).toHaveValue('Half a sentence for the first');
    act(() => appStore.getState().setActiveContact('chat-2'));
    await waitFor(() => expect(input()).toHaveValue('Reply to the second'));
  });

  it('attaches a link only when it is http(s), and sends it with the message', async () => {
    const { user, socket } = renderChat(<ChatPane contact={aChatContact()} />);

    await user.click(screen.getByTestId('chat-attach'));
    await user.click(screen.getByTestId('attachment-url'));
    await user.paste('javascript:alert(1)');
    await user.click(screen.getByTestId('attachment-confirm'));
    expect(screen.getByTestId('attachment-form')).toHaveTextContent(
      'Enter an http:// or https:// link.',
    );
    expect(screen.queryByTestId('draft-attachment')).not.toBeInTheDocument();

    await user.clear(screen.getByTestId('attachment-url'));
    await user.paste('https://docs.example.com/form.pdf');
    await user.click(screen.getByTestId('attachment-name'));
    await user.paste('Claim form');
    await user.click(screen.getByTestId('attachment-confirm'));
    expect(screen.getByTestId('draft-attachment')).toHaveTextContent('Claim form');

    await user.click(input());
    await user.paste('Please fill this in');
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(socket.emitsOf('chat.send')).toEqual([
        {
          contactId: 'chat-1',
          text: 'Please fill this in',
          attachments: [{ url: 'https://docs.example.com/form.pdf', name: 'Claim form' }],
          idempotencyKey: expect.any(String) as string,
        },
      ]),
    );
  });
});
