import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ContactOffer } from '../../../../shared/schemas/contact';
import { renderWithProviders, signedInState } from '../../../../test/setup/renderer-providers';
import { AppRoot } from '../../app/AppRoot';
import { appStore } from '../../state';
import { aContact, aCustomer, aPopBundle } from '../pop/test-fixtures';

const anOffer = (id: string, name = 'Wang Li', customerId = 'cust-001'): ContactOffer => ({
  contact: aContact({ id, customerId }),
  pop: aPopBundle({ customer: aCustomer({ id: customerId, name }) }),
  candidates: [],
});

async function renderReadyWorkspace() {
  const rendered = renderWithProviders(<AppRoot />, { state: signedInState() });
  await waitFor(() => expect(screen.getByTestId('app')).toHaveAttribute('data-app-state', 'ready'));
  return { ...rendered, socket: rendered.sockets.latest() };
}

describe('workspace', () => {
  it('connects, announces agent.ready and waits for a contact', async () => {
    const { socket } = await renderReadyWorkspace();
    expect(socket.emitsOf('agent.ready')).toEqual([{}]);
    expect(screen.getByTestId('agent-name')).toHaveTextContent('Lin Mei');
    expect(screen.getByTestId('connection-badge')).toHaveAttribute('data-status', 'ready');
    expect(screen.getByTestId('idle')).toHaveTextContent('Waiting for the next contact');
  });

  it('pops the customer when a contact is offered and announces it', async () => {
    const { socket } = await renderReadyWorkspace();

    act(() => socket.serverEmit('contact.offered', anOffer('contact-1')));

    const active = await screen.findByTestId('active-contact');
    expect(active).toHaveAttribute('data-contact-id', 'contact-1');
    expect(within(active).getByTestId('pop')).toHaveAttribute('data-customer-id', 'cust-001');
    expect(screen.queryByTestId('idle')).not.toBeInTheDocument();
    expect(screen.getByTestId('pop-announcer')).toHaveTextContent('New call: Wang Li');
  });

  it('ignores a malformed offer and stays idle', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { socket } = await renderReadyWorkspace();

    act(() => socket.serverEmitRaw('contact.offered', { contact: 'nonsense' }));

    expect(screen.getByTestId('idle')).toBeInTheDocument();
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('ignored contact.offered'),
      expect.anything(),
    );
    warn.mockRestore();
  });

  it('returns to idle when the gateway ends the contact', async () => {
    const { socket } = await renderReadyWorkspace();
    act(() => socket.serverEmit('contact.offered', anOffer('contact-1')));
    await screen.findByTestId('active-contact');

    act(() => socket.serverEmit('contact.ended', { contactId: 'contact-1' }));

    expect(await screen.findByTestId('idle')).toBeInTheDocument();
    expect(screen.queryByTestId('active-contact')).not.toBeInTheDocument();
  });

  it('ends the contact from the button and moves to the next held one', async () => {
    const { socket, user } = await renderReadyWorkspace();
    act(() => {
      socket.serverEmit('contact.offered', anOffer('contact-1'));
      socket.serverEmit('contact.offered', anOffer('contact-2', 'Zhao Min', 'cust-002'));
    });
    expect(await screen.findAllByTestId('offer-tab')).toHaveLength(2);

    await user.click(screen.getByTestId('contact-end'));

    await waitFor(() =>
      expect(screen.getByTestId('active-contact')).toHaveAttribute('data-contact-id', 'contact-2'),
    );
    expect(socket.emitsOf('contact.end')).toEqual([{ contactId: 'contact-1' }]);
    expect(screen.queryByTestId('offer-tab')).not.toBeInTheDocument();
  });

  it('switches between held contacts with the tabs', async () => {
    const { socket, user } = await renderReadyWorkspace();
    act(() => {
      socket.serverEmit('contact.offered', anOffer('contact-1'));
      socket.serverEmit('contact.offered', anOffer('contact-2', 'Zhao Min', 'cust-002'));
    });

    await user.click(
      await screen.findByText('Zhao Min', { selector: '[data-testid="offer-tab"] bdi' }),
    );

    await waitFor(() =>
      expect(screen.getByTestId('active-contact')).toHaveAttribute('data-contact-id', 'contact-2'),
    );
  });

  it('announces agent.ready again after a reconnect', async () => {
    const { socket } = await renderReadyWorkspace();

    act(() => socket.serverDisconnect());
    expect(screen.getByTestId('app')).toHaveAttribute('data-app-state', 'connecting');
    act(() => socket.serverConnect());

    await waitFor(() =>
      expect(screen.getByTestId('app')).toHaveAttribute('data-app-state', 'ready'),
    );
    expect(socket.emitsOf('agent.ready')).toHaveLength(2);
  });

  it('switches presence to away and back', async () => {
    const { socket, user } = await renderReadyWorkspace();
    const toggle = screen.getByTestId('presence-toggle');
    expect(toggle).toBeChecked();

    await user.click(toggle);

    await waitFor(() =>
      expect(screen.getByTestId('presence-state')).toHaveAttribute('data-state', 'away'),
    );
    expect(toggle).not.toBeChecked();
    expect(socket.emitsOf('agent.set-state')).toEqual([{ state: 'away' }]);

    await user.click(toggle);

    await waitFor(() =>
      expect(screen.getByTestId('presence-state')).toHaveAttribute('data-state', 'available'),
    );
    expect(socket.emitsOf('agent.set-state')).toEqual([{ state: 'away' }, { state: 'available' }]);
  });

  it('signs out from the header and forgets the customer data', async () => {
    const { socket, user, queryClient } = await renderReadyWorkspace();
    act(() => socket.serverEmit('contact.offered', anOffer('contact-1')));
    await screen.findByTestId('active-contact');

    await user.click(screen.getByTestId('signout'));

    expect(screen.getByTestId('app')).toHaveAttribute('data-app-state', 'signed-out');
    expect(socket.connected).toBe(false);
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0);
    expect(appStore.getState().token).toBeNull();
  });

  it('signs out when the gateway refuses the token', async () => {
    const { socket } = await renderReadyWorkspace();
    act(() => socket.refuseConnection('unauthorized'));
    expect(screen.getByTestId('app')).toHaveAttribute('data-app-state', 'signed-out');
    expect(screen.getByTestId('signin-submit')).toBeInTheDocument();
  });
});
