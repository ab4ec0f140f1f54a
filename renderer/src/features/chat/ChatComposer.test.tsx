import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHAT_TEXT_MAX } from '../../../../shared/schemas/chat';
import { ChatPane } from './ChatPane';
import { aChatContact, aChatMessage } from './test-fixtures';
import { renderChat, stubChatGateway } from './test-support';

const input = () => screen.getByTestId<HTMLTextAreaElement>('chat-input');
const options = () =>
  screen.queryAllByTestId('canned-option').map((option) => option.dataset.shortcut);

beforeEach(() => {
  stubChatGateway();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('chat composer', () => {
  it('offers canned replies for a / and inserts the chosen one with the keyboard', async () => {
    const { user } = renderChat(<ChatPane contact={aChatContact()} />);

    await user.type(input(), '/');
    await waitFor(() => expect(options()).toEqual(['claim-status', 'greet', 'thanks']));

    await user.type(input(), 'th');
    expect(options()).toEqual(['thanks']);

    await user.clear(input());
    await user.type(input(), 'Hi! /c');
    expect(options()).toEqual(['claim-status']);
    await user.keyboard('{Enter}');

    expect(input()).toHaveValue(
      'Hi! Your claim is being assessed; you will hear from us within two working days.',
    );
    expect(screen.queryByTestId('canned-picker')).not.toBeInTheDocument();
  });

  it('moves through the list with the arrows and inserts a clicked reply', async () => {
    const { user, socket } = renderChat(<ChatPane contact={aChatContact()} />);

    await user.type(input(), '/');
    await waitFor(() => expect(options()).toHaveLength(3));
    await user.keyboard('{ArrowDown}');
    expect(screen.getAllByTestId('canned-option')[1]).toHaveAttribute('aria-selected', 'true');

    await user.click(
      within(screen.getByTestId('canned-picker')).getByText('Thank you and goodbye'),
    );

    expect(input()).toHaveValue('Thank you for contacting us. Have a good day!');
    expect(socket.emitsOf('chat.send')).toEqual([]);
  });

  it('closes the list with Escape and never sends an unmatched /word with Enter', async () => {
    const { user, socket } = renderChat(<ChatPane contact={aChatContact()} />);

    await user.type(input(), '/gr');
    await waitFor(() => expect(options()).toEqual(['greet']));
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('canned-picker')).not.toBeInTheDocument();
    await user.type(input(), 'e');
    expect(screen.queryByTestId('canned-picker')).not.toBeInTheDocument();

    await user.clear(input());
    await user.type(input(), '/nosuch');
    expect(await screen.findByTestId('canned-notice')).toHaveTextContent(
      'No canned reply matches “/nosuch”',
    );
    await user.keyboard('{Enter}');
    expect(socket.emitsOf('chat.send')).toEqual([]);
    expect(input()).toHaveValue('/nosuch');
  });

  it('sends with Enter, starts a new line with Shift+Enter', async () => {
    const { user, socket } = renderChat(<ChatPane contact={aChatContact()} />);
    socket.answer('chat.send', ({ contactId, text }) => ({
      ok: true,
      data: aChatMessage({ id: 'sent-1', contactId, text, sender: 'agent', authorName: 'Lin Mei' }),
    }));

    await user.type(input(), 'Hello,{Shift>}{Enter}{/Shift}how can I help?');
    expect(socket.emitsOf('chat.send')).toEqual([]);
    await user.keyboard('{Enter}');

    await waitFor(() =>
      expect(socket.emitsOf('chat.send')).toEqual([
        {
          contactId: 'chat-1',
          text: 'Hello,\nhow can I help?',
          idempotencyKey: expect.any(String) as string,
        },
      ]),
    );
    await waitFor(() => expect(input()).toHaveValue(''));
    const sent = await screen.findByText(/how can I help\?/, {
      selector: '[data-testid="chat-message-text"]',
    });
    expect(sent.closest('[data-testid="chat-message"]')).toHaveAttribute('data-sender', 'agent');
  });

  it('shows a refused message as not sent, with the reason, and gives its text back to edit', async () => {
    const { user, socket } = renderChat(<ChatPane contact={aChatContact()} />);
    socket.answer('chat.send', () => ({
      ok: false,
      error: { code: 'conflict', message: 'The chat has ended.' },
    }));

    await user.type(input(), 'Are you still there?{Enter}');

    const failed = await screen.findByTestId('chat-message-failed');
    expect(failed).toHaveTextContent('Not sent: The chat has ended.');
    expect(failed.closest('[data-testid="chat-message"]')).toHaveTextContent(
      'Are you still there?',
    );
    expect(input()).toHaveValue('');
    expect(socket.emitsOf('chat.send')).toHaveLength(1);

    await user.click(screen.getByTestId('chat-message-edit'));
    await waitFor(() => expect(input()).toHaveValue('Are you still there?'));
    expect(screen.queryByTestId('chat-message')).not.toBeInTheDocument();
    expect(socket.emitsOf('chat.send')).toHaveLength(1);
  });

  it('refuses a message over the limit and says by how much', async () => {
    const { user, socket } = renderChat(<ChatPane contact={aChatContact()} />);

    await user.click(input());
    await user.paste('x'.repeat(CHAT_TEXT_MAX + 3));
    await user.keyboard('{Enter}');

    expect(screen.getByTestId('chat-problem')).toHaveTextContent('3 characters too long');
    expect(screen.getByTestId('chat-counter')).toHaveTextContent(
      `${CHAT_TEXT_MAX + 3} / ${CHAT_TEXT_MAX}`,
    );
    expect(screen.getByTestId('chat-send')).toBeDisabled();
    expect(socket.emitsOf('chat.send')).toEqual([]);

    await user.keyboard('{Backspace}{Backspace}{Backspace}');
    expect(screen.queryByTestId('chat-problem')).not.toBeInTheDocument();
    expect(screen.getByTestId('chat-send')).toBeEnabled();
  });

  it('tells the customer the agent is typing once, and stops on send', async () => {
    const { user, socket } = renderChat(<ChatPane contact={aChatContact()} />);
    socket.answer('chat.typing', () => ({ ok: true, data: {} }));

    await user.type(input(), 'Let me check');
    expect(socket.emitsOf('chat.typing')).toEqual([{ contactId: 'chat-1', typing: true }]);

    await user.keyboard('{Enter}');
    expect(socket.emitsOf('chat.typing')).toEqual([
      { contactId: 'chat-1', typing: true },
      { contactId: 'chat-1', typing: false },
    ]);
  });

  it('stops the typing signal two seconds after the agent stops typing', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { user, socket } = renderChat(<ChatPane contact={aChatContact()} />);

    await user.type(input(), 'One moment');
    expect(socket.emitsOf('chat.typing')).toEqual([{ contactId: 'chat-1', typing: true }]);

    act(() => {
      vi.advanceTimersByTime(2_000);
    });
    expect(socket.emitsOf('chat.typing')).toEqual([
      { contactId: 'chat-1', typing: true },
      { contactId: 'chat-1', typing: false },
    ]);
  });

  it('cannot be used until the chat is accepted, and says so', () => {
    renderChat(<ChatPane contact={aChatContact({ state: 'offered', acceptedAt: null })} />);
    expect(input()).toBeDisabled();
    expect(screen.getByTestId('composer-disabled')).toHaveTextContent('Accept the chat to reply.');
    expect(screen.getByTestId('chat-send')).toBeDisabled();
  });
});
