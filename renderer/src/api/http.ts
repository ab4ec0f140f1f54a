import type { z } from 'zod';
import { apiErrorSchema } from '../../../shared/schemas/common';
import { getGatewayUrl } from '../platform/desktop-bridge';
import { appStore } from '../state';
import { refreshSession } from './auth/session';
import { ApiRequestError, CLIENT_ERROR_CODES } from './request-error';

// The error type lives apart so the customer chat page can use it without the agent app's store.
export { ApiRequestError, CLIENT_ERROR_CODES } from './request-error';

export interface ApiFetchOptions<S extends z.ZodType> {
  schema: S;
  method?: 'GET' | 'POST' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function errorFromBody(status: number, body: unknown, fallback: string): ApiRequestError {
  const parsed = apiErrorSchema.safeParse(body);
  if (parsed.success) return new ApiRequestError({ status, ...parsed.data.error });
  return new ApiRequestError({ status, code: `http_${status}`, message: fallback });
}

/**
 * Calls the gateway: prefixes its URL, adds the bearer token, parses the answer with `schema`.
 * A 401 refreshes the session once (shared with any other call that got one meanwhile) and
 * retries; when the session cannot be refreshed the agent is signed out. Throws
 * `ApiRequestError`, never a bare error.
 */
export async function apiFetch<S extends z.ZodType>(
  path: string,
  options: ApiFetchOptions<S>,
): Promise<z.infer<S>> {
  return attempt(path, options, true);
}

/** Whether a call refused with `token` may go again: the session was refreshed (by us or another call). */
async function renewed(token: string): Promise<boolean> {
  const current = appStore.getState().token;
  if (current !== token) return current !== null;
  return (await refreshSession()) === 'refreshed';
}

async function attempt<S extends z.ZodType>(
  path: string,
  options: ApiFetchOptions<S>,
  mayRefresh: boolean,
): Promise<z.infer<S>> {
  const { schema, method = 'GET', body, signal } = options;
  const token = appStore.getState().token;
  const headers = new Headers({ Accept: 'application/json' });
  if (token !== null) headers.set('Authorization', `Bearer ${token}`);
  if (body !== undefined) headers.set('Content-Type', 'application/json');

  let response: Response;
  try {
    response = await fetch(`${getGatewayUrl()}${path}`, {
      method,
      headers,
      body: body === undefined ? null : JSON.stringify(body),
      signal: signal ?? null,
    });
  } catch (error) {
    const aborted = error instanceof DOMException && error.name === 'AbortError';
    throw new ApiRequestError({
      status: 0,
      code: aborted ? CLIENT_ERROR_CODES.aborted : CLIENT_ERROR_CODES.network,
      message: aborted ? 'The request was cancelled.' : 'The gateway could not be reached.',
    });
  }

  const payload = await readJson(response);
  if (!response.ok) {
    if (response.status === 401 && token !== null && mayRefresh && (await renewed(token))) {
      return attempt(path, options, false);
    }
    throw errorFromBody(response.status, payload, response.statusText || 'Request failed.');
  }

  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    console.warn(
      `[api] ${method} ${path}: response does not match its schema`,
      parsed.error.issues,
    );
    throw new ApiRequestError({
      status: response.status,
      code: CLIENT_ERROR_CODES.invalidResponse,
      message: 'The gateway sent an answer this version does not understand.',
    });
  }
  return parsed.data;
}
