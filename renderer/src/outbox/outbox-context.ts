import { createContext, useCallback, useContext, useMemo, useSyncExternalStore } from 'react';
import { appStore, useAgent } from '../state';
import { Outbox, type EnqueueRequest, type OutboxOutcome } from './outbox';
import type { OutboxEvent, OutboxItem } from './outbox-item';

/** The window's one outbox (over IndexedDB `firebreak-outbox`). */
export const appOutbox = new Outbox();

/** Tests: an empty outbox for the next test. */
export function resetOutbox(): Promise<void> {
  return appOutbox.clear();
}

export interface OutboxHandle {
  outbox: Outbox;
  /** Asks the runner to send what it can now. */
  kick: () => void;
}

/** Without a provider (a component rendered alone), items are kept but nothing sends them. */
export const OutboxContext = createContext<OutboxHandle>({
  outbox: appOutbox,
  kick: () => undefined,
});

/** The signed-in agent's items, oldest first; [] when signed out. */
export function useOutboxItems(): readonly OutboxItem[] {
  const { outbox } = useContext(OutboxContext);
  const agentId = useAgent()?.id ?? null;
  const subscribe = useCallback((listener: () => void) => outbox.subscribe(listener), [outbox]);
  const all = useSyncExternalStore(subscribe, () => outbox.snapshot());
  return useMemo(
    () => (agentId === null ? [] : all.filter((item) => item.agentId === agentId)),
    [all, agentId],
  );
}

export interface OutboxActions {
  /**
   * Stores the request for the signed-in agent (resolves once it is stored, before it is sent)
   * and starts sending. Rejects when nobody is signed in or storage failed.
   */
  enqueue: <E extends OutboxEvent>(
    event: E,
    payload: EnqueueRequest<E>['payload'],
  ) => Promise<OutboxItem>;
  retry: (key: string) => Promise<void>;
  discard: (key: string) => Promise<void>;
  settled: (key: string) => Promise<OutboxOutcome>;
}

export function useOutboxActions(): OutboxActions {
  const { outbox, kick } = useContext(OutboxContext);
  return useMemo<OutboxActions>(
    () => ({
      enqueue: async (event, payload) => {
        const { agent, sessionId } = appStore.getState();
        if (agent === null || sessionId === null) throw new Error('Not signed in.');
        const item = await outbox.enqueue({ agentId: agent.id, sessionId, event, payload });
        kick();
        return item;
      },
      retry: async (key) => {
        if (await outbox.retry(key)) kick();
      },
      discard: async (key) => {
        await outbox.discard(key);
        // Items of the same contact waited behind it.
        kick();
      },
      settled: (key) => outbox.settled(key),
    }),
    [outbox, kick],
  );
}
