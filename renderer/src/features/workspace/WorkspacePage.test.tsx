import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { appStore } from '../../state';
import {
  aRingingContact,
  anActiveContact,
  mockGatewayHttp,
  renderLifecycleWorkspace,
} from './test-lifecycle';

describe('workspace', () => {
  it('connects, announces agent.ready and waits for a contact', async () => {
    const { socket } = await renderLifecycleWorkspace();
    expect(socket.emitsOf('agent.ready')).toEqual([{ delivery: { resume: null } }]);
    expect(screen.getByTestId('agent-name')).toHaveTextContent('Lin Mei');
    expect(screen.getByTestId('connection-badge')).toHaveAttribute('data-status', 'ready');
    expect(screen.getByTestId('idle')).toHaveTextContent('Waiting for the next contact');
  });

  it('pops the customer when a contact is offered and announces it', async () => {
    const { gateway } = await renderLifecycleWorkspace();

    gateway.offer(aRingingContact({ id: 'contact-1' }));

    const active = await screen.findByTestId('active-contact');
    expect(active).toHaveAttribute('data-contact-id', 'contact-1');
    expect(within(active).getByTestId('pop')).toHaveAttribute('data-customer-id', 'cust-001');
    expect(screen.queryByTestId('idle')).not.toBeInTheDocument();
    expect(screen.getByTestId('pop-announcer')).toHaveTextContent('New call: Wang Li');
  });

  it('ignores a malformed offer and stays idle', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { socket } = await renderLifecycleWorkspace();

    act(() => socket.serverEmitRaw('contact.offered', { contact: 'nonsense' }));

    expect(screen.getByTestId('idle')).toBeInTheDocument();
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('ignored contact.offered'),
      expect.anything(),
    );
    warn.mockRestore();
  });

  it('returns to idle when the gateway ends the contact', async () => {
    const { socket, gateway } = await renderLifecycleWorkspace();
    gateway.offer(aRingingContact({ id: 'contact-1' }));
    await screen.findByTestId('active-contact');

    act(() => socket.serverEmit('contact.ended', { contactId: 'contact-1', reason: 'abandoned' }));

    expect(await screen.findByTestId('idle')).toBeInTheDocument();
    expect(screen.queryByTestId('active-contact')).not.toBeInTheDocument();
  });

  it('ends the contact from the button into wrap-up, keeping both contacts held', async () => {
    const { socket, gateway, user } = await renderLifecycleWorkspace();
    gateway.offer(anActiveContact({ id: 'contact-1' }));
    gateway.offer(anActiveContact({ id: 'contact-2', customerId: 'cust-002' }), 'Zhao Min');
    expect(await screen.findAllByTestId('offer-tab')).toHaveLength(2);

    await user.click(screen.getByTestId('contact-end'));

    const form = await screen.findByTestId('wrapup-form');
    expect(form).toHaveAttribute('data-contact-id', 'contact-1');
    expect(socket.emitsOf('contact.end')).toEqual([{ contactId: 'contact-1' }]);
    expect(screen.getByTestId('active-contact')).toHaveAttribute('data-phase', 'wrap_up');
    expect(screen.queryByTestId('contact-end')).not.toBeInTheDocument();
    expect(screen.getAllByTestId('offer-tab')).toHaveLength(2);
  });

  it('switches between held contacts with the tabs', async () => {
    const { gateway, user } = await renderLifecycleWorkspace();
    gateway.offer(anActiveContact({ id: 'contact-1' }));
    gateway.offer(anActiveContact({ id: 'contact-2', customerId: 'cust-002' }), 'Zhao Min');

    await user.click(
      await screen.findByText('Zhao Min', { selector: '[data-testid="offer-tab"] bdi' }),
    );

    await waitFor(() =>
      expect(screen.getByTestId('active-contact')).toHaveAttribute('data-contact-id', 'contact-2'),
    );
  });

  it('announces agent.ready again after a reconnect', async () => {
    const { socket } = await renderLifecycleWorkspace();

    act(() => socket.serverDisconnect());
    expect(screen.getByTestId('app')).toHaveAttribute('data-app-state', 'connecting');
    act(() => socket.serverConnect());

    await waitFor(() =>
      expect(screen.getByTestId('app')).toHaveAttribute('data-app-state', 'ready'),
    );
    expect(socket.emitsOf('agent.ready')).toHaveLength(2);
  });

  it('signs out from the header, ends the session on the gateway and forgets the customer data', async () => {
    const logout = vi.fn((_url: URL, init: RequestInit | undefined) => {
      expect(JSON.parse(init?.body as string)).toEqual({ refreshToken: 'test-refresh-token' });
      return null;
    });
    const { requests, spy } = mockGatewayHttp({ 'POST /api/v1/auth/logout': logout });
    const { socket, gateway, user, queryClient } = await renderLifecycleWorkspace();
    gateway.offer(aRingingContact({ id: 'contact-1' }));
    await screen.findByTestId('active-contact');

    await user.click(screen.getByTestId('signout'));

    expect(screen.getByTestId('app')).toHaveAttribute('data-app-state', 'signed-out');
    expect(socket.connected).toBe(false);
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0);
    expect(appStore.getState().token).toBeNull();
    expect(requests).toContain('POST /api/v1/auth/logout');
    expect(logout).toHaveBeenCalledTimes(1);
    // The agent's own sign-out is no news to them.
    expect(screen.queryByTestId('signin-session-ended')).not.toBeInTheDocument();
    spy.mockRestore();
  });

  it('lands on sign-in with a message when the gateway refuses the token and the session cannot be refreshed', async () => {
    const spy = vi.spyOn(globalThis, 'fetch').mockResolvedValue(
      new Response(JSON.stringify({ error: { code: 'unauthorized', message: 'ended' } }), {
        status: 401,
        headers: { 'Content-Type': 'application/json' },
      }),
    );
    const { socket } = await renderLifecycleWorkspace();
    act(() => socket.refuseConnection('unauthorized'));
    await waitFor(() =>
      expect(screen.getByTestId('app')).toHaveAttribute('data-app-state', 'signed-out'),
    );
    expect(screen.getByTestId('signin-submit')).toBeInTheDocument();
    expect(screen.getByTestId('signin-session-ended')).toHaveTextContent(
      'Your session has ended. Sign in again to continue.',
    );
    spy.mockRestore();
  });
});
