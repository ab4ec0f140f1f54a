import { useQueryClient } from '@tanstack/react-query';
import { useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { REALTIME_ERROR_CODES, RealtimeError } from '../realtime/errors';
import { RealtimeContext } from '../realtime/realtime-context';
import type { RealtimeConnector } from '../realtime/RealtimeConnector';
import { appStore } from '../state';
import { appDrafts } from './draft-backup';
import { keepDrafts } from './draft-keeping';
import type { Outbox } from './outbox';
import { appOutbox, OutboxContext, type OutboxHandle } from './outbox-context';
import { applyDelivered } from './outbox-delivered';
import type { OutboxItem } from './outbox-item';
import { OutboxRunner } from './outbox-runner';

function sendWith(connector: RealtimeConnector | null, item: OutboxItem): Promise<unknown> {
  if (connector === null) {
    return Promise.reject(
      new RealtimeError({ code: REALTIME_ERROR_CODES.offline, message: 'Not connected.' }),
    );
  }
  switch (item.event) {
    case 'chat.send':
      return connector.emit(item.event, item.payload);
    case 'contact.wrap-up':
      return connector.emit(item.event, item.payload);
  }
}

export interface OutboxProviderProps {
  children: ReactNode;
  /** Tests may bring their own. */
  outbox?: Outbox;
}

/**
 * Sends the signed-in agent's outbox through the session's socket: at start (a window closed with
 * work unsent sends it once the same agent is back), after each new item, and each time the
 * connection is ready again. Never another agent's items: the runner only takes the signed-in
 * agent's, and a new session gets a new runner. Also keeps the backup of unsent drafts in step
 * with the session and the held contacts.
 */
export function OutboxProvider({ children, outbox = appOutbox }: OutboxProviderProps) {
  const connector = useContext(RealtimeContext);
  const queryClient = useQueryClient();
  const runner = useRef<OutboxRunner | null>(null);

  useEffect(() => {
    // What an earlier window left unsent is on screen at once, connected or not.
    outbox.load().catch((error: unknown) => console.warn('[outbox] could not open', error));
    const current = new OutboxRunner({
      outbox,
      send: (item) => sendWith(connector, item),
      agentId: () => appStore.getState().agent?.id ?? null,
      online: () => connector !== null && appStore.getState().connection === 'ready',
      onDelivered: (item, result) => applyDelivered(queryClient, appStore, item, result),
    });
    runner.current = current;
    const unsubscribe = appStore.subscribe((state, previous) => {
      const backOnline = state.connection === 'ready' && previous.connection !== 'ready';
      if (backOnline || state.agent?.id !== previous.agent?.id) current.kick();
    });
    current.kick();
    return () => {
      unsubscribe();
      current.stop();
      if (runner.current === current) runner.current = null;
    };
  }, [outbox, connector, queryClient]);

  // What is typed and not yet sent is backed up for this session (draft-keeping.ts).
  useEffect(() => keepDrafts({ drafts: appDrafts, store: appStore, queryClient }), [queryClient]);

  const handle = useMemo<OutboxHandle>(
    () => ({ outbox, kick: () => runner.current?.kick() }),
    [outbox],
  );
  return <OutboxContext value={handle}>{children}</OutboxContext>;
}
