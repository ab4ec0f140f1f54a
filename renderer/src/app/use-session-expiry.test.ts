import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { aLogin, signedInState } from '../../../test/setup/renderer-providers';
import { setGatewayUrl } from '../platform/desktop-bridge';
import { appStore } from '../state';
import { useSessionExpiry } from './use-session-expiry';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const inMs = (ms: number) => new Date(Date.now() + ms).toISOString();

describe('session upkeep', () => {
  let fetchMock: MockInstance<typeof fetch>;
  beforeEach(() => {
    vi.useFakeTimers();
    setGatewayUrl('http://gateway.test');
    fetchMock = vi.spyOn(globalThis, 'fetch');
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('refreshes the access token a minute before it expires', async () => {
    appStore.setState({ ...signedInState(), expiresAt: inMs(15 * 60_000) });
    fetchMock.mockResolvedValue(
      json(200, aLogin({ token: 'next-token', expiresAt: inMs(30 * 60_000) })),
    );
    renderHook(() => useSessionExpiry());

    await vi.advanceTimersByTimeAsync(13 * 60_000);
    expect(fetchMock).not.toHaveBeenCalled();

    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(appStore.getState().token).toBe('next-token');
  });

  it('signs the agent out, with a notice, when the session cannot be refreshed', async () => {
    appStore.setState({ ...signedInState(), expiresAt: inMs(2 * 60_000) });
    fetchMock.mockResolvedValue(json(401, { error: { code: 'unauthorized', message: 'ended' } }));
    renderHook(() => useSessionExpiry());

    await vi.advanceTimersByTimeAsync(60_000);
    expect(appStore.getState().token).toBeNull();
    expect(appStore.getState().signInNotice).toBe('session-ended');
  });

  it('asks again while the gateway is unreachable, and signs out when the session runs out', async () => {
    appStore.setState({
      ...signedInState(),
      expiresAt: inMs(2 * 60_000),
      refreshExpiresAt: inMs(3 * 60_000),
    });
    fetchMock.mockRejectedValue(new TypeError('fetch failed'));
    renderHook(() => useSessionExpiry());

    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(15_000);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(appStore.getState().token).not.toBeNull();

    await vi.advanceTimersByTimeAsync(2 * 60_000);
    expect(appStore.getState().token).toBeNull();
    expect(appStore.getState().signInNotice).toBe('session-ended');
  });
});
