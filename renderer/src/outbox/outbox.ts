import type { ClientEventRequest } from '../../../shared/schemas/socket';
import {
  newIdempotencyKey,
  type NewOutboxItem,
  type OutboxError,
  type OutboxEvent,
  type OutboxItem,
} from './outbox-item';
import { openOutboxStore, type OutboxStore } from './outbox-store';

const KEPT_OUTCOMES = 200;

/** How an item ended: sent and acknowledged, refused for good, or thrown away by the agent. */
export type OutboxOutcome =
  | { status: 'delivered'; result: unknown }
  | { status: 'failed'; error: OutboxError }
  | { status: 'discarded' };

export interface EnqueueRequest<E extends OutboxEvent> {
  agentId: string;
  sessionId: string;
  event: E;
  payload: ClientEventRequest<E> & { contactId: string };
}

/**
 * What an agent wrote and the gateway has not acknowledged yet: written to durable storage before
 * anything is sent, each with its idempotency key, and removed only once the gateway answered.
 * Keeps a copy of every item in memory for the screen (`snapshot`, `subscribe`); sending is the
 * runner's job (outbox-runner.ts).
 */
export class Outbox {
  private opened: Promise<OutboxStore> | null = null;
  private items: readonly OutboxItem[] = [];
  private readonly listeners = new Set<() => void>();
  private readonly waiters = new Map<string, ((outcome: OutboxOutcome) => void)[]>();
  /** How the latest items ended, for a `settled` asked after the fact. */
  private readonly outcomes = new Map<string, OutboxOutcome>();

  constructor(private readonly open: () => Promise<OutboxStore> = () => openOutboxStore()) {}

  /** Opens the storage (once) and reads back what an earlier window left unsent. */
  async load(): Promise<OutboxStore> {
    this.opened ??= this.open().then(async (store) => {
      this.items = await store.all();
      this.notify();
      return store;
    });
    return this.opened;
  }

  /** Every item of every agent, oldest first. Stable between changes (for useSyncExternalStore). */
  snapshot(): readonly OutboxItem[] {
    return this.items;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** One agent's items, oldest first. */
  itemsOf(agentId: string): OutboxItem[] {
    return this.items.filter((item) => item.agentId === agentId);
  }

  find(key: string): OutboxItem | undefined {
    return this.items.find((item) => item.key === key);
  }

  /** Stores a new item with a fresh key (also put into the payload); resolves once it is stored. */
  async enqueue<E extends OutboxEvent>(request: EnqueueRequest<E>): Promise<OutboxItem> {
    const store = await this.load();
    const key = newIdempotencyKey();
    const item = {
      key,
      agentId: request.agentId,
      sessionId: request.sessionId,
      event: request.event,
      payload: { ...request.payload, idempotencyKey: key },
      contactId: request.payload.contactId,
      createdAt: new Date().toISOString(),
      attempts: 0,
      status: 'pending',
      error: null,
    } as NewOutboxItem;
    const stored = await store.add(item);
    this.replace([...this.items, stored]);
    return stored;
  }

  /** Counts a send attempt (stored, so a reopened window knows it was tried). */
  async recordAttempt(item: OutboxItem): Promise<OutboxItem> {
    return this.update({ ...item, attempts: item.attempts + 1 });
  }

  /** The gateway acknowledged it: gone for good. */
  async delivered(item: OutboxItem, result: unknown): Promise<void> {
    await this.remove(item);
    this.settle(item.key, { status: 'delivered', result });
  }

  /** The gateway refused it: kept, shown as failed, until the agent retries or discards it. */
  async fail(item: OutboxItem, error: OutboxError): Promise<void> {
    await this.update({ ...item, status: 'failed', error });
    this.settle(item.key, { status: 'failed', error });
  }

  /** A failed item goes back in line, in its old place. False when there is no such failed item. */
  async retry(key: string): Promise<boolean> {
    const item = this.find(key);
    if (item?.status !== 'failed') return false;
    this.outcomes.delete(key);
    await this.update({ ...item, status: 'pending', error: null });
    return true;
  }

  /** The agent throws a failed item away. Pending ones cannot be: they may be on the wire. */
  async discard(key: string): Promise<boolean> {
    const item = this.find(key);
    if (item?.status !== 'failed') return false;
    await this.remove(item);
    this.settle(key, { status: 'discarded' });
    return true;
  }

  /** Resolves when the item is delivered, refused or discarded (not while it waits for a retry). */
  settled(key: string): Promise<OutboxOutcome> {
    const known = this.outcomes.get(key);
    if (known !== undefined) return Promise.resolve(known);
    return new Promise((resolve) => {
      this.waiters.set(key, [...(this.waiters.get(key) ?? []), resolve]);
    });
  }

  /** Tests: forget everything, stored and in memory. */
  async clear(): Promise<void> {
    const store = await this.load();
    await store.clear();
    this.waiters.clear();
    this.outcomes.clear();
    this.replace([]);
  }

  /** Closes the storage; the next use opens it again. */
  async close(): Promise<void> {
    const opened = this.opened;
    this.opened = null;
    if (opened !== null) (await opened).close();
  }

  private async update(item: OutboxItem): Promise<OutboxItem> {
    const store = await this.load();
    await store.put(item);
    this.replace(this.items.map((known) => (known.seq === item.seq ? item : known)));
    return item;
  }

  private async remove(item: OutboxItem): Promise<void> {
    const store = await this.load();
    await store.delete(item.seq);
    this.replace(this.items.filter((known) => known.seq !== item.seq));
  }

  private settle(key: string, outcome: OutboxOutcome): void {
    this.outcomes.set(key, outcome);
    if (this.outcomes.size > KEPT_OUTCOMES) {
      const oldest = this.outcomes.keys().next();
      if (oldest.done !== true) this.outcomes.delete(oldest.value);
    }
    const waiting = this.waiters.get(key) ?? [];
    this.waiters.delete(key);
    for (const resolve of waiting) resolve(outcome);
  }

  private replace(items: readonly OutboxItem[]): void {
    this.items = items;
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
