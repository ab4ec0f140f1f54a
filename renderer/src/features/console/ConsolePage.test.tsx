import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  anAgent,
  renderWithProviders,
  signedInState,
} from '../../../../test/setup/renderer-providers';
import { AppRoot } from '../../app/AppRoot';
import { appStore } from '../../state';
import { FIXTURE_NOW } from '../pop/test-fixtures';
import { installGateway } from '../workspace/test-lifecycle';
import { ConsolePage } from './ConsolePage';
import { aBoard, aClaimsPatch, aQueue } from './test-fixtures';
import {
  gateway,
  installConsoleGateway,
  json,
  renderAsLead,
  requests,
  stubGridViewports,
} from './test-support';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(FIXTURE_NOW);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const queueRow = (id: string) =>
  screen.getAllByTestId('queue-row').find((row) => row.getAttribute('data-queue-id') === id);

/** A chat queue nobody waits in. */
const aChatQueue = (overrides: Parameters<typeof aQueue>[0] = {}) =>
  aQueue({
    id: 'web-chat',
    name: 'Web chat',
    channel: 'chat',
    waiting: 0,
    longestWaitSeconds: 0,
    ...overrides,
  });

describe('ConsolePage', () => {
  it('shows each queue: waiting, longest wait, service level, today’s work and its agents', async () => {
    renderAsLead(
      <ConsolePage />,
      aBoard({
        queues: [
          aQueue(),
          aChatQueue({
            last15Minutes: {
              serviceLevel: null,
              answered: 0,
              abandoned: 0,
              averageHandleSeconds: null,
            },
          }),
        ],
      }),
    );

    await waitFor(() => expect(screen.getAllByTestId('queue-row')).toHaveLength(2));
    expect(requests()).toContain('GET /api/v1/console/board');
    const claims = within(queueRow('claims')!);
    expect(claims.getByTestId('queue-name')).toHaveTextContent('Claims');
    expect(claims.getByTestId('queue-waiting')).toHaveTextContent('3');
    expect(claims.getByTestId('queue-longest-wait')).toHaveTextContent('1:35');
    // 72 % in the last 15 minutes is under the 80 % target: red, with an icon that says so.
    expect(claims.getByTestId('queue-sl-15')).toHaveTextContent('72%');
    expect(claims.getByTestId('queue-sl-15')).toHaveAttribute('data-below-target', 'true');
    expect(claims.getByLabelText('Below target')).toBeInTheDocument();
    expect(claims.getByTestId('queue-sl-today')).toHaveTextContent('86%');
    expect(claims.getByTestId('queue-sl-today')).toHaveAttribute('data-below-target', 'false');
    expect(claims.getByTestId('queue-answered')).toHaveTextContent('412');
    expect(claims.getByTestId('queue-abandoned')).toHaveTextContent('9');
    expect(claims.getByTestId('queue-aht')).toHaveTextContent('5 min');
    expect(claims.getByTestId('queue-agents-available')).toHaveTextContent('4');
    expect(claims.getByTestId('queue-agents-onContact')).toHaveTextContent('11');
    expect(claims.getByTestId('queue-agents-wrapUp')).toHaveTextContent('2');
    expect(claims.getByTestId('queue-agents-away')).toHaveTextContent('3');

    const chat = within(queueRow('web-chat')!);
    expect(chat.getByTestId('queue-longest-wait')).toHaveTextContent('—');
    expect(chat.getByTestId('queue-sl-15')).toHaveTextContent('—');
  });

  it('draws the queues in view, and the others as the lead scrolls to them', async () => {
    const queues = Array.from({ length: 60 }, (_, i) =>
      aQueue({ id: `queue-${String(i)}`, name: `Queue ${String(i)}`, waiting: i }),
    );
    renderAsLead(<ConsolePage />, aBoard({ queues }));
    await screen.findAllByTestId('queue-row');

    const table = screen.getByRole('table', { name: 'Queues' });
    expect(table).toHaveAttribute('aria-rowcount', '62');
    const drawn = screen.getAllByTestId('queue-row');
    expect(drawn.length).toBeGreaterThan(5);
    expect(drawn.length).toBeLessThan(30);
    expect(queueRow('queue-59')).toBeUndefined();

    const scroller = screen.getByTestId('queues-scroll');
    scroller.scrollTop = 60 * 40;
    fireEvent.scroll(scroller);
    await waitFor(() => expect(queueRow('queue-59')).toBeDefined());
    expect(within(queueRow('queue-59')!).getByTestId('queue-waiting')).toHaveTextContent('59');
    expect(queueRow('queue-0')).toBeUndefined();
  });

  it('keeps the longest wait ticking between boards, and takes each board the gateway pushes', async () => {
    const { sockets } = renderAsLead(<ConsolePage />);
    await screen.findAllByTestId('queue-row');

    vi.setSystemTime(FIXTURE_NOW + 10_000);
    await waitFor(() =>
      expect(within(queueRow('claims')!).getByTestId('queue-longest-wait')).toHaveTextContent(
        '1:45',
      ),
    );

    act(() =>
      sockets.latest().serverEmit(
        'console.board',
        aBoard({
          generatedAt: new Date(FIXTURE_NOW + 10_000).toISOString(),
          queues: [aQueue({ waiting: 7, longestWaitSeconds: 12 })],
        }),
      ),
    );
    await waitFor(() =>
      expect(within(queueRow('claims')!).getByTestId('queue-waiting')).toHaveTextContent('7'),
    );
    expect(within(queueRow('claims')!).getByTestId('queue-longest-wait')).toHaveTextContent('0:12');
  });

  it('redraws the queues a pushed board changed, and every queue in a new language', async () => {
    const chatQueue = () => aChatQueue();
    const { sockets, i18n } = renderAsLead(
      <ConsolePage />,
      aBoard({ queues: [aQueue(), chatQueue()] }),
    );
    await waitFor(() => expect(screen.getAllByTestId('queue-row')).toHaveLength(2));

    // The chat queue's figures are the same (a new object, as every push brings).
    act(() =>
      sockets.latest().serverEmit(
        'console.board',
        aBoard({
          generatedAt: new Date(FIXTURE_NOW + 1_000).toISOString(),
          queues: [
            aQueue({
              waiting: 7,
              today: { serviceLevel: 0.5, answered: 413, abandoned: 9, averageHandleSeconds: 300 },
            }),
            chatQueue(),
          ],
        }),
      ),
    );
    const claims = () => within(queueRow('claims')!);
    const chat = () => within(queueRow('web-chat')!);
    await waitFor(() => expect(claims().getByTestId('queue-waiting')).toHaveTextContent('7'));
    expect(claims().getByTestId('queue-answered')).toHaveTextContent('413');
    expect(claims().getByTestId('queue-sl-today')).toHaveTextContent('50%');
    expect(chat().getByTestId('queue-waiting')).toHaveTextContent('0');
    expect(chat().getByTestId('queue-answered')).toHaveTextContent('412');

    await act(() => i18n.changeLanguage('fa'));
    await waitFor(() => expect(claims().getByTestId('queue-waiting')).toHaveTextContent('۷'));
    expect(chat().getByTestId('queue-answered')).toHaveTextContent('۴۱۲');
  });

  it('follows the patches the gateway pushes, and fetches the whole board once when one does not fit', async () => {
    const { sockets } = renderAsLead(<ConsolePage />, aBoard({ queues: [aQueue({ waiting: 3 })] }));
    await screen.findAllByTestId('queue-row');
    const socket = sockets.latest();
    const at = (seconds: number) => new Date(FIXTURE_NOW + seconds * 1000).toISOString();
    socket.answer('console.resync', () => ({
      ok: true,
      data: aBoard({
        version: { stream: 'run-1', seq: 4 },
        generatedAt: at(1),
        queues: [aQueue({ waiting: 5 })],
      }),
    }));
    const waiting = () => within(queueRow('claims')!).getByTestId('queue-waiting');
    const resyncs = () => socket.emitted.filter((e) => e.event === 'console.resync').length;

    // The board fetched on opening is not the one the patch was made from: the whole board.
    act(() => socket.serverEmit('console.board-patch', aClaimsPatch(3, 9)));
    await waitFor(() => expect(waiting()).toHaveTextContent('5'));
    expect(resyncs()).toBe(1);
    // From there, each patch applies.
    act(() => socket.serverEmit('console.board-patch', aClaimsPatch(4, 7)));
    await waitFor(() => expect(waiting()).toHaveTextContent('7'));
    act(() => socket.serverEmit('console.board-patch', aClaimsPatch(5, 8)));
    await waitFor(() => expect(waiting()).toHaveTextContent('8'));
    expect(resyncs()).toBe(1);
    // A push missed (6 → 7 never came): the next one is not applied, the whole board is asked for.
    act(() => socket.serverEmit('console.board-patch', aClaimsPatch(7, 1)));
    await waitFor(() => expect(resyncs()).toBe(2));
    expect(waiting()).not.toHaveTextContent('1');
  });

  it('says how old the board is when no push came for a while', async () => {
    renderAsLead(<ConsolePage />);
    await screen.findAllByTestId('queue-row');
    expect(screen.queryByTestId('console-stale')).not.toBeInTheDocument();

    vi.setSystemTime(FIXTURE_NOW + 45_000);
    expect(await screen.findByTestId('console-stale')).toHaveTextContent('Updated 45 sec ago');
  });

  it('offers a retry when the board cannot be loaded', async () => {
    installConsoleGateway();
    gateway.on.set('GET /api/v1/console/board', () =>
      json(503, { error: { code: 'unavailable', message: 'Gateway busy' } }),
    );
    stubGridViewports();
    const { user } = renderWithProviders(<ConsolePage />, {
      state: signedInState(anAgent({ role: 'lead' })),
    });

    expect(await screen.findByTestId('console-error')).toHaveTextContent('Gateway busy');
    gateway.on.clear();
    await user.click(screen.getByTestId('console-retry'));
    expect(await screen.findAllByTestId('queue-row')).toHaveLength(1);
  });
});

