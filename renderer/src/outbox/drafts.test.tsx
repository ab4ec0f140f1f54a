import { act, screen, waitFor } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { anAgent, signedInState } from '../../../test/setup/renderer-providers';
import { signOutEverywhere } from '../api/auth/session';
import { ChatPane } from '../features/chat/ChatPane';
import { restoreChatDraft } from '../features/chat/chat-draft';
import { aChatContact, aChatMessage } from '../features/chat/test-fixtures';
import { renderChat, stubChatGateway } from '../features/chat/test-support';
import {
  anActiveContact,
  mockGatewayHttp,
  pick,
  renderLifecycleWorkspace,
} from '../features/workspace/test-lifecycle';
import { appStore } from '../state';
import { appDrafts } from './draft-backup';

/** The whole workspace in antd renders slowly in jsdom on a shared machine (as WrapUpForm.test.tsx). */
const WORKSPACE_TEST_TIMEOUT = 40_000;

const chatInput = () => screen.getByTestId<HTMLTextAreaElement>('chat-input');
const noteField = () => {
  const element = document.querySelector<HTMLTextAreaElement>('[name="wrapUpNote"]');
  if (!element) throw new Error('no wrap-up note');
  return element;
};

/** What the browser says when the window is closed or reloaded (a tab switch says `hidden`). */
const pageHide = () =>
  act(() => {
    window.dispatchEvent(new Event('pagehide'));
  });

/**
 * The agent closes the window (or it reloads): `pagehide`, then the page is gone with everything
 * it held in memory. Right after typing: nothing waits for the write delay.
 */
async function closeWindow({ unmount }: { unmount: () => void }) {
  pageHide();
  unmount();
  await appDrafts.lose();
}

/** Lets the reads a new window starts with answer (and React apply what they bring back). */
const settle = () => act(() => appDrafts.stored().then(() => undefined));

/** What the customer's words left on this desktop's disk. */
const storedDrafts = () => appDrafts.stored();

/** The workspace with a contact in wrap-up: the form on screen. */
async function openWrapUp() {
  const rendered = await renderLifecycleWorkspace();
  rendered.gateway.offer(
    anActiveContact({ state: 'wrap_up', wrapUpStartedAt: new Date().toISOString() }),
  );
  await screen.findByTestId('wrapup-form');
  return rendered;
}

async function writeNote(user: UserEvent, text: string) {
  await user.click(noteField());
  await user.paste(text);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a chat message typed and not sent', () => {
  const openChat = (state = signedInState()) => {
    stubChatGateway();
    return renderChat(<ChatPane contact={aChatContact()} />, { state });
  };

  it('is back in the composer after the window is closed and opened again', async () => {
    const first = openChat();
    await first.user.type(chatInput(), 'Your claim number is');
    await closeWindow(first);

    openChat();

    await waitFor(() => expect(chatInput()).toHaveValue('Your claim number is'));
  });

  it('never replaces what the agent typed in the new window before it was read back', async () => {
    const first = openChat();
    await first.user.type(chatInput(), 'Typed before the reload');
    await closeWindow(first);
    appStore.setState({ chatDrafts: {} });

    restoreChatDraft('chat-1');
    appStore.getState().setChatDraftText('chat-1', 'Typed since');
    await appDrafts.stored();

    expect(appStore.getState().chatDrafts['chat-1']?.text).toBe('Typed since');
  });

  it('is gone once sent', async () => {
    const first = openChat();
    first.socket.answer('chat.send', ({ contactId, text, idempotencyKey }) => ({
      ok: true,
      data: { ...aChatMessage({ contactId, text, sender: 'agent' }), idempotencyKey },
    }));
    await first.user.type(chatInput(), 'Sent already');
    pageHide();
    await first.user.keyboard('{Enter}');
    await waitFor(() => expect(first.socket.emitsOf('chat.send')).toHaveLength(1));
    await closeWindow(first);

    openChat();
    await settle();

    expect(chatInput()).toHaveValue('');
    expect(await storedDrafts()).toEqual([]);
  });

  it('is gone when the chat ends', async () => {
    const first = openChat();
    await first.user.type(chatInput(), 'About your policy');
    pageHide();
    expect(await storedDrafts()).toHaveLength(1);

    act(() => first.socket.serverEmit('contact.ended', { contactId: 'chat-1', reason: 'closed' }));

    await waitFor(async () => expect(await storedDrafts()).toEqual([]));
  });

  it('is gone after signing out, even for the same agent signing in again', async () => {
    const first = openChat();
    await first.user.type(chatInput(), 'Before the break');
    pageHide();
    await act(() => signOutEverywhere());
    await closeWindow(first);

    openChat();
    await settle();

    expect(chatInput()).toHaveValue('');
    expect(await storedDrafts()).toEqual([]);
  });

  it('is never seen by another agent on the same machine, and is gone once they sign in', async () => {
    const first = openChat();
    await first.user.type(chatInput(), 'For Wang Li only');
    await closeWindow(first);

    const colleague = openChat(signedInState(anAgent({ id: 'agent-2', username: 'li.na' })));
    await settle();
    expect(chatInput()).toHaveValue('');
    await closeWindow(colleague);

    openChat();
    await settle();
    expect(chatInput()).toHaveValue('');
    expect(await storedDrafts()).toEqual([]);
  });

  it('stays in memory only, without a word to the agent, when IndexedDB cannot be used', async () => {
    await appDrafts.lose();
    vi.stubGlobal('indexedDB', undefined);
    try {
      const first = openChat();
      await first.user.type(chatInput(), 'Kept while the window is open');
      pageHide();
      expect(chatInput()).toHaveValue('Kept while the window is open');
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      await closeWindow(first);

      openChat();
      await settle();
      expect(chatInput()).toHaveValue('');
    } finally {
      vi.unstubAllGlobals();
      await appDrafts.lose();
    }
  });
});

