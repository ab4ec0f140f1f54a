import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Handover } from '../../../../shared/schemas/contact';
import { aRingingContact, anActiveContact, ME, renderLifecycleWorkspace } from './test-lifecycle';

const aHandover = (overrides: Partial<Handover> = {}): Handover => ({
  fromAgentId: 'agent-2',
  fromAgentName: 'Li Na',
  mode: 'warm',
  note: 'Wants the claim paid this week; already apologised for the delay.',
  facts: ['Identity verified', 'Wants C-2031 paid'],
  at: new Date().toISOString(),
  ...overrides,
});

describe('contact lifecycle on the desktop', () => {
  it('rings with who, queue, urgency and a countdown, the pop readable underneath', async () => {
    const { gateway } = await renderLifecycleWorkspace();

    gateway.offer(aRingingContact({ urgent: true, queue: 'complaints' }));

    const ringing = await screen.findByTestId('offer-ringing');
    expect(within(ringing).getByTestId('ringing-who')).toHaveTextContent('Wang Li (138****5678)');
    expect(within(ringing).getByTestId('ringing-queue')).toHaveTextContent('complaints');
    expect(within(ringing).getByTestId('ringing-urgent')).toHaveTextContent('Urgent');
    expect(within(ringing).getByTestId('ring-countdown')).toHaveTextContent(
      /Rings out in 0:(19|20)/,
    );
    expect(screen.getByTestId('pop')).toHaveAttribute('data-customer-id', 'cust-001');
    expect(screen.queryByTestId('contact-end')).not.toBeInTheDocument();
  });

  it('accepts: contact.accept goes out and the contact is connected', async () => {
    const { socket, gateway, user } = await renderLifecycleWorkspace();
    gateway.offer(aRingingContact());

    await user.click(await screen.findByTestId('contact-accept'));

    expect(await screen.findByTestId('contact-end')).toBeInTheDocument();
    expect(socket.emitsOf('contact.accept')).toEqual([{ contactId: 'contact-1' }]);
    expect(screen.queryByTestId('offer-ringing')).not.toBeInTheDocument();
    expect(screen.getByTestId('active-contact')).toHaveAttribute('data-phase', 'active');
  });

  it('accepts with Ctrl+Enter', async () => {
    const { socket, gateway, user } = await renderLifecycleWorkspace();
    gateway.offer(aRingingContact());
    await screen.findByTestId('offer-ringing');

    await user.keyboard('{Control>}{Enter}{/Control}');

    await waitFor(() =>
      expect(socket.emitsOf('contact.accept')).toEqual([{ contactId: 'contact-1' }]),
    );
    expect(await screen.findByTestId('contact-end')).toBeInTheDocument();
  });

  it('declines: contact.decline goes out and the contact leaves', async () => {
    const { socket, gateway, user } = await renderLifecycleWorkspace();
    gateway.offer(aRingingContact());

    await user.click(await screen.findByTestId('contact-decline'));

    expect(await screen.findByTestId('idle')).toBeInTheDocument();
    expect(socket.emitsOf('contact.decline')).toEqual([{ contactId: 'contact-1' }]);
    expect(socket.emitsOf('contact.accept')).toEqual([]);
  });

  it('keeps the offer and says why when the accept is refused', async () => {
    const { socket, gateway, user } = await renderLifecycleWorkspace();
    socket.answer('contact.accept', () => ({
      ok: false,
      error: { code: 'conflict', message: 'The offer rang out.' },
    }));
    gateway.offer(aRingingContact());

    await user.click(await screen.findByTestId('contact-accept'));

    expect(
      await screen.findByText('Could not accept the contact: The offer rang out.'),
    ).toBeVisible();
    expect(screen.getByTestId('offer-ringing')).toBeInTheDocument();
  });

  it('rings a warm transfer with the handover to read first, and keeps it after the accept', async () => {
    const { gateway, user } = await renderLifecycleWorkspace();
    gateway.offer(
      anActiveContact({
        ownerId: 'agent-2',
        handover: aHandover(),
        pendingTransfer: { toAgentId: ME, toAgentName: 'Lin Mei' },
      }),
    );

    const ringing = await screen.findByTestId('offer-ringing');
    expect(ringing).toHaveTextContent('Transfer from Li Na');
    const banner = screen.getByTestId('handover');
    expect(banner).toHaveTextContent('Transferred from Li Na');
    expect(banner).toHaveTextContent('Warm transfer');
    expect(within(banner).getByTestId('handover-note')).toHaveTextContent(
      'Wants the claim paid this week; already apologised for the delay.',
    );
    expect(banner).toHaveTextContent('Already confirmed — don’t ask again');
    expect(
      within(banner)
        .getAllByTestId('handover-fact')
        .map((li) => li.textContent),
    ).toEqual(['Identity verified', 'Wants C-2031 paid']);

    await user.click(within(ringing).getByTestId('contact-accept'));

    expect(await screen.findByTestId('contact-end')).toBeInTheDocument();
    expect(screen.getByTestId('handover')).toHaveTextContent('Identity verified');
  });

  it('shows a cold handover on a contact that arrives connected', async () => {
    const { gateway } = await renderLifecycleWorkspace();
    gateway.offer(anActiveContact({ handover: aHandover({ mode: 'cold', facts: [] }) }));

    const banner = await screen.findByTestId('handover');
    expect(banner).toHaveAttribute('data-mode', 'cold');
    expect(banner).toHaveTextContent('Cold transfer');
    expect(within(banner).queryAllByTestId('handover-fact')).toHaveLength(0);
    expect(screen.queryByTestId('offer-ringing')).not.toBeInTheDocument();
  });

  it('drops the contact when the customer hangs up while it rings', async () => {
    const { socket, gateway } = await renderLifecycleWorkspace();
    gateway.offer(aRingingContact());
    await screen.findByTestId('offer-ringing');

    act(() => socket.serverEmit('contact.ended', { contactId: 'contact-1', reason: 'abandoned' }));

    expect(await screen.findByTestId('idle')).toBeInTheDocument();
  });
});
