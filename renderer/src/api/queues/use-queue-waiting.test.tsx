import { QueryClient } from '@tanstack/react-query';
import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { QueueWaiting } from '../../../../shared/schemas/work';
import { renderWithProviders, signedInState } from '../../../../test/setup/renderer-providers';
import { queueKeys } from './keys';
import { useQueueWaiting } from './use-queue-waiting';
import { applyQueueWaiting } from './waiting-cache';

const waiting = (...counts: [string, number][]): QueueWaiting => ({
  queues: counts.map(([queueId, n]) => ({ queueId, waiting: n })),
});

/** What a tray or status bar would show. */
function WaitingCount() {
  const total = useQueueWaiting();
  return <output data-testid="queue-waiting">{total === null ? 'unknown' : total}</output>;
}

const shown = () => screen.getByTestId('queue-waiting').textContent;

/** Does something as the gateway, then lets React Query's batched notification render. */
async function gateway(action: () => void): Promise<void> {
  await act(async () => {
    action();
    await new Promise((resolve) => setTimeout(resolve, 5));
  });
}

describe('useQueueWaiting', () => {
  it('is null until the gateway says, then the total across the agent’s queues from each push', async () => {
    const { sockets } = renderWithProviders(<WaitingCount />, { state: signedInState() });
    await gateway(() => undefined);
    expect(shown()).toBe('unknown');

    const socket = sockets.latest();
    await gateway(() => {
      socket.serverEmit('queue.waiting', waiting(['claims', 2], ['complaints', 1]));
    });
    expect(shown()).toBe('3');

    // Each push replaces the last (it carries every one of the agent's queues).
    await gateway(() => {
      socket.serverEmit('queue.waiting', waiting(['claims', 0], ['complaints', 1]));
    });
    expect(shown()).toBe('1');

    // An agent with no queues waits for nothing.
    await gateway(() => {
      socket.serverEmit('queue.waiting', waiting());
    });
    expect(shown()).toBe('0');
  });

  it('keeps the count across a reconnect until the fresh one sent on agent.ready replaces it', async () => {
    const { sockets, queryClient } = renderWithProviders(<WaitingCount />, {
      state: signedInState(),
    });
    const socket = sockets.latest();
    await gateway(() => {
      socket.serverEmit('queue.waiting', waiting(['claims', 4]));
    });
    await gateway(() => {
      socket.reconnect();
    });
    expect(socket.emitsOf('agent.ready')).toHaveLength(2);
    // Not invalidated (nothing to fetch): the count stays, not blank, until the gateway's.
    expect(queryClient.getQueryState(queueKeys.waiting())?.isInvalidated).toBe(false);
    expect(shown()).toBe('4');
    await gateway(() => {
      socket.serverEmit('queue.waiting', waiting(['claims', 2]));
    });
    expect(shown()).toBe('2');
  });

  it('ignores a malformed push and keeps the last good count', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { sockets } = renderWithProviders(<WaitingCount />, { state: signedInState() });
    const socket = sockets.latest();
    await gateway(() => {
      socket.serverEmit('queue.waiting', waiting(['claims', 5]));
      socket.serverEmitRaw('queue.waiting', { queues: [{ queueId: 'claims', waiting: -1 }] });
    });
    expect(shown()).toBe('5');
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('ignored queue.waiting'),
      expect.anything(),
    );
    warn.mockRestore();
  });
});

describe('applyQueueWaiting', () => {
  it('writes the counts under the waiting key and keeps them while nobody watches', async () => {
    // The app's default: unwatched queries are collected after gcTime (shortened here).
    const queryClient = new QueryClient({ defaultOptions: { queries: { gcTime: 1 } } });
    applyQueueWaiting(queryClient, waiting(['claims', 3]));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(queryClient.getQueryData(queueKeys.waiting())).toEqual(waiting(['claims', 3]));
    queryClient.clear();
  });
});
