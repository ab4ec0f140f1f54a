/**
 * A fake gateway for the chat tests: `fetch` answers transcripts and canned replies from
 * `chatGateway`, and the socket is the fake one the real connector drives.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { vi, type MockInstance } from 'vitest';
import type { CannedReply, ChatMessage } from '../../../../shared/schemas/chat';
import { renderWithProviders, signedInState } from '../../../../test/setup/renderer-providers';
import type { AppData } from '../../state';
import { CANNED_REPLIES } from './test-fixtures';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

export const chatGateway = {
  transcripts: new Map<string, ChatMessage[]>(),
  canned: [...CANNED_REPLIES] as CannedReply[],
};

/** Routes the chat endpoints; anything else is a 404. Restore with `vi.restoreAllMocks()`. */
export function stubChatGateway(): MockInstance<typeof fetch> {
  chatGateway.transcripts.clear();
  chatGateway.canned = [...CANNED_REPLIES];
  return vi.spyOn(globalThis, 'fetch').mockImplementation((input) => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    const transcript = /^\/api\/v1\/contacts\/([^/]+)\/messages$/.exec(url.pathname);
    if (transcript?.[1] !== undefined) {
      const items = chatGateway.transcripts.get(decodeURIComponent(transcript[1])) ?? [];
      return Promise.resolve(json(200, { items }));
    }
    if (url.pathname === '/api/v1/canned-replies') {
      const language = url.searchParams.get('language');
      const items = chatGateway.canned.filter((reply) => reply.language === language);
      return Promise.resolve(json(200, { items }));
    }
    return Promise.resolve(json(404, { error: { code: 'not_found', message: 'Not found' } }));
  });
}

/**
 * `ui` inside the app providers, signed in, with the realtime connector running on a fake
 * socket (what the desktop emits is in `socket.emitsOf(…)`).
 */
export function renderChat(
  ui: ReactElement,
  options: { state?: Partial<AppData>; queryClient?: QueryClient } = {},
) {
  const rendered = renderWithProviders(ui, {
    ...options,
    state: { ...signedInState(), ...options.state },
  });
  return { ...rendered, socket: rendered.sockets.latest() };
}
