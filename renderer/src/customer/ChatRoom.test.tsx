import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CHAT_TEXT_MAX } from '../../../shared/schemas/chat';
import { aChatMessage, aStoredSession, renderCustomerChat } from './test-support';

/** A chat already open in this tab, connected and resumed. */
async function openChat(options: Parameters<typeof renderCustomerChat>[0] = {}) {
  const rendered = renderCustomerChat({ session: aStoredSession(), ...options });
  await screen.findByTestId('chat-status');
  return { ...rendered, socket: rendered.sockets.latest() };
}

const messages = () => screen.queryAllByTestId('chat-message');
const input = () => screen.getByTestId('chat-input');

describe('the chat', () => {
  it('shows the agent’s messages with their name, and the system’s', async () => {
    const { socket } = await openChat();

    act(() => {
      socket.serverEmit('chat.status', { state: 'connected', agentName: 'Lin Mei' });
      socket.serverEmit(
        'chat.message',
        aChatMessage({ sender: 'system', authorName: null, text: 'Lin Mei joined' }),
      );
      socket.serverEmit(
        'chat.message',
        aChatMessage({
          text: 'Hello, how can I help?',
          attachments: [{ url: 'https://example.com/form.pdf', name: 'Claim form' }],
        }),
      );
    });

    expect(screen.getByTestId('chat-status')).toHaveAttribute('data-state', 'connected');
    expect(screen.getByTestId('chat-status')).toHaveTextContent('You are chatting with Lin Mei');
    const [system, agent] = messages();
    expect(system).toHaveAttribute('data-sender', 'system');
    expect(system).toHaveTextContent('Lin Mei joined');
    expect(agent).toHaveAttribute('data-sender', 'agent');
    expect(agent).toHaveTextContent('Lin Mei');
    expect(agent).toHaveTextContent('Hello, how can I help?');
    const link = within(agent!).getByRole('link', { name: 'Claim form' });
    expect(link).toHaveAttribute('href', 'https://example.com/form.pdf');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('drops a server message that does not match the contract', async () => {
    const { socket } = await openChat();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    act(() => {
      socket.serverEmit('chat.message', { ...aChatMessage(), sentAt: 'yesterday' });
    });

    expect(messages()).toHaveLength(0);
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('malformed chat.message'),
      expect.anything(),
    );
    warn.mockRestore();
  });

  it('sends on Enter, once, and keeps a new line on Shift+Enter', async () => {
    const { user, socket } = await openChat();

    await user.type(input(), 'My car{Shift>}{Enter}{/Shift}was hit');
    expect(socket.emitsOf('chat.typing')).toEqual([{ typing: true }]);
    await user.keyboard('{Enter}');

    await waitFor(() => expect(messages()).toHaveLength(1));
    expect(socket.emitsOf('chat.send')).toEqual([{ text: 'My car\nwas hit', attachments: [] }]);
    expect(socket.emitsOf('chat.typing')).toEqual([{ typing: true }, { typing: false }]);
    expect(input()).toHaveValue('');

    // The gateway also pushes the stored message to the page: shown once.
    act(() => socket.serverEmit('chat.message', socket.transcript[0]!));
    expect(messages()).toHaveLength(1);
    expect(messages()[0]).toHaveAttribute('data-sender', 'customer');
  });

  it('sends a link with the message', async () => {
    const { user, socket } = await openChat();

    await user.click(screen.getByTestId('chat-link-toggle'));
    await user.type(screen.getByTestId('chat-link-url'), 'javascript:alert(1)');
    await user.click(screen.getByTestId('chat-link-attach'));
    expect(screen.getByRole('alert')).toHaveTextContent('http:// or https://');

    await user.clear(screen.getByTestId('chat-link-url'));
    await user.type(screen.getByTestId('chat-link-url'), 'https://example.com/photo.jpg');
    await user.type(screen.getByTestId('chat-link-name'), 'Photo');
    await user.click(screen.getByTestId('chat-link-attach'));
    await user.click(screen.getByTestId('chat-send'));

    await waitFor(() =>
      expect(socket.emitsOf('chat.send')).toEqual([
        { text: '', attachments: [{ url: 'https://example.com/photo.jpg', name: 'Photo' }] },
      ]),
    );
    expect(await screen.findByRole('link', { name: 'Photo' })).toHaveAttribute(
      'rel',
      'noopener noreferrer',
    );
  });

  it('refuses an over-long message with a visible reason and keeps it', async () => {
    const { user, socket } = await openChat();
    const tooLong = 'a'.repeat(CHAT_TEXT_MAX + 1);

    await user.click(input());
    await user.paste(tooLong);
    await user.click(screen.getByTestId('chat-send'));

    expect(screen.getByTestId('chat-composer-error')).toHaveTextContent(
      `Your message is ${CHAT_TEXT_MAX + 1} characters long; the limit is ${CHAT_TEXT_MAX}`,
    );
    expect(screen.getByTestId('chat-counter')).toHaveClass('ant-typography-danger');
    expect(input()).toHaveValue(tooLong);
    expect(socket.emitsOf('chat.send')).toHaveLength(0);
  });

  it('keeps a message the gateway refused, with the reason', async () => {
    const { user, socket } = await openChat();
    socket.answer('chat.send', () => ({
      ok: false,
      error: { code: 'rate_limited', message: 'Slow down' },
    }));

    await user.type(input(), 'Are you there?{Enter}');

    expect(await screen.findByTestId('chat-composer-error')).toHaveTextContent('Slow down');
    expect(input()).toHaveValue('Are you there?');
    expect(messages()).toHaveLength(0);
  });

  it('shows the agent typing, and stops when they stop', async () => {
    const { socket } = await openChat();

    act(() => socket.serverEmit('chat.typing', { typing: true }));
    expect(screen.getByTestId('chat-typing')).toHaveTextContent('The agent is typing…');

    act(() => socket.serverEmit('chat.typing', { typing: false }));
    expect(screen.queryByTestId('chat-typing')).not.toBeInTheDocument();

    act(() => socket.serverEmit('chat.typing', { typing: true }));
    act(() => socket.serverEmit('chat.message', aChatMessage({ text: 'Here you go' })));
    expect(screen.queryByTestId('chat-typing')).not.toBeInTheDocument();
  });

  it('ends the chat from the End chat button and stops the composer', async () => {
    const { user, socket } = await openChat();

    await user.click(screen.getByTestId('chat-end'));

    await waitFor(() =>
      expect(screen.getByTestId('chat-status')).toHaveAttribute('data-state', 'ended'),
    );
    expect(socket.emitsOf('chat.leave')).toEqual([{}]);
    expect(screen.getByTestId('chat-status')).toHaveTextContent('The chat has ended');
    expect(input()).toBeDisabled();
    expect(screen.getByTestId('chat-send')).toBeDisabled();
    expect(screen.queryByTestId('chat-end')).not.toBeInTheDocument();
  });

  it('disables the composer when the agent ends the chat, and offers a new one', async () => {
    const { user, socket } = await openChat();

    act(() => socket.serverEmit('chat.status', { state: 'ended', agentName: 'Lin Mei' }));

    expect(input()).toBeDisabled();
    await user.click(screen.getByTestId('chat-new'));
    expect(screen.getByTestId('chat-start')).toBeInTheDocument();
    expect(window.sessionStorage.length).toBe(0);
  });

  it('says it is reconnecting and merges the transcript when back', async () => {
    const { socket } = await openChat();
    const first = aChatMessage({ text: 'Before the drop' });
    act(() => socket.serverEmit('chat.message', first));

    act(() => socket.serverDisconnect());
    expect(screen.getByTestId('chat-connection')).toHaveTextContent('Reconnecting…');

    socket.transcript = [first, aChatMessage({ text: 'While you were away' })];
    act(() => socket.serverConnect());

    await waitFor(() => expect(messages()).toHaveLength(2));
    expect(screen.queryByTestId('chat-connection')).not.toBeInTheDocument();
    expect(socket.emitsOf('chat.resume')).toEqual([{}, {}]);
    expect(messages()[1]).toHaveTextContent('While you were away');
  });

  it('lays the chat out right-to-left in Persian', async () => {
    const { socket } = await openChat({
      language: 'fa',
      session: aStoredSession({ language: 'fa' }),
    });

    act(() => socket.serverEmit('chat.status', { state: 'connected', agentName: 'مریم' }));

    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(screen.getByTestId('chat-status')).toHaveTextContent('در حال گفتگو با مریم');
    expect(screen.getByTestId('chat-end')).toHaveTextContent('پایان گفتگو');
  });
});
