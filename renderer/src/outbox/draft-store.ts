import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { z } from 'zod';

/** What a draft belongs to: the wrap-up form or the chat composer of one contact. */
export const DRAFT_KINDS = ['wrapup', 'chat'] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

/** A draft's place: whose, in which sign-in session, of which contact, for which form. */
export type DraftKey = [agentId: string, sessionId: string, kind: DraftKind, contactId: string];

const draftRecordSchema = z.object({
  agentId: z.string().min(1),
  sessionId: z.string().min(1),
  kind: z.enum(DRAFT_KINDS),
  contactId: z.string().min(1),
  /** The draft as its form holds it; the form parses it on the way back. */
  value: z.unknown(),
  savedAt: z.string(),
  /** When the session it was typed in ends at the latest: never restored after that. */
  expiresAt: z.string(),
});
export type DraftRecord = z.infer<typeof draftRecordSchema>;

export const keyOf = (record: DraftRecord): DraftKey => [
  record.agentId,
  record.sessionId,
  record.kind,
  record.contactId,
];

/** Where typed-but-unsent drafts are backed up: IndexedDB, one record per key. */
export interface DraftStore {
  get(key: DraftKey): Promise<DraftRecord | undefined>;
  /** Every readable record (the set is small: one session's open forms). */
  all(): Promise<DraftRecord[]>;
  /** Writes these records in one transaction. */
  put(records: readonly DraftRecord[]): Promise<void>;
  delete(keys: readonly DraftKey[]): Promise<void>;
  clear(): Promise<void>;
  close(): void;
}

/** Its own database, so the outbox's schema and versions stay untouched by it. */
export const DRAFTS_DB_NAME = 'firebreak-drafts';
const STORE = 'drafts';

interface DraftsDb extends DBSchema {
  drafts: { key: DraftKey; value: DraftRecord };
}

const readable = (row: unknown): DraftRecord | undefined => {
  const parsed = draftRecordSchema.safeParse(row);
  return parsed.success ? parsed.data : undefined;
};

export async function openIndexedDbDraftStore(name = DRAFTS_DB_NAME): Promise<DraftStore> {
  const db: IDBPDatabase<DraftsDb> = await openDB<DraftsDb>(name, 1, {
    upgrade(database) {
      database.createObjectStore(STORE, { keyPath: ['agentId', 'sessionId', 'kind', 'contactId'] });
    },
  });
  return {
    async get(key) {
      return readable(await db.get(STORE, key));
    },
    async all() {
      const rows: unknown[] = await db.getAll(STORE);
      return rows.map(readable).filter((row) => row !== undefined);
    },
    async put(records) {
      if (records.length === 0) return;
      const tx = db.transaction(STORE, 'readwrite');
      await Promise.all([...records.map((record) => tx.store.put(record)), tx.done]);
    },
    async delete(keys) {
      if (keys.length === 0) return;
      const tx = db.transaction(STORE, 'readwrite');
      await Promise.all([...keys.map((key) => tx.store.delete(key)), tx.done]);
    },
    clear: () => db.clear(STORE),
    close: () => db.close(),
  };
}

/**
 * IndexedDB when it opens, else null: drafts then live in memory only, as they always did
 * (private windows, storage disabled). Never throws.
 */
export async function openDraftStore(name = DRAFTS_DB_NAME): Promise<DraftStore | null> {
  if (typeof indexedDB === 'undefined') return null;
  try {
    return await openIndexedDbDraftStore(name);
  } catch (error) {
    console.warn('[drafts] IndexedDB unavailable; drafts are kept in memory only', error);
    return null;
  }
}
