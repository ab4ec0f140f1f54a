import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_DESKTOP_SETTINGS } from '../../../shared/desktop-settings';
import { aCustomer, aPopBundle } from '../features/pop/test-fixtures';
import {
  aRingingContact,
  mockGatewayHttp,
  renderLifecycleWorkspace,
} from '../features/workspace/test-lifecycle';
import { appStore } from '../state';
import { listenToDesktop } from './desktop-inbox';
import { installFakeDesktop } from './test-desktop-api';
import type { FakeDesktop } from './test-desktop-api';

let desktop: FakeDesktop | null = null;
afterEach(() => {
  desktop?.uninstall();
  desktop = null;
  vi.restoreAllMocks();
});

async function renderDesktopWorkspace() {
  desktop = installFakeDesktop();
  mockGatewayHttp({
    'GET /api/v1/customers/cust-777/pop': () =>
      aPopBundle({ customer: aCustomer({ id: 'cust-777', name: 'Hosseini Maryam' }) }),
  });
  const rendered = await renderLifecycleWorkspace();
  await waitFor(() => expect(desktop?.listenerCount()).toBe(1));
  return { ...rendered, desktop };
}

describe('the desktop bridge', () => {
  it('tells main who is calling, with tier and risk, when an offer rings, and when it stops', async () => {
    const { gateway, desktop } = await renderDesktopWorkspace();
    gateway.offer(aRingingContact({ id: 'c-41', customerId: 'cust-001' }), 'Wang Li');

    await waitFor(() => expect(desktop.api.offerArrived).toHaveBeenCalledTimes(1));
    const [offer] = desktop.api.offerArrived.mock.calls[0] as [
      Parameters<FakeDesktop['api']['offerArrived']>[0],
    ];
    expect(offer.contactId).toBe('c-41');
    expect(offer.notification.title).toBe('Incoming call: Wang Li');
    expect(offer.notification.body).toMatch(/^\S.* · .*risk|not scored/i);

    await screen.findByTestId('offer-ringing');
    act(() => desktop.send({ type: 'accept-offer', contactId: null }));
    await waitFor(() => expect(desktop.api.offerEnded).toHaveBeenCalledWith('c-41'));
  });

  it('accepts the ringing offer when main says so (global shortcut, compact window)', async () => {
    const { gateway, desktop, socket } = await renderDesktopWorkspace();
    gateway.offer(aRingingContact({ id: 'c-42' }));
    await screen.findByTestId('offer-ringing');

    act(() => desktop.send({ type: 'accept-offer', contactId: 'c-42' }));

    await waitFor(() =>
      expect(socket.emitted).toContainEqual({
        event: 'contact.accept',
        payload: { contactId: 'c-42' },
      }),
    );
  });

  it('opens the customer a firebreak://customer link names, and comes back', async () => {
    const { desktop, user } = await renderDesktopWorkspace();

    act(() =>
      desktop.send({ type: 'open-link', link: { kind: 'customer', customerId: 'cust-777' } }),
    );

    const view = await screen.findByTestId('customer-view');
    expect(view).toHaveAttribute('data-customer-id', 'cust-777');
    expect(await screen.findByText('Hosseini Maryam')).toBeInTheDocument();
    await user.click(screen.getByTestId('customer-view-back'));
    expect(screen.queryByTestId('customer-view')).toBeNull();
  });

  it('says so when a firebreak://contact link names a contact the agent does not hold', async () => {
    const { desktop } = await renderDesktopWorkspace();
    act(() => desktop.send({ type: 'open-link', link: { kind: 'contact', contactId: 'c-999' } }));
    expect(await screen.findByText('That contact is not on your desk.')).toBeInTheDocument();
  });

  it('keeps the tray in step with presence, waiting count and language, and applies settings from main', async () => {
    const { desktop, socket } = await renderDesktopWorkspace();
    act(() =>
      socket.serverEmit('queue.waiting', {
        queues: [
          { queueId: 'claims', waiting: 3 },
          { queueId: 'complaints', waiting: 1 },
        ],
      }),
    );
    await waitFor(() =>
      expect(desktop.api.updateTray).toHaveBeenLastCalledWith({
        presence: 'available',
        waiting: 4,
        language: 'en',
      }),
    );

    act(() =>
      desktop.send({
        type: 'settings-changed',
        settings: { ...DEFAULT_DESKTOP_SETTINGS, language: 'fa', sound: { enabled: false, volume: 0.3 } },
      }),
    );

    await waitFor(() =>
      expect(desktop.api.updateTray).toHaveBeenLastCalledWith(
        expect.objectContaining({ language: 'fa' }),
      ),
    );
    expect(appStore.getState().ringSound).toEqual({ enabled: false, volume: 0.3 });
  });

  it('keeps a link that came before the agent signed in, and opens it once the workspace is up', async () => {
    desktop = installFakeDesktop();
    listenToDesktop(desktop.api); // as main.tsx does at start-up, before any sign-in
    desktop.send({ type: 'open-link', link: { kind: 'customer', customerId: 'cust-777' } });
    mockGatewayHttp({
      'GET /api/v1/customers/cust-777/pop': () =>
        aPopBundle({ customer: aCustomer({ id: 'cust-777', name: 'Hosseini Maryam' }) }),
    });

    await renderLifecycleWorkspace();

    expect(await screen.findByTestId('customer-view')).toHaveAttribute(
      'data-customer-id',
      'cust-777',
    );
  });
});
