import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { isStoredItem, type NewOutboxItem, type OutboxItem } from './outbox-item';

/** Where outbox items are kept: IndexedDB in the app, memory when IndexedDB cannot be opened. */
export interface OutboxStore {
  /** Every readable item, oldest first (items that no longer parse are left out). */
  all(): Promise<OutboxItem[]>;
  /** Writes a new item; resolves with it and its place in the order. */
  add(item: NewOutboxItem): Promise<OutboxItem>;
  put(item: OutboxItem): Promise<void>;
  delete(seq: number): Promise<void>;
  clear(): Promise<void>;
  close(): void;
  /** 'indexeddb' survives closing the window; 'memory' does not. */
  readonly kind: 'indexeddb' | 'memory';
}

export const OUTBOX_DB_NAME = 'firebreak-outbox';
const STORE = 'items';

interface OutboxDb extends DBSchema {
  items: { key: number; value: OutboxItem; indexes: { 'by-key': string } };
}

/** The outbox in IndexedDB: one object store ordered by an auto-increment `seq`. */
export async function openIndexedDbStore(name = OUTBOX_DB_NAME): Promise<OutboxStore> {
  const db: IDBPDatabase<OutboxDb> = await openDB<OutboxDb>(name, 1, {
    upgrade(database) {
      const items = database.createObjectStore(STORE, { keyPath: 'seq', autoIncrement: true });
      items.createIndex('by-key', 'key', { unique: true });
    },
  });
  return {
    kind: 'indexeddb',
    async all() {
      const rows: unknown[] = await db.getAll(STORE);
      return rows.filter(isStoredItem);
    },
    async add(item) {
      // `seq` is left out so IndexedDB assigns the next one.
      const seq = await db.add(STORE, item as OutboxItem);
      return { ...item, seq };
    },
    async put(item) {
      await db.put(STORE, item);
    },
    delete: (seq) => db.delete(STORE, seq),
    clear: () => db.clear(STORE),
    close: () => db.close(),
  };
}

/** The same in memory: when IndexedDB is unavailable the desktop still queues and sends in order. */
export function createMemoryStore(): OutboxStore {
  const items = new Map<number, OutboxItem>();
  let next = 1;
  return {
    kind: 'memory',
    all: () => Promise.resolve([...items.values()].sort((a, b) => a.seq - b.seq)),
    add(item) {
      if ([...items.values()].some((known) => known.key === item.key)) {
        return Promise.reject(new Error(`outbox item ${item.key} exists`));
      }
      const stored: OutboxItem = { ...item, seq: next };
      next += 1;
      items.set(stored.seq, structuredClone(stored));
      return Promise.resolve(stored);
    },
    put(item) {
      items.set(item.seq, structuredClone(item));
      return Promise.resolve();
    },
    delete(seq) {
      items.delete(seq);
      return Promise.resolve();
    },
    clear() {
      items.clear();
      return Promise.resolve();
    },
    close: () => undefined,
  };
}

/** IndexedDB when it opens, else memory (private windows, storage disabled, jsdom). */
export async function openOutboxStore(name = OUTBOX_DB_NAME): Promise<OutboxStore> {
  if (typeof indexedDB === 'undefined') return createMemoryStore();
  try {
    return await openIndexedDbStore(name);
  } catch (error) {
    console.warn('[outbox] IndexedDB unavailable; pending work is kept in memory only', error);
    return createMemoryStore();
  }
}