/** The whole desktop, signed in with `role`, connected to the fake gateway. */
async function renderDesktop(role: 'csr' | 'lead' | 'admin') {
  installConsoleGateway();
  stubGridViewports();
  const rendered = renderWithProviders(<AppRoot />, {
    state: signedInState(anAgent({ role })),
    socket: { autoConnect: false },
  });
  const socket = rendered.sockets.latest();
  installGateway(socket);
  act(() => socket.serverConnect());
  await waitFor(() => expect(screen.getByTestId('app')).toHaveAttribute('data-app-state', 'ready'));
  return rendered;
}

describe('the console in the workspace', () => {
  it('is not offered to a CSR, not even by its shortcut', async () => {
    const { user } = await renderDesktop('csr');

    expect(screen.getByTestId('worklist-open')).toBeInTheDocument();
    expect(screen.queryByTestId('console-open')).not.toBeInTheDocument();
    await user.keyboard('{Control>}{Alt>}B{/Alt}{/Control}');
    expect(appStore.getState().view).toBe('contacts');
    expect(screen.queryByTestId('console-page')).not.toBeInTheDocument();
  });

  it('opens for a lead from the header and goes back to the contacts', async () => {
    const { user } = await renderDesktop('lead');
    expect(screen.getByTestId('console-open')).toHaveAttribute(
      'aria-keyshortcuts',
      'Control+Alt+B',
    );

    await user.click(screen.getByTestId('console-open'));
    expect(await screen.findByTestId('console-page')).toBeInTheDocument();
    expect(await screen.findAllByTestId('queue-row')).toHaveLength(1);

    expect(screen.getByTestId('workspace-contacts')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByTestId('workspace-contacts')).toHaveAccessibleName('Team console');
    await user.click(screen.getByTestId('workspace-contacts'));
    expect(await screen.findByTestId('idle')).toBeInTheDocument();
  });

  it('opens for an admin with Ctrl+Alt+B', async () => {
    const { user } = await renderDesktop('admin');

    await user.keyboard('{Control>}{Alt>}B{/Alt}{/Control}');

    expect(await screen.findByTestId('console-page')).toBeInTheDocument();
  });
});
