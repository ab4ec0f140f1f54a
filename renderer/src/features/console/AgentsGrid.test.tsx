import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FIXTURE_NOW } from '../pop/test-fixtures';
import { agentFlags } from './agent-flags';
import { AgentsGrid } from './AgentsGrid';
import { ConsolePage } from './ConsolePage';
import {
  aBoard,
  aConsoleAgent,
  aHeldContact,
  anAgentsGrid,
  secondsAgo,
  THRESHOLDS,
} from './test-fixtures';
import { bodyOf, gateway, json, renderAsLead, requests } from './test-support';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(FIXTURE_NOW);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const rowOf = (agentId: string) => {
  const row = screen
    .getAllByTestId('agent-row')
    .find((element) => element.getAttribute('data-agent-id') === agentId);
  if (row === undefined) throw new Error(`no row for ${agentId}`);
  return row;
};

const wrappingUp = aConsoleAgent({
  agentId: 'agent-3',
  displayName: 'Zhou Min',
  state: 'wrap_up',
  since: secondsAgo(130),
  holding: 1,
  contacts: [
    aHeldContact({
      contactId: 'c-3',
      channel: 'voice',
      state: 'wrap_up',
      customerName: 'Sun Yu',
      since: secondsAgo(130),
    }),
  ],
});
const onALongChat = aConsoleAgent({
  agentId: 'agent-4',
  displayName: 'Chen Jie',
  state: 'on_contact',
  since: secondsAgo(700),
  holding: 2,
  contacts: [
    aHeldContact({ contactId: 'c-4', since: secondsAgo(700) }),
    aHeldContact({ contactId: 'c-5', customerName: 'Guo Hua', since: secondsAgo(30) }),
  ],
});
const onBreak = aConsoleAgent({
  agentId: 'agent-5',
  displayName: 'He Ping',
  state: 'away',
  reason: 'break',
  since: secondsAgo(3_725),
});

function renderGrid(agents = [aConsoleAgent(), wrappingUp, onALongChat, onBreak]) {
  return renderAsLead(<AgentsGrid agents={agents} thresholds={THRESHOLDS} />, aBoard(), agents);
}

