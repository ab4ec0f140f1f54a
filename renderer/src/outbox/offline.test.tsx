import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders, signedInState } from '../../../test/setup/renderer-providers';
import { AppRoot } from '../app/AppRoot';
import { ChatPane } from '../features/chat/ChatPane';
import { aChatContact, aChatMessage } from '../features/chat/test-fixtures';
import { renderChat, stubChatGateway } from '../features/chat/test-support';
import {
  anActiveContact,
  installGateway,
  pick,
  renderLifecycleWorkspace,
} from '../features/workspace/test-lifecycle';
import { appOutbox } from './outbox-context';

/** The whole workspace in antd renders slowly in jsdom on a shared machine (as WrapUpForm.test.tsx). */
const WORKSPACE_TEST_TIMEOUT = 40_000;

const input = () => screen.getByTestId<HTMLTextAreaElement>('chat-input');
const bubbles = () => screen.queryAllByTestId('chat-message');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a chat message written while the gateway is unreachable', () => {
  beforeEach(() => {
    stubChatGateway();
  });

  it('shows at once as pending, is sent once on reconnect, and becomes the real message without a second bubble', async () => {
    const { user, socket } = renderChat(<ChatPane contact={aChatContact()} />);
    await screen.findByText('No messages yet.');
    socket.answer('chat.send', ({ contactId, text, idempotencyKey }) => {
      const message = aChatMessage({
        id: 'msg-stored',
        contactId,
        text,
        sender: 'agent',
        authorName: 'Lin Mei',
      });
      // The gateway's echo to the agent's desktops comes before the acknowledgement.
      socket.serverEmit('chat.message', { ...message, idempotencyKey });
      return { ok: true, data: { ...message, idempotencyKey } };
    });
    act(() => socket.serverDisconnect());

    await user.type(input(), 'I am checking your claim now{Enter}');

    const pending = await screen.findByTestId('chat-message-pending');
    expect(pending).toHaveTextContent(
      'Pending: saved on this desktop, sent when the connection is back',
    );
    expect(pending.querySelector('[aria-label="clock-circle"]')).not.toBeNull();
    expect(bubbles()).toHaveLength(1);
    expect(bubbles()[0]).toHaveTextContent('I am checking your claim now');
    expect(input()).toHaveValue('');
    expect(socket.emitsOf('chat.send')).toEqual([]);

    act(() => socket.serverConnect());

    await waitFor(() => expect(bubbles()[0]).toHaveAttribute('data-delivery', 'delivered'));
    expect(bubbles()).toHaveLength(1);
    expect(bubbles()[0]).toHaveAttribute('data-message-id', 'msg-stored');
    expect(screen.queryByTestId('chat-message-pending')).not.toBeInTheDocument();
    expect(socket.emitsOf('chat.send')).toEqual([
      {
        contactId: 'chat-1',
        text: 'I am checking your claim now',
        idempotencyKey: expect.any(String) as string,
      },
    ]);

    // Another drop and reconnect: nothing is sent again.
    act(() => socket.reconnect());
    await waitFor(() => expect(screen.getByTestId('chat-pane')).toBeInTheDocument());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(socket.emitsOf('chat.send')).toHaveLength(1);
    expect(appOutbox.snapshot()).toEqual([]);
  });

  it('shows the gateway’s echo in place of the pending bubble, never beside it', async () => {
    const { user, socket } = renderChat(<ChatPane contact={aChatContact()} />);
    await screen.findByText('No messages yet.');
    act(() => socket.serverDisconnect());
    await user.type(input(), 'Sent just before the line dropped{Enter}');
    await screen.findByTestId('chat-message-pending');
    const [item] = appOutbox.snapshot();

    // The message did reach the gateway: its echo arrives before any acknowledgement does.
    act(() =>
      socket.serverEmit('chat.message', {
        ...aChatMessage({
          id: 'msg-echo',
          text: 'Sent just before the line dropped',
          sender: 'agent',
        }),
        idempotencyKey: item?.key,
      }),
    );

    await waitFor(() => expect(bubbles()[0]).toHaveAttribute('data-message-id', 'msg-echo'));
    expect(bubbles()).toHaveLength(1);
    expect(bubbles()[0]).toHaveAttribute('data-delivery', 'delivered');
  });

  it('keeps the order of messages written offline', async () => {
    const { user, socket } = renderChat(<ChatPane contact={aChatContact()} />);
    await screen.findByText('No messages yet.');
    let sequence = 0;
    socket.answer('chat.send', ({ contactId, text, idempotencyKey }) => {
      sequence += 1;
      const message = aChatMessage({
        id: `stored-${String(sequence)}`,
        contactId,
        text,
        sender: 'agent',
      });
      return { ok: true, data: { ...message, idempotencyKey } };
    });
    act(() => socket.serverDisconnect());

    for (const text of ['first', 'second', 'third']) await user.type(input(), `${text}{Enter}`);
    await waitFor(() => expect(screen.getAllByTestId('chat-message-pending')).toHaveLength(3));

    act(() => socket.serverConnect());
    await waitFor(() => expect(socket.emitsOf('chat.send')).toHaveLength(3));
    expect(socket.emitsOf('chat.send').map((sent) => sent.text)).toEqual([
      'first',
      'second',
      'third',
    ]);
    await waitFor(() =>
      expect(screen.queryByTestId('chat-message-pending')).not.toBeInTheDocument(),
    );
  });
});

