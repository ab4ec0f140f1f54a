import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { createFakeSocketFactory, type FakeSocketFactory } from '../../../test/setup/fake-socket';
import {
  aLogin,
  createTestQueryClient,
  signedInState,
} from '../../../test/setup/renderer-providers';
import { contactKeys } from '../api/contacts/keys';
import type { HeldOffer } from '../api/contacts/offers-cache';
import { aContact, aPopBundle } from '../features/pop/test-fixtures';
import { setGatewayUrl } from '../platform/desktop-bridge';
import { appStore } from '../state';
import type { RealtimeConnector } from './RealtimeConnector';
import { startTestConnector } from '../../../test/setup/renderer-connector';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('RealtimeConnector and the session', () => {
  let sockets: FakeSocketFactory;
  let connector: RealtimeConnector;
  let fetchMock: MockInstance<typeof fetch>;
  const queryClient = createTestQueryClient();

  const start = async (options: { autoConnect?: boolean } = {}) => {
    sockets = createFakeSocketFactory(options);
    connector = startTestConnector({
      socketFactory: sockets.factory,
      queryClient,
      ackTimeoutMs: 10_000,
    });
    await settle();
  };

  beforeEach(() => {
    setGatewayUrl('http://gateway.test');
    appStore.setState(signedInState());
    fetchMock = vi.spyOn(globalThis, 'fetch');
  });
  afterEach(() => {
    connector.stop();
    vi.restoreAllMocks();
    queryClient.clear();
  });

  it('keeps the socket through a token refresh, and reconnects with the new token', async () => {
    await start();
    appStore.getState().refreshed(aLogin({ token: 'next-token' }));

    expect(sockets.sockets).toHaveLength(1);
    expect(sockets.latest().auth).toEqual({ token: 'next-token' });
    const offer = { contact: aContact({ id: 'contact-1' }), pop: aPopBundle(), candidates: [] };
    sockets.latest().serverEmit('contact.offered', offer);
    expect(queryClient.getQueryData<HeldOffer[]>(contactKeys.offers())).toHaveLength(1);
  });

  it('refreshes once when the gateway refuses the token, then connects with the fresh one', async () => {
    await start({ autoConnect: false });
    fetchMock.mockResolvedValue(json(200, aLogin({ token: 'fresh-token', refreshToken: 'r-2' })));

    sockets.latest().refuseConnection('unauthorized');
    await vi.waitFor(() => expect(appStore.getState().token).toBe('fresh-token'));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(JSON.parse(fetchMock.mock.calls[0]![1]?.body as string)).toEqual({
      refreshToken: 'test-refresh-token',
    });
    expect(sockets.latest().active).toBe(true); // connecting again
    expect(sockets.latest().auth).toEqual({ token: 'fresh-token' });
    sockets.latest().serverConnect();
    await vi.waitFor(() => expect(appStore.getState().connection).toBe('ready'));
  });

  it('lands on sign-in with a notice when the session was ended elsewhere (disabled, signed out)', async () => {
    await start({ autoConnect: false });
    sockets.latest().serverConnect();
    await settle();
    fetchMock.mockResolvedValue(
      json(401, { error: { code: 'unauthorized', message: 'The session has ended' } }),
    );

    // The gateway closes the socket; asking again is refused, and so is the refresh.
    sockets.latest().serverDisconnect('io server disconnect');
    expect(sockets.latest().active).toBe(true);
    sockets.latest().refuseConnection('unauthorized');

    await vi.waitFor(() => expect(appStore.getState().token).toBeNull());
    expect(appStore.getState().signInNotice).toBe('session-ended');
  });

  it('keeps the session when the gateway cannot be reached for the refresh, and tries again', async () => {
    await start({ autoConnect: false });
    fetchMock.mockRejectedValueOnce(new TypeError('fetch failed'));
    fetchMock.mockResolvedValue(json(200, aLogin({ token: 'fresh-token' })));

    sockets.latest().refuseConnection('unauthorized');
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    expect(appStore.getState().token).toBe('test-token');
    // The retry connects again, is refused again, and refreshes this time.
    await vi.waitFor(() => expect(sockets.latest().active).toBe(true));
    sockets.latest().refuseConnection('unauthorized');
    await vi.waitFor(() => expect(appStore.getState().token).toBe('fresh-token'));
  });
});