describe('AgentsGrid', () => {
  it('shows each agent’s state, reason, time in state, contacts and chat load', () => {
    renderGrid();

    const away = within(rowOf('agent-5'));
    expect(away.getByTestId('agent-name')).toHaveTextContent('He Ping');
    expect(away.getByTestId('agent-state')).toHaveTextContent('Away');
    expect(away.getByTestId('agent-reason')).toHaveTextContent('Break');
    expect(away.getByTestId('agent-in-state')).toHaveTextContent('1:02:05');

    const busy = within(rowOf('agent-4'));
    expect(busy.getByTestId('agent-state')).toHaveTextContent('On a contact');
    const [first, second] = busy.getAllByTestId('agent-contact');
    expect(first).toHaveTextContent(/^Zhao Min \(connected\)$/);
    expect(first).toHaveAttribute('data-contact-id', 'c-4');
    expect(second).toHaveTextContent(/^· Guo Hua \(connected\)$/);
    expect(busy.getByTestId('agent-load')).toHaveTextContent('2/3');
    expect(busy.getByTestId('agent-load')).toHaveAccessibleName('2 of 3 chats');
  });

  it('calls out a long wrap-up and a long hold, with a tag and a data attribute', () => {
    renderGrid();

    const wrap = rowOf('agent-3');
    expect(wrap).toHaveAttribute('data-long-wrap-up', 'true');
    expect(wrap).toHaveAttribute('data-long-hold', 'false');
    expect(within(wrap).getByTestId('agent-long-wrap-up')).toHaveTextContent('Long wrap-up');

    const hold = rowOf('agent-4');
    expect(hold).toHaveAttribute('data-long-hold', 'true');
    expect(hold).toHaveAttribute('data-long-wrap-up', 'false');
    expect(within(hold).getByTestId('agent-long-hold')).toHaveTextContent('Long hold');

    const calm = rowOf('agent-2');
    expect(calm).toHaveAttribute('data-long-wrap-up', 'false');
    expect(calm).toHaveAttribute('data-long-hold', 'false');
    expect(within(calm).queryByTestId('agent-long-wrap-up')).not.toBeInTheDocument();
  });

  it('flags a wrap-up once it passes the ACW limit, on the shared clock', async () => {
    const justStarted = aConsoleAgent({
      agentId: 'agent-6',
      state: 'wrap_up',
      contacts: [aHeldContact({ state: 'wrap_up', since: secondsAgo(115) })],
    });
    renderGrid([justStarted]);
    expect(rowOf('agent-6')).toHaveAttribute('data-long-wrap-up', 'false');

    vi.setSystemTime(FIXTURE_NOW + 10_000);

    await waitFor(() => expect(rowOf('agent-6')).toHaveAttribute('data-long-wrap-up', 'true'));
  });

  it('renders only the rows in view of 500 agents, and finds one by name', async () => {
    const agents = Array.from({ length: 500 }, (_, i) =>
      aConsoleAgent({ agentId: `agent-${i}`, displayName: `Agent ${String(i).padStart(3, '0')}` }),
    );
    const { user } = renderGrid(agents);

    const rendered = screen.getAllByTestId('agent-row').length;
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(60);
    expect(screen.getByTestId('agent-count')).toHaveTextContent('500 of 500');

    await user.type(screen.getByTestId('agent-search'), 'agent 499');

    await waitFor(() => expect(screen.getAllByTestId('agent-row')).toHaveLength(1));
    expect(rowOf('agent-499')).toBeInTheDocument();
    expect(screen.getByTestId('agent-count')).toHaveTextContent('1 of 500');
  });

  it('sets an agent away with a reason through the gateway', async () => {
    const { user } = renderGrid();

    await user.click(within(rowOf('agent-2')).getByTestId('agent-set-state'));
    const dialog = await screen.findByTestId('agent-state-dialog');
    expect(within(dialog).getByRole('radio', { name: 'Available' })).toBeDisabled();
    expect(within(dialog).getByTestId('agent-state-confirm')).toBeDisabled();
    await user.click(within(dialog).getByRole('radio', { name: 'Away: Meeting' }));
    await user.click(within(dialog).getByTestId('agent-state-confirm'));

    await waitFor(() => expect(screen.queryByTestId('agent-state-dialog')).not.toBeInTheDocument());
    expect(requests()).toContain('POST /api/v1/console/agents/agent-2/state');
    expect(bodyOf('POST /api/v1/console/agents/agent-2/state')).toEqual({
      state: 'away',
      reason: 'meeting',
    });
  });

  it('sets an away agent available, and says why when the gateway refuses', async () => {
    const { user } = renderGrid();
    gateway.on.set('POST /api/v1/console/agents/agent-5/state', () =>
      json(409, { error: { code: 'conflict', message: 'Agent signed out' } }),
    );

    await user.click(within(rowOf('agent-5')).getByTestId('agent-set-state'));
    const dialog = await screen.findByTestId('agent-state-dialog');
    await user.click(within(dialog).getByRole('radio', { name: 'Available' }));
    await user.click(within(dialog).getByTestId('agent-state-confirm'));

    expect(await screen.findByTestId('agent-state-error')).toHaveTextContent(
      'Could not set the state: Agent signed out',
    );
    expect(bodyOf('POST /api/v1/console/agents/agent-5/state')).toEqual({ state: 'available' });
  });

  it('is the console’s Agents tab: fetched when it opens, then following the pushed grid', async () => {
    const { user, sockets } = renderAsLead(<ConsolePage />, aBoard(), [wrappingUp]);
    await screen.findAllByTestId('queue-row');
    // The live tab does not need the grid: not fetched, not watched.
    expect(requests()).not.toContain('GET /api/v1/console/agents');

    await user.click(screen.getByTestId('console-tab-agents'));

    expect(await screen.findByTestId('agents-grid')).toBeInTheDocument();
    expect(rowOf('agent-3')).toHaveAttribute('data-long-wrap-up', 'true');
    expect(requests()).toContain('GET /api/v1/console/agents');
    await waitFor(() =>
      expect(sockets.latest().emitsOf('topics.watch').at(-1)?.topics).toContain('console.agents'),
    );

    act(() =>
      sockets
        .latest()
        .serverEmit(
          'console.agents',
          anAgentsGrid([{ ...wrappingUp, state: 'available', holding: 0, contacts: [] }]),
        ),
    );
    await waitFor(() => expect(rowOf('agent-3')).toHaveAttribute('data-state', 'available'));
    expect(rowOf('agent-3')).toHaveAttribute('data-long-wrap-up', 'false');

    // Back on the live tab, the grid is no longer watched.
    await user.click(screen.getByTestId('console-tab-live'));
    await waitFor(() =>
      expect(sockets.latest().emitsOf('topics.watch').at(-1)?.topics).not.toContain(
        'console.agents',
      ),
    );
  });
});

describe('agentFlags', () => {
  const limits = { acwLimitSeconds: 120, longHoldSeconds: 600 };
  it('counts only wrap-ups past the ACW limit and connected contacts past the long hold', () => {
    const at = FIXTURE_NOW;
    expect(
      agentFlags(
        { contacts: [aHeldContact({ state: 'wrap_up', since: secondsAgo(120) })] },
        limits,
        at,
      ),
    ).toEqual({ longWrapUp: false, longHold: false });
    expect(
      agentFlags(
        { contacts: [aHeldContact({ state: 'wrap_up', since: secondsAgo(121) })] },
        limits,
        at,
      ),
    ).toEqual({ longWrapUp: true, longHold: false });
    expect(
      agentFlags(
        { contacts: [aHeldContact({ state: 'offered', since: secondsAgo(900) })] },
        limits,
        at,
      ),
    ).toEqual({ longWrapUp: false, longHold: false });
    expect(
      agentFlags(
        { contacts: [aHeldContact({ state: 'active', since: secondsAgo(601) })] },
        limits,
        at,
      ),
    ).toEqual({ longWrapUp: false, longHold: true });
  });
});
