import { QueryObserver, type QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createFakeSocketFactory,
  NO_ANSWER,
  type FakeSocketFactory,
} from '../../../test/setup/fake-socket';
import { createTestQueryClient, signedInState } from '../../../test/setup/renderer-providers';
import { agentKeys } from '../api/agents/keys';
import { preemptionKeys } from '../api/preemption/keys';
import { appStore } from '../state';
import type { RealtimeConnector } from './RealtimeConnector';
import { startTestConnector } from '../../../test/setup/renderer-connector';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the broadcasts a desktop watches', () => {
  let sockets: FakeSocketFactory;
  let queryClient: QueryClient;
  let connector: RealtimeConnector;
  const logger = { warn: vi.fn() };
  const fetchPresence = vi.fn(() => Promise.resolve([]));
  const fetchWorklist = vi.fn(() => Promise.resolve({ items: [] }));

  /** A component showing everyone's presence (as the transfer dialog does); returns its unmount. */
  const showPresence = (enabled = true) =>
    new QueryObserver(queryClient, {
      queryKey: agentKeys.presence(),
      queryFn: fetchPresence,
      enabled,
    }).subscribe(() => undefined);
  const showWorklist = () =>
    new QueryObserver(queryClient, {
      queryKey: preemptionKeys.worklist('active', 50),
      queryFn: fetchWorklist,
    }).subscribe(() => undefined);
  const watches = () =>
    sockets
      .latest()
      .emitsOf('topics.watch')
      .map((w) => w.topics);

  beforeEach(async () => {
    appStore.setState(signedInState());
    sockets = createFakeSocketFactory();
    queryClient = createTestQueryClient();
    fetchPresence.mockClear();
    fetchWorklist.mockClear();
    connector = startTestConnector({ socketFactory: sockets.factory, queryClient, logger });
    await settle();
  });
  afterEach(() => {
    connector.stop();
    logger.warn.mockReset();
  });

  it('watches nothing while nothing shows a broadcast, and says nothing about it', async () => {
    const hidden = showPresence(false); // a closed dialog: its query is disabled
    await settle();
    expect(watches()).toEqual([]);
    hidden();
  });

  it('watches a topic while a view shows it, and refetches it once the gateway has taken the watch', async () => {
    const hide = showPresence();
    await settle();
    expect(watches()).toEqual([['agents.presence']]);
    // mounted once, then again after the watch was taken: changes before it never came
    expect(fetchPresence).toHaveBeenCalledTimes(2);
    const hideWorklist = showWorklist();
    await settle();
    expect(watches().at(-1)).toEqual(['agents.presence', 'worklist.updated']);
    hide();
    await settle();
    expect(watches().at(-1)).toEqual(['worklist.updated']);
    hideWorklist();
    await settle();
    expect(watches().at(-1)).toEqual([]);
    expect(fetchPresence).toHaveBeenCalledTimes(2);
  });

  it('tells the gateway again on every new connection, and refetches what it missed', async () => {
    const hide = showPresence();
    await settle();
    expect(watches()).toHaveLength(1);
    sockets.latest().reconnect();
    await settle();
    expect(watches()).toEqual([['agents.presence'], ['agents.presence']]);
    expect(fetchPresence).toHaveBeenCalledTimes(3);
    hide();
  });

  it('asks again at the next change when the gateway did not answer', async () => {
    sockets.latest().answer('topics.watch', () => NO_ANSWER);
    const hide = showPresence();
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(logger.warn).toHaveBeenCalledWith(
      '[realtime] topics.watch failed; asking again',
      expect.anything(),
    );
    sockets.latest().answer('topics.watch', ({ topics }) => ({ ok: true, data: { topics } }));
    const hideWorklist = showWorklist();
    await settle();
    expect(watches().at(-1)).toEqual(['agents.presence', 'worklist.updated']);
    hide();
    hideWorklist();
  });
});
