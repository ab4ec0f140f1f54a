import { z } from 'zod';
import { ApiRequestError, CLIENT_ERROR_CODES } from '../api/request-error';
import { LANGUAGES } from '../../../shared/domain';
import {
  chatSessionRequestSchema,
  chatSessionResponseSchema,
  type ChatSessionRequest,
} from '../../../shared/schemas/chat';
import { apiErrorSchema } from '../../../shared/schemas/common';

export const CHAT_SESSIONS_PATH = '/api/v1/chat/sessions';
export const CHAT_SESSION_STORAGE_KEY = 'firebreak:customer-chat';

/** What a reload needs to resume the chat: the gateway's answer and the language it was opened in. */
export const storedChatSessionSchema = chatSessionResponseSchema.extend({
  language: z.enum(LANGUAGES),
});
export type StoredChatSession = z.infer<typeof storedChatSessionSchema>;

/** The session kept in `storage`, if there is one that has not expired. */
export function loadChatSession(storage: Storage, now = Date.now()): StoredChatSession | null {
  const raw = storage.getItem(CHAT_SESSION_STORAGE_KEY);
  if (raw === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    json = null;
  }
  const parsed = storedChatSessionSchema.safeParse(json);
  if (!parsed.success || Date.parse(parsed.data.expiresAt) <= now) {
    storage.removeItem(CHAT_SESSION_STORAGE_KEY);
    return null;
  }
  return parsed.data;
}

export function saveChatSession(storage: Storage, session: StoredChatSession): void {
  storage.setItem(CHAT_SESSION_STORAGE_KEY, JSON.stringify(session));
}

export function clearChatSession(storage: Storage): void {
  storage.removeItem(CHAT_SESSION_STORAGE_KEY);
}

export const START_ERROR_CODES = {
  network: CLIENT_ERROR_CODES.network,
  invalidResponse: CLIENT_ERROR_CODES.invalidResponse,
} as const;

/** Why a chat could not be started: the gateway's `{error}` or a failure on the way. */
export class ChatStartError extends ApiRequestError {
  override readonly name = 'ChatStartError';
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

async function readJson(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown;
  } catch {
    return undefined;
  }
}

/** `POST /api/v1/chat/sessions` on this page's origin; the answer is parsed, never trusted. */
export async function startChatSession(fetchImpl: FetchLike, request: ChatSessionRequest) {
  const body = chatSessionRequestSchema.parse(request);
  let response: Response;
  try {
    response = await fetchImpl(CHAT_SESSIONS_PATH, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ChatStartError({
      status: 0,
      code: START_ERROR_CODES.network,
      message: 'The chat service could not be reached.',
    });
  }
  const json = await readJson(response);
  if (!response.ok) {
    const failure = apiErrorSchema.safeParse(json);
    if (failure.success)
      throw new ChatStartError({ status: response.status, ...failure.data.error });
    throw new ChatStartError({
      status: response.status,
      code: `http_${response.status}`,
      message: response.statusText || `HTTP ${response.status}`,
    });
  }
  const parsed = chatSessionResponseSchema.safeParse(json);
  if (!parsed.success) {
    throw new ChatStartError({
      status: response.status,
      code: START_ERROR_CODES.invalidResponse,
      message: 'The chat service answered in an unexpected shape.',
    });
  }
  return parsed.data;
}