describe('a wrap-up submitted while the gateway is unreachable', () => {
  it(
    'is kept, says so, lets the contact go, and is sent once when the connection is back',
    async () => {
      const { socket, user, gateway } = await renderLifecycleWorkspace();
      gateway.offer(anActiveContact());
      await user.click(await screen.findByTestId('contact-end'));
      await screen.findByTestId('wrapup-form');
      act(() => socket.serverDisconnect());

      pick('wrapup-disposition', 'Resolved');
      await user.click(screen.getByTestId('wrapup-submit'));

      await screen.findByTestId('idle');
      const indicator = await screen.findByTestId('outbox-indicator');
      expect(indicator).toHaveTextContent('1 pending');
      expect(socket.emitsOf('contact.wrap-up')).toEqual([]);

      await user.click(indicator);
      const entry = await screen.findByTestId('outbox-item');
      expect(within(entry).getByTestId('outbox-item-status')).toHaveTextContent(
        'Waiting to be sent',
      );

      act(() => socket.serverConnect());
      await waitFor(() => expect(screen.queryByTestId('outbox-indicator')).not.toBeInTheDocument());
      expect(socket.emitsOf('contact.wrap-up')).toEqual([
        {
          contactId: 'contact-1',
          disposition: 'resolved',
          note: '',
          idempotencyKey: expect.any(String) as string,
        },
      ]);
    },
    WORKSPACE_TEST_TIMEOUT,
  );

  it(
    'comes back into the form with the gateway’s reason when it is refused on reconnect',
    async () => {
      const { socket, user, gateway } = await renderLifecycleWorkspace();
      socket.answer('contact.wrap-up', () => ({
        ok: false,
        error: { code: 'validation_failed', message: 'Write what happened', field: 'note' },
      }));
      gateway.offer(anActiveContact());
      await user.click(await screen.findByTestId('contact-end'));
      await screen.findByTestId('wrapup-form');
      act(() => socket.serverDisconnect());
      pick('wrapup-disposition', 'Escalated');
      await user.click(screen.getByTestId('wrapup-submit'));
      await screen.findByTestId('idle');

      act(() => socket.serverConnect());
      await waitFor(() =>
        expect(screen.getByTestId('outbox-indicator')).toHaveTextContent('1 not sent'),
      );
      // The gateway still holds the contact in wrap-up and offers it again: the form has it back.
      gateway.offer(
        anActiveContact({ state: 'wrap_up', wrapUpStartedAt: new Date().toISOString() }),
      );

      expect(await screen.findByText('Write what happened')).toHaveAttribute('data-field', 'note');
      expect(
        within(screen.getByTestId('wrapup-disposition')).getByText('Escalated'),
      ).toBeInTheDocument();
      expect(socket.emitsOf('contact.wrap-up')).toHaveLength(1);
    },
    WORKSPACE_TEST_TIMEOUT,
  );
});

describe('work left unsent when the window closed', () => {
  it('is sent once the same agent is signed in again, and never under another agent', async () => {
    const write = (agentId: string, contactId: string, text: string) =>
      appOutbox.enqueue({
        agentId,
        sessionId: 'an-earlier-session',
        event: 'chat.send',
        payload: { contactId, text },
      });
    await write('agent-1', 'chat-1', 'Mine, from before');
    await write('agent-2', 'chat-9', 'A colleague’s, on this machine');
    await appOutbox.close();

    const rendered = renderWithProviders(<AppRoot />, {
      state: signedInState(),
      socket: { autoConnect: false },
    });
    const socket = rendered.sockets.latest();
    installGateway(socket);
    socket.answer('chat.send', ({ contactId, text, idempotencyKey }) => ({
      ok: true,
      data: { ...aChatMessage({ contactId, text, sender: 'agent' }), idempotencyKey },
    }));
    expect(await screen.findByTestId('outbox-indicator')).toHaveTextContent('1 pending');

    act(() => socket.serverConnect());

    await waitFor(() => expect(screen.queryByTestId('outbox-indicator')).not.toBeInTheDocument());
    expect(socket.emitsOf('chat.send')).toEqual([
      {
        contactId: 'chat-1',
        text: 'Mine, from before',
        idempotencyKey: expect.any(String) as string,
      },
    ]);
    expect(appOutbox.snapshot().map((item) => item.agentId)).toEqual(['agent-2']);
  });
});
