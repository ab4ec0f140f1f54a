import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Handover } from '../../../../shared/schemas/contact';
import {
  anActiveContact,
  byValue,
  mockGatewayHttp,
  pick,
  renderLifecycleWorkspace,
} from '../workspace/test-lifecycle';

/** Opening the dialog renders antd's modal and the pop beneath: slow in jsdom on a shared machine. */
const DIALOG_TEST_TIMEOUT = 40_000;

afterEach(() => {
  vi.restoreAllMocks();
});


const noteField = () => {
  const note = document.querySelector<HTMLTextAreaElement>('[name="transferNote"]');
  if (!note) throw new Error('no transfer note');
  return note;
};

async function writeNote(user: UserEvent, text: string) {
  await user.click(noteField());
  await user.paste(text);
}

const handover: Handover = {
  fromAgentId: 'agent-3',
  fromAgentName: 'Zhou Min',
  mode: 'cold',
  note: '',
  facts: ['Identity verified'],
  at: new Date().toISOString(),
};

async function openTransfer(contact = anActiveContact()) {
  const http = mockGatewayHttp();
  const rendered = await renderLifecycleWorkspace();
  rendered.gateway.offer(contact);
  await rendered.user.click(await screen.findByTestId('contact-transfer'));
  await screen.findByTestId('transfer-dialog');
  return { ...rendered, http };
}

describe('transfer', () => {
  it(
    'sends a warm transfer to an agent with the note and the ticked facts, then waits for their accept',
    async () => {
      const { socket, user } = await openTransfer(anActiveContact({ handover }));
      const facts = screen
        .getAllByTestId('transfer-fact-text')
        .map((input) => (input as HTMLInputElement).value);
      // The facts handed over to us come first, then what the pop already knows.
      expect(facts[0]).toBe('Identity verified');
      expect(facts.length).toBeGreaterThan(1);

      expect(byValue('transfer-mode', 'warm')).toHaveAttribute('aria-checked', 'true');
      expect(byValue('transfer-target-kind', 'queue')).toBeDisabled();
      await waitFor(() => pick('transfer-target', 'Li Na — Available'));
      await writeNote(user, 'Claim C-2031 overdue; she wants a date.');
      // Untick the second fact, edit the first.
      await user.click(screen.getAllByTestId('transfer-fact-check')[1]!);
      const first = screen.getAllByTestId('transfer-fact-text')[0]!;
      await user.clear(first);
      await user.click(first);
      await user.paste('Identity verified by date of birth');
      await user.click(screen.getByTestId('transfer-submit'));

      await waitFor(() => expect(socket.emitsOf('contact.transfer')).toHaveLength(1));
      expect(socket.emitsOf('contact.transfer')[0]).toEqual({
        contactId: 'contact-1',
        mode: 'warm',
        target: { kind: 'agent', agentId: 'agent-2' },
        note: 'Claim C-2031 overdue; she wants a date.',
        facts: ['Identity verified by date of birth', ...facts.slice(2)],
      });
      expect(await screen.findByTestId('transfer-pending')).toHaveTextContent(
        'Waiting for Li Na to accept the transfer',
      );
      // The agent keeps going meanwhile.
      await user.click(screen.getByTestId('transfer-keep-going'));
      expect(screen.getByTestId('transfer-pending')).toHaveAttribute('data-folded', 'true');
      expect(screen.getByTestId('contact-end')).toBeEnabled();
      expect(screen.getByTestId('contact-transfer')).toBeDisabled();
    },
    DIALOG_TEST_TIMEOUT,
  );

  it(
    'lists colleagues with their state, leaving out offline ones and the agent',
    async () => {
      await openTransfer();
      fireEvent.mouseDown(within(screen.getByTestId('transfer-target')).getByRole('combobox'));
      await waitFor(() =>
        expect(
          [...document.querySelectorAll('.ant-select-item-option')].map((o) => o.textContent),
        ).toEqual(['Li Na — Available', 'Zhou Min — Away']),
      );
    },
    DIALOG_TEST_TIMEOUT,
  );

  it(
    'sends a cold transfer to a queue, and the contact leaves the desktop',
    async () => {
      const { socket, user } = await openTransfer();

      await user.click(byValue('transfer-mode', 'cold'));
      await user.click(byValue('transfer-target-kind', 'queue'));
      await waitFor(() => pick('transfer-target', 'Complaints · 1 waiting'));
      await writeNote(user, 'Wants a complaint opened about the adjuster.');
      for (const check of screen.getAllByTestId('transfer-fact-check')) await user.click(check);
      await user.click(screen.getByTestId('transfer-submit'));

      expect(await screen.findByTestId('idle')).toBeInTheDocument();
      expect(socket.emitsOf('contact.transfer')).toEqual([
        {
          contactId: 'contact-1',
          mode: 'cold',
          target: { kind: 'queue', queueId: 'complaints' },
          note: 'Wants a complaint opened about the adjuster.',
          facts: [],
        },
      ]);
    },
    DIALOG_TEST_TIMEOUT,
  );

  it(
    'needs a target and a note, and keeps them when the gateway refuses',
    async () => {
      const { socket, user } = await openTransfer();
      socket.answer('contact.transfer', () => ({
        ok: false,
        error: { code: 'conflict', message: 'Li Na is no longer available', field: 'target' },
      }));

      await user.click(screen.getByTestId('transfer-submit'));
      expect(await screen.findByText('Choose who takes the contact')).toBeInTheDocument();
      expect(screen.getByText('Write what the next agent needs to know')).toBeInTheDocument();
      expect(socket.emitsOf('contact.transfer')).toEqual([]);

      await waitFor(() => pick('transfer-target', 'Li Na — Available'));
      await writeNote(user, 'Over to you.');
      await user.click(screen.getByTestId('transfer-submit'));

      expect(await screen.findByText('Li Na is no longer available')).toHaveAttribute(
        'data-field',
        'target',
      );
      expect(noteField()).toHaveValue('Over to you.');
      expect(screen.getByTestId('transfer-dialog')).toBeInTheDocument();
    },
    DIALOG_TEST_TIMEOUT,
  );
});