describe('a wrap-up typed and not submitted', () => {
  it(
    'is back in the form after the window is closed and opened again',
    async () => {
      mockGatewayHttp();
      const first = await openWrapUp();
      pick('wrapup-disposition', 'Escalated');
      await writeNote(first.user, 'Customer disputes the assessor’s report');
      await closeWindow(first);

      await openWrapUp();

      await waitFor(() =>
        expect(noteField()).toHaveValue('Customer disputes the assessor’s report'),
      );
      expect(screen.getByTestId('wrapup-disposition')).toHaveTextContent('Escalated');
    },
    WORKSPACE_TEST_TIMEOUT,
  );

  it(
    'is gone once submitted',
    async () => {
      mockGatewayHttp();
      const { user, socket, unmount } = await openWrapUp();
      act(() => socket.serverDisconnect());
      pick('wrapup-disposition', 'Resolved');
      await writeNote(user, 'Paid out');
      pageHide();
      expect(await storedDrafts()).toHaveLength(1);

      await user.click(screen.getByTestId('wrapup-submit'));
      await screen.findByTestId('idle');

      expect(await storedDrafts()).toEqual([]);
      await closeWindow({ unmount });
    },
    WORKSPACE_TEST_TIMEOUT,
  );

  it(
    'is gone when the contact leaves the desktop',
    async () => {
      mockGatewayHttp();
      const first = await openWrapUp();
      await writeNote(first.user, 'Half written');
      pageHide();
      expect(await storedDrafts()).toHaveLength(1);

      act(() =>
        first.socket.serverEmit('contact.ended', { contactId: 'contact-1', reason: 'transferred' }),
      );
      await screen.findByTestId('idle');
      expect(await storedDrafts()).toEqual([]);
      await closeWindow(first);

      await openWrapUp();
      await settle();
      expect(noteField()).toHaveValue('');
    },
    WORKSPACE_TEST_TIMEOUT,
  );

  it(
    'is gone after the agent signs out',
    async () => {
      mockGatewayHttp();
      const first = await openWrapUp();
      await writeNote(first.user, 'Callback promised');
      pageHide();

      await first.user.click(screen.getByTestId('signout'));
      await screen.findByTestId('signin-username');
      await closeWindow(first);

      await openWrapUp();
      await settle();
      expect(noteField()).toHaveValue('');
      expect(await storedDrafts()).toEqual([]);
    },
    WORKSPACE_TEST_TIMEOUT,
  );
});
