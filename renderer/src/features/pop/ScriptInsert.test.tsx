import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestQueryClient } from '../../../../test/setup/renderer-providers';
import { contactKeys } from '../../api/contacts/keys';
import type { HeldOffer } from '../../api/contacts/offers-cache';
import { ChatPane } from '../chat/ChatPane';
import { aChatContact } from '../chat/test-fixtures';
import { renderChat, stubChatGateway } from '../chat/test-support';
import { ScriptsPanel } from './ScriptsPanel';
import { aScript } from './test-fixtures';

const lateClaim = aScript({ id: 'scr-1', text: 'I am sorry your claim is late.' });
const nextStep = aScript({ id: 'scr-2', text: 'The adjuster will call you today.', score: 0.1 });

function renderWithHeld(contact: HeldOffer['contact']) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData<HeldOffer[]>(contactKeys.offers(), [{ contact, candidates: [] }]);
  return renderChat(
    <>
      <ScriptsPanel scripts={[lateClaim, nextStep]} marketingConsent />
      {contact.channel === 'chat' && <ChatPane contact={contact} />}
    </>,
    { queryClient, state: { activeContactId: contact.id } },
  );
}

beforeEach(() => {
  stubChatGateway();
});
afterEach(() => vi.restoreAllMocks());

describe('inserting a recommended script into the chat', () => {
  it('appends the script to the draft for the agent to review, without sending', async () => {
    const { user, socket } = renderWithHeld(aChatContact());
    const input = screen.getByTestId('chat-input');
    await user.click(input);
    await user.paste('Hello Mr Wang.');

    const [first, second] = screen.getAllByTestId('script');
    await user.click(within(first!).getByTestId('script-insert'));
    expect(within(first!).getByTestId('script-insert')).toHaveTextContent('Inserted');
    await user.click(within(second!).getByTestId('script-insert'));

    expect(input).toHaveValue(
      'Hello Mr Wang.\n\nI am sorry your claim is late.\n\nThe adjuster will call you today.',
    );
    expect(socket.emitsOf('chat.send')).toEqual([]);
  });

  it('is offered only while the contact on screen is a chat in progress', () => {
    const { unmount } = renderWithHeld(aChatContact({ state: 'wrap_up' }));
    expect(screen.queryByTestId('script-insert')).not.toBeInTheDocument();
    unmount();

    renderWithHeld(aChatContact({ channel: 'voice' }));
    expect(screen.getAllByTestId('script-copy')).toHaveLength(2);
    expect(screen.queryByTestId('script-insert')).not.toBeInTheDocument();
  });
});
