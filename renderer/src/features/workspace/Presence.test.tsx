import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aStatus, renderLifecycleWorkspace } from './test-lifecycle';

/** Picks an option of an open antd Select by its label. */
function pickOption(label: string) {
  const option = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find(
    (element) => element.textContent === label,
  );
  if (!option) throw new Error(`no option ${label}`);
  fireEvent.click(option);
}

describe('presence', () => {
  it('asks why before going away, then sends the reason', async () => {
    const { socket, user } = await renderLifecycleWorkspace();
    expect(screen.getByTestId('presence-toggle')).toBeChecked();
    expect(screen.queryByTestId('away-reason')).not.toBeInTheDocument();

    await user.click(screen.getByTestId('presence-toggle'));

    expect(screen.getByTestId('away-reason')).toBeInTheDocument();
    expect(socket.emitsOf('agent.set-state')).toEqual([]);
    pickOption('Meeting');

    await waitFor(() =>
      expect(screen.getByTestId('presence-state')).toHaveAttribute('data-state', 'away'),
    );
    expect(socket.emitsOf('agent.set-state')).toEqual([{ state: 'away', reason: 'meeting' }]);
    expect(within(screen.getByTestId('away-reason')).getByText('Meeting')).toBeInTheDocument();
    expect(screen.getByTestId('presence-toggle')).not.toBeChecked();
  });

  it('comes back to available in one step', async () => {
    const { socket, user } = await renderLifecycleWorkspace({ state: 'away', reason: 'break' });
    expect(screen.getByTestId('presence-toggle')).not.toBeChecked();

    await user.click(screen.getByTestId('presence-toggle'));

    await waitFor(() =>
      expect(screen.getByTestId('presence-state')).toHaveAttribute('data-state', 'available'),
    );
    expect(socket.emitsOf('agent.set-state')).toEqual([{ state: 'available' }]);
    expect(screen.queryByTestId('away-reason')).not.toBeInTheDocument();
  });

  it('opens the reason picker from the presence shortcut instead of going away blind', async () => {
    const { socket, user } = await renderLifecycleWorkspace();

    await user.keyboard('{Control>}{Alt>}p{/Alt}{/Control}');

    expect(await screen.findByTestId('away-reason')).toBeInTheDocument();
    expect(socket.emitsOf('agent.set-state')).toEqual([]);
  });

  it('shows how long the agent has been in this state', async () => {
    await renderLifecycleWorkspace();
    expect(screen.getByTestId('presence-since')).toHaveTextContent(/^for 1:0\d$/);
  });

  it('says so when routing set the agent away for a missed offer', async () => {
    await renderLifecycleWorkspace({ state: 'away', reason: 'missed_offer' });

    expect(screen.getByTestId('presence-state')).toHaveAttribute('data-reason', 'missed_offer');
    expect(screen.getByTestId('presence-missed-offer')).toHaveTextContent('Missed an offer');
    expect(screen.getByTestId('presence-toggle')).not.toBeChecked();
  });

  it('follows the gateway through on a contact and wrap-up, ignoring other agents', async () => {
    const { socket } = await renderLifecycleWorkspace();

    act(() =>
      socket.serverEmit('agent.state-changed', aStatus({ state: 'on_contact', holding: 1 })),
    );
    expect(screen.getByTestId('presence-state')).toHaveTextContent('On a contact');
    expect(screen.getByTestId('presence-toggle')).toBeChecked();

    act(() =>
      socket.serverEmit(
        'agent.state-changed',
        aStatus({ agentId: 'agent-2', state: 'away', reason: 'break' }),
      ),
    );
    act(() => socket.serverEmit('agent.state-changed', aStatus({ state: 'wrap_up', holding: 1 })));
    expect(screen.getByTestId('presence-state')).toHaveTextContent('Wrapping up');
  });
});
