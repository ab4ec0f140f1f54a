import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { z } from 'zod';
import { setGatewayUrl } from '../platform/desktop-bridge';
import { appStore } from '../state';
import { signedInState } from '../../../test/setup/renderer-providers';
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

  it('signs the agent out on a 401', async () => {
    appStore.setState({ ...signedInState(), activeContactId: 'contact-1', connection: 'ready' });
    fetchMock.mockResolvedValue(
      json(401, { error: { code: 'unauthorized', message: 'Token expired' } }),
    );

    await expect(apiFetch('/api/v1/ping', { schema: pingSchema })).rejects.toMatchObject({
      status: 401,
    });

    expect(appStore.getState()).toMatchObject({
      token: null,
      agent: null,
      activeContactId: null,
      connection: 'offline',
    });
  });
});
