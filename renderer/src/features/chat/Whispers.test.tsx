import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Whisper } from '../../../../shared/schemas/console-actions';
import { anActiveContact, renderLifecycleWorkspace } from '../workspace/test-lifecycle';
import { ChatPane } from './ChatPane';
import { aChatContact, aChatMessage, secondsFromNow } from './test-fixtures';
import { chatGateway, renderChat, stubChatGateway } from './test-support';

const HOSTILE = '<script>window.pwned = true</script><img src=x onerror="window.pwned = true">';

const aWhisper = (overrides: Partial<Whisper> = {}): Whisper => ({
  id: 'whisper-1',
  contactId: 'chat-1',
  fromAgentId: 'lead-1',
  fromName: 'Zhou Min',
  text: 'Offer the goodwill voucher, I have approved it.',
  sentAt: secondsFromNow(-150),
  ...overrides,
});

/** The text a reader sees: the name's bidi isolation (a `<bdi>`) adds no characters. */
const from = (element: HTMLElement) => element.textContent;

afterEach(() => vi.restoreAllMocks());

describe('whispers in a chat', () => {
  beforeEach(() => {
    stubChatGateway();
  });

  it("shows the lead's whisper to the agent among the messages, and unlike them", async () => {
    chatGateway.transcripts.set('chat-1', [
      aChatMessage({ text: 'My claim is late', sentAt: secondsFromNow(-300) }),
      aChatMessage({
        sender: 'agent',
        authorName: 'Lin Mei',
        text: 'Let me look',
        sentAt: secondsFromNow(-100),
      }),
    ]);
    const { socket } = renderChat(<ChatPane contact={aChatContact()} />);
    await waitFor(() => expect(screen.getAllByTestId('chat-message')).toHaveLength(2));

    act(() => socket.serverEmit('chat.whisper', aWhisper()));
    act(() => socket.serverEmit('chat.whisper', aWhisper({ id: 'other', contactId: 'chat-2' })));

    const whisper = await screen.findByTestId('chat-whisper');
    const log = screen.getByRole('log');
    expect([...log.children].map((item) => item.getAttribute('data-testid'))).toEqual([
      'chat-message',
      'chat-whisper',
      'chat-message',
    ]);
    expect(from(whisper)).toContain('Whisper from Zhou Min — only you can see this');
    expect(within(whisper).getByTestId('whisper-text')).toHaveTextContent(
      'Offer the goodwill voucher, I have approved it.',
    );
    // Not a message: no sender, not counted among them, styled apart.
    expect(whisper).not.toHaveAttribute('data-sender');
    expect(screen.getAllByTestId('chat-message')).toHaveLength(2);
    expect(whisper.firstElementChild).toHaveStyle({ borderStyle: 'dashed' });
    expect(screen.getAllByTestId('chat-whisper')).toHaveLength(1);
  });

  it('shows a whisper even before anything is said, once however often it is pushed', async () => {
    const { socket } = renderChat(<ChatPane contact={aChatContact()} />);
    await screen.findByText('No messages yet.');

    act(() => socket.serverEmit('chat.whisper', aWhisper()));
    act(() => socket.serverEmit('chat.whisper', aWhisper()));

    await screen.findByTestId('chat-whisper');
    expect(screen.getAllByTestId('chat-whisper')).toHaveLength(1);
    expect(screen.queryByText('No messages yet.')).not.toBeInTheDocument();
  });

  it('keeps a hostile whisper and name as text, never markup', async () => {
    const { socket } = renderChat(<ChatPane contact={aChatContact()} />);
    await screen.findByText('No messages yet.');

    act(() =>
      socket.serverEmit('chat.whisper', aWhisper({ text: HOSTILE, fromName: '<b>Boss</b>' })),
    );

    const whisper = await screen.findByTestId('chat-whisper');
    expect(within(whisper).getByTestId('whisper-text').textContent).toBe(HOSTILE);
    expect(from(whisper)).toContain('Whisper from <b>Boss</b>');
    expect(whisper.querySelector('script, img, b')).toBeNull();
    expect((window as { pwned?: boolean }).pwned).toBeUndefined();
  });

  it('speaks the language of the desktop', async () => {
    const { socket } = renderChat(<ChatPane contact={aChatContact()} />, {
      state: { language: 'fa' },
    });
    await screen.findByTestId('chat-transcript');
    act(() => socket.serverEmit('chat.whisper', aWhisper()));
    expect(from(await screen.findByTestId('chat-whisper'))).toContain(
      'نجوا از Zhou Min — فقط شما این را می‌بینید',
    );
  });
});

describe('whispers on a call', () => {
  it('lists them under the contact bar, newest first, as text', async () => {
    const { socket, gateway } = await renderLifecycleWorkspace();
    gateway.offer(anActiveContact({ id: 'call-1' }));
    const contact = await screen.findByTestId('active-contact');
    expect(screen.queryByTestId('chat-pane')).not.toBeInTheDocument();
    expect(within(contact).queryByTestId('whisper-notice')).not.toBeInTheDocument();

    const now = new Date().toISOString();
    act(() => socket.serverEmit('chat.whisper', aWhisper({ contactId: 'call-1', sentAt: now })));
    act(() =>
      socket.serverEmit(
        'chat.whisper',
        aWhisper({ id: 'whisper-2', contactId: 'call-1', text: HOSTILE, sentAt: now }),
      ),
    );

    await waitFor(() => expect(within(contact).getAllByTestId('whisper-notice')).toHaveLength(2));
    const [newest, oldest] = within(contact).getAllByTestId('whisper-notice');
    expect(within(newest!).getByTestId('whisper-text').textContent).toBe(HOSTILE);
    expect(newest!.querySelector('script, img')).toBeNull();
    expect(from(oldest!)).toContain('Whisper from Zhou Min — only you can see this');
    expect(screen.getByRole('list', { name: 'Whispers from your team lead' })).toBeInTheDocument();
  });
});