describe('consult', () => {
  it(
    'chats with a colleague about the contact; their answer lands in the same thread',
    async () => {
      mockGatewayHttp();
      const { socket, gateway, user } = await renderLifecycleWorkspace();
      gateway.offer(anActiveContact());
      await user.click(await screen.findByTestId('contact-consult'));

      await waitFor(() => pick('consult-agent', 'Li Na — Available'));
      await user.click(screen.getByTestId('consult-input'));
      await user.paste('Can we pay C-2031 before Friday?');
      await user.keyboard('{Enter}');

      await waitFor(() =>
        expect(screen.getAllByTestId('consult-message').map((m) => m.textContent)).toEqual([
          expect.stringContaining('Can we pay C-2031 before Friday?'),
        ]),
      );
      expect(socket.emitsOf('consult.send')).toEqual([
        { contactId: 'contact-1', toAgentId: 'agent-2', text: 'Can we pay C-2031 before Friday?' },
      ]);
      expect(screen.getByTestId('consult-input')).toHaveValue('');

      // Li Na answers.
      act(() =>
        socket.serverEmit('consult.message', {
          contactId: 'contact-1',
          fromAgentId: 'agent-2',
          fromAgentName: 'Li Na',
          toAgentId: 'agent-1',
          text: 'Yes, the adjuster signed off this morning.',
          sentAt: new Date(Date.now() + 1000).toISOString(),
        }),
      );
      await waitFor(() =>
        expect(
          screen.getAllByTestId('consult-message').map((m) => m.getAttribute('data-mine')),
        ).toEqual(['true', 'false']),
      );
      expect(screen.getAllByTestId('consult-message')[1]).toHaveTextContent(
        'Yes, the adjuster signed off this morning.',
      );
    },
    DIALOG_TEST_TIMEOUT,
  );

  it('shows a colleague’s question about their own contact in the inbox', async () => {
    const { socket, user } = await renderLifecycleWorkspace();

    act(() =>
      socket.serverEmit('consult.message', {
        contactId: 'contact-9',
        fromAgentId: 'agent-2',
        fromAgentName: 'Li Na',
        toAgentId: 'agent-1',
        text: 'Is a rental car covered on motor plus?',
        sentAt: new Date().toISOString(),
      }),
    );
    await waitFor(() =>
      expect(screen.getByTestId('consult-inbox').closest('.ant-badge')).toHaveTextContent('1'),
    );
    await user.click(screen.getByTestId('consult-inbox'));

    const thread = await screen.findByTestId('consult-inbox-thread');
    expect(thread).toHaveAttribute('data-contact-id', 'contact-9');
    expect(within(thread).getByTestId('consult-message')).toHaveTextContent(
      'Is a rental car covered on motor plus?',
    );
  });
});
