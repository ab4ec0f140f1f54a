/**
 * A fake gateway for console tests, behind `fetch`: the board answers from `gateway.board` (the
 * agents grid from `gateway.agents`), the
 * lead's actions answer like the real routes unless a test sets its own answer in `gateway.on`.
 */
import type { ReactElement } from 'react';
import { vi, type MockInstance } from 'vitest';
import { agentStatusSchema } from '../../../../shared/schemas/auth';
import type { ConsoleAgent, ConsoleBoard } from '../../../../shared/schemas/console';
import type { Whisper } from '../../../../shared/schemas/console-actions';
import {
  anAgent,
  renderWithProviders,
  signedInState,
} from '../../../../test/setup/renderer-providers';
import type { AppData } from '../../state/types';
import { aContact, FIXTURE_NOW } from '../pop/test-fixtures';
import { aStatus } from '../workspace/test-lifecycle';
import { aBoard, aConsoleAgent, anAgentsGrid } from './test-fixtures';

export const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

type Handler = (init: RequestInit | undefined) => Response | Promise<Response>;

const urlOf = (input: RequestInfo | URL) =>
  new URL(input instanceof Request ? input.url : input.toString());

const bodyJson = (init: RequestInit | undefined): Record<string, unknown> =>
  typeof init?.body === 'string' ? (JSON.parse(init.body) as Record<string, unknown>) : {};

const now = () => new Date(FIXTURE_NOW).toISOString();

export const gateway = {
  board: aBoard(),
  agents: anAgentsGrid(),
  /** Answers set per test, by `METHOD /path`. */
  on: new Map<string, Handler>(),
  fetch: null as MockInstance<typeof fetch> | null,
};

/** What the real routes would answer, from the path alone. */
function defaultAnswer(method: string, path: string, init: RequestInit | undefined): Response {
  if (method === 'GET' && path === '/api/v1/console/board') return json(200, gateway.board);
  if (method === 'GET' && path === '/api/v1/console/agents') return json(200, gateway.agents);
  const contact = /^\/api\/v1\/console\/contacts\/([^/]+)\/(reassign|front|monitor|whisper)$/.exec(
    path,
  );
  if (contact !== null) {
    const id = decodeURIComponent(contact[1] ?? '');
    const action = contact[2];
    if (method === 'DELETE' && action === 'monitor') return new Response(null, { status: 204 });
    if (action === 'monitor') {
      return json(200, {
        contact: aContact({ id, channel: 'chat', state: 'active', ownerId: 'agent-2' }),
        messages: [],
      });
    }
    if (action === 'whisper') {
      const whisper: Whisper = {
        id: `whisper-${String(Math.random()).slice(2)}`,
        contactId: id,
        fromAgentId: 'lead-1',
        fromName: 'Lead Lu',
        text: String(bodyJson(init).text),
        sentAt: now(),
      };
      return json(200, whisper);
    }
    return json(200, aContact({ id, state: action === 'front' ? 'queued' : 'offered' }));
  }
  const agent = /^\/api\/v1\/console\/agents\/([^/]+)\/state$/.exec(path);
  if (agent !== null) {
    const { state, reason } = bodyJson(init);
    return json(
      200,
      agentStatusSchema.parse({ ...aStatus(), agentId: agent[1], state, reason: reason ?? null }),
    );
  }
  const alert = /^\/api\/v1\/console\/alerts\/([^/]+)\/acknowledge$/.exec(path);
  const known = gateway.board.alerts.find((a) => a.id === alert?.[1]);
  if (known !== undefined) {
    return json(200, {
      ...known,
      acknowledgedBy: 'lead-1',
      acknowledgedByName: 'Lead Lu',
      acknowledgedAt: now(),
    });
  }
  return json(404, { error: { code: 'not_found', message: `${method} ${path}` } });
}

/** Replaces `fetch` with the fake gateway, starting from `board` and the agents grid `agents`. */
export function installConsoleGateway(
  board: ConsoleBoard = aBoard(),
  agents: ConsoleAgent[] = [aConsoleAgent()],
) {
  gateway.board = board;
  gateway.agents = anAgentsGrid(agents);
  gateway.on.clear();
  gateway.fetch = vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    const url = urlOf(input);
    const method = init?.method ?? 'GET';
    const handler = gateway.on.get(`${method} ${url.pathname}`);
    if (handler !== undefined) return Promise.resolve(handler(init));
    return Promise.resolve(defaultAnswer(method, url.pathname, init));
  });
  return gateway.fetch;
}

/** Requests made so far, as `METHOD /path`. */
export function requests(): string[] {
  return (gateway.fetch?.mock.calls ?? []).map(
    ([input, init]) => `${init?.method ?? 'GET'} ${urlOf(input).pathname}`,
  );
}

/** The JSON body of the (first) request `METHOD /path`. */
export function bodyOf(request: string): unknown {
  const call = gateway.fetch?.mock.calls[requests().indexOf(request)];
  const body = call?.[1]?.body;
  return typeof body === 'string' ? (JSON.parse(body) as unknown) : body;
}

const VIRTUAL_SCROLLS = new Set(['agents-scroll', 'risk-scroll', 'queues-scroll']);

/**
 * jsdom has no layout, so the windowed grids would see a 0 px viewport and render no rows: give
 * their scroll boxes a realistic size (restored by `vi.restoreAllMocks()`).
 */
export function stubGridViewports(height = 440, width = 1000): void {
  const isGrid = (element: Element) =>
    element instanceof HTMLElement && VIRTUAL_SCROLLS.has(element.dataset.testid ?? '');
  vi.spyOn(Element.prototype, 'clientHeight', 'get').mockImplementation(function (this: Element) {
    return isGrid(this) ? height : 0;
  });
  vi.spyOn(Element.prototype, 'clientWidth', 'get').mockImplementation(function (this: Element) {
    return isGrid(this) ? width : 0;
  });
}

/** Renders `ui` for a signed-in team lead, with the fake gateway serving `board` and `agents`. */
export function renderAsLead(
  ui: ReactElement,
  board: ConsoleBoard = aBoard(),
  agents: ConsoleAgent[] = [aConsoleAgent()],
  /** More of the lead's store to start from (a muted alert sound, a language). */
  state: Partial<AppData> = {},
) {
  installConsoleGateway(board, agents);
  stubGridViewports();
  return renderWithProviders(ui, {
    state: {
      ...signedInState(anAgent({ id: 'lead-1', displayName: 'Lead Lu', role: 'lead' })),
      ...state,
    },
  });
}
