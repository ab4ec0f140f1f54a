import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { z } from 'zod';
import { setGatewayUrl } from '../platform/desktop-bridge';
import { appStore } from '../state';
import { aLogin, signedInState } from '../../../test/setup/renderer-providers';
// `.js`: the lint's Node-builtin pattern `http` also matches an extensionless `…/http`.
import { ApiRequestError, apiFetch } from './http.js';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const pingSchema = z.object({ pong: z.boolean() });

describe('apiFetch', () => {
  let fetchMock: MockInstance<typeof fetch>;

  beforeEach(() => {
    setGatewayUrl('http://gateway.test/');
    fetchMock = vi.spyOn(globalThis, 'fetch');
  });
  afterEach(() => vi.restoreAllMocks());

  it('calls the gateway with the bearer token and returns the parsed body', async () => {
    appStore.setState(signedInState());
    fetchMock.mockResolvedValue(json(200, { pong: true, extra: 'dropped' }));

    await expect(apiFetch('/api/v1/ping', { schema: pingSchema })).resolves.toEqual({ pong: true });

    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('http://gateway.test/api/v1/ping');
    expect(new Headers(init?.headers).get('Authorization')).toBe('Bearer test-token');
  });

  it('sends a JSON body on POST', async () => {
    fetchMock.mockResolvedValue(json(200, { pong: true }));
    await apiFetch('/api/v1/ping', {
      schema: pingSchema,
      method: 'POST',
      body: { hello: 'world' },
    });
    const init = fetchMock.mock.calls[0]![1];
    expect(init?.method).toBe('POST');
    expect(init?.body).toBe('{"hello":"world"}');
    expect(new Headers(init?.headers).get('Content-Type')).toBe('application/json');
  });

  it('turns the gateway error body into an ApiRequestError', async () => {
    fetchMock.mockResolvedValue(
      json(400, { error: { code: 'validation_failed', message: 'Too long', field: 'username' } }),
    );
    const error = await apiFetch('/api/v1/ping', { schema: pingSchema }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error).toMatchObject({
      status: 400,
      code: 'validation_failed',
      message: 'Too long',
      field: 'username',
    });
  });

  it('rejects a success response that does not match the schema', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    fetchMock.mockResolvedValue(json(200, { pong: 'yes' }));
    await expect(apiFetch('/api/v1/ping', { schema: pingSchema })).rejects.toMatchObject({
      code: 'invalid_response',
    });
  });

  it('reports an unreachable gateway as a network error', async () => {
    fetchMock.mockRejectedValue(new TypeError('fetch failed'));
    await expect(apiFetch('/api/v1/ping', { schema: pingSchema })).rejects.toMatchObject({
      status: 0,
      code: 'network_error',
    });
  });

  describe('on a 401', () => {
    const unauthorized = () =>
      json(401, { error: { code: 'unauthorized', message: 'Token expired' } });
    /** A gateway whose access tokens are all stale but `fresh-token`, and whose refresh works. */
    const gatewayWithRefresh = (refresh: () => Response) =>
      fetchMock.mockImplementation((input, init) => {
        const url = input instanceof Request ? input.url : input.toString();
        if (url.endsWith('/api/v1/auth/refresh')) return Promise.resolve(refresh());
        const auth = new Headers(init?.headers).get('Authorization');
        return Promise.resolve(
          auth === 'Bearer fresh-token' ? json(200, { pong: true }) : unauthorized(),
        );
      });
    const calls = (path: string) =>
      fetchMock.mock.calls.filter(([url]) => (url as string).endsWith(path));

    it('refreshes the session once and retries with the new token', async () => {
      appStore.setState(signedInState());
      gatewayWithRefresh(() =>
        json(200, aLogin({ token: 'fresh-token', refreshToken: 'refresh-2' })),
      );

      await expect(apiFetch('/api/v1/ping', { schema: pingSchema })).resolves.toEqual({
        pong: true,
      });

      const [refresh] = calls('/api/v1/auth/refresh');
      expect(JSON.parse(refresh?.[1]?.body as string)).toEqual({
        refreshToken: 'test-refresh-token',
      });
      expect(appStore.getState()).toMatchObject({
        token: 'fresh-token',
        refreshToken: 'refresh-2',
      });
    });

    it('shares one refresh between calls refused at the same time', async () => {
      appStore.setState(signedInState());
      gatewayWithRefresh(() => json(200, aLogin({ token: 'fresh-token' })));

      const answers = await Promise.all(
        [1, 2, 3].map(() => apiFetch('/api/v1/ping', { schema: pingSchema })),
      );

      expect(answers).toEqual([{ pong: true }, { pong: true }, { pong: true }]);
      expect(calls('/api/v1/auth/refresh')).toHaveLength(1);
      expect(calls('/api/v1/ping')).toHaveLength(6);
    });

    it('signs the agent out, with a notice, when the session cannot be refreshed', async () => {
      appStore.setState({ ...signedInState(), activeContactId: 'contact-1', connection: 'ready' });
      gatewayWithRefresh(unauthorized);

      await expect(apiFetch('/api/v1/ping', { schema: pingSchema })).rejects.toMatchObject({
        status: 401,
      });

      expect(calls('/api/v1/auth/refresh')).toHaveLength(1);
      expect(appStore.getState()).toMatchObject({
        token: null,
        agent: null,
        refreshToken: null,
        activeContactId: null,
        connection: 'offline',
        signInNotice: 'session-ended',
      });
    });

    it('keeps the session when the gateway cannot be reached to refresh', async () => {
      appStore.setState(signedInState());
      gatewayWithRefresh(() => {
        throw new TypeError('fetch failed');
      });

      await expect(apiFetch('/api/v1/ping', { schema: pingSchema })).rejects.toMatchObject({
        status: 401,
      });
      expect(appStore.getState().token).toBe('test-token');
    });

    it('does not refresh a call made signed out (a wrong password at sign-in)', async () => {
      fetchMock.mockResolvedValue(unauthorized());
      await expect(apiFetch('/api/v1/ping', { schema: pingSchema })).rejects.toMatchObject({
        status: 401,
      });
      expect(fetchMock).toHaveBeenCalledTimes(1);
    });
  });
});
