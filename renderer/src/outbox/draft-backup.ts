import { appStore } from '../state';
import {
  keyOf,
  openDraftStore,
  type DraftKey,
  type DraftKind,
  type DraftRecord,
  type DraftStore,
} from './draft-store';

/** The signed-in session drafts are written for; they are read back only by the same one. */
export interface DraftOwner {
  agentId: string;
  sessionId: string;
  /** When the session ends at the latest (its refresh token's expiry). */
  expiresAt: string;
}

/** The store's signed-in session, or null when nobody is. */
export function draftOwnerOf(state: {
  agent: { id: string } | null;
  sessionId: string | null;
  refreshExpiresAt: string | null;
}): DraftOwner | null {
  const { agent, sessionId, refreshExpiresAt } = state;
  if (agent === null || sessionId === null || refreshExpiresAt === null) return null;
  return { agentId: agent.id, sessionId, expiresAt: refreshExpiresAt };
}

export const sameSession = (a: DraftOwner | null, b: DraftOwner | null): boolean =>
  a?.agentId === b?.agentId && a?.sessionId === b?.sessionId;

/** Written this long after the last change (a keystroke), or at once when the page is hidden. */
export const DRAFT_WRITE_DELAY_MS = 400;

export interface DraftBackupOptions {
  open?: () => Promise<DraftStore | null>;
  owner?: () => DraftOwner | null;
  delayMs?: number;
}

const idOf = (key: DraftKey) => JSON.stringify(key);

/**
 * A copy on this desktop of what the agent typed and has not submitted, so closing or reloading
 * the window does not lose it: written shortly after the last change, read back only by the same
 * agent in the same sign-in session. The forms keep owning their drafts in memory; this is only
 * their backup. Without IndexedDB every call quietly does nothing.
 *
 * Storage calls run one after another, in the order they were made: a delete made after a write
 * always wins.
 */
export class DraftBackup {
  private opened: Promise<DraftStore | null> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly pending = new Map<string, DraftRecord>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly forgotten = new Set<(contactId: string) => void>();
  private readonly open: () => Promise<DraftStore | null>;
  private readonly owner: () => DraftOwner | null;
  private readonly delayMs: number;

  constructor(options: DraftBackupOptions = {}) {
    this.open = options.open ?? (() => openDraftStore());
    this.owner = options.owner ?? (() => draftOwnerOf(appStore.getState()));
    this.delayMs = options.delayMs ?? DRAFT_WRITE_DELAY_MS;
  }

  /** Keeps `value` as the contact's draft of this kind (soon: see `flush`). Signed out: nothing. */
  save(kind: DraftKind, contactId: string, value: unknown): void {
    const owner = this.owner();
    if (owner === null) return;
    const record: DraftRecord = {
      agentId: owner.agentId,
      sessionId: owner.sessionId,
      kind,
      contactId,
      value,
      savedAt: new Date().toISOString(),
      expiresAt: owner.expiresAt,
    };
    this.pending.set(idOf(keyOf(record)), record);
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Writes what is waiting for the delay now (the window is being hidden or closed). */
  flush(): Promise<void> {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const records = [...this.pending.values()];
    this.pending.clear();
    if (records.length === 0) return this.queue.then(() => undefined);
    return this.run((store) => store.put(records), undefined);
  }

  /** The draft kept for this contact in the signed-in session, if any. */
  restore(kind: DraftKind, contactId: string): Promise<unknown> {
    const key = this.keyFor(kind, contactId);
    if (key === null) return Promise.resolve(undefined);
    const waiting = this.pending.get(idOf(key));
    if (waiting !== undefined) return Promise.resolve(waiting.value);
    return this.run(async (store) => (await store.get(key))?.value, undefined);
  }

  /** Drops the contact's draft of this kind (submitted, or emptied). */
  forget(kind: DraftKind, contactId: string): Promise<void> {
    const key = this.keyFor(kind, contactId);
    if (key === null) return Promise.resolve();
    this.pending.delete(idOf(key));
    return this.run((store) => store.delete([key]), undefined);
  }

  /** The contact left the desktop: every draft of it goes, here and in the forms' memory. */
  forgetContact(contactId: string): Promise<void> {
    for (const listener of this.forgotten) listener(contactId);
    return Promise.all([this.forget('wrapup', contactId), this.forget('chat', contactId)]).then(
      () => undefined,
    );
  }

  /** Memory that must forget a contact's draft with its backup (`forgetContact`). */
  onContactForgotten(listener: (contactId: string) => void): () => void {
    this.forgotten.add(listener);
    return () => this.forgotten.delete(listener);
  }

  /** The session signed out: everything typed in it goes. */
  forgetSession(owner: DraftOwner): Promise<void> {
    return this.drop((record) => sameSession(ownerOfRecord(record), owner));
  }

  /**
   * Keeps only the drafts of this session (another agent, or a new session, never sees an older
   * one's). Signed out: keeps what may still belong to a live session, drops what has expired.
   */
  keepOnly(owner: DraftOwner | null, now = Date.now()): Promise<void> {
    return this.drop((record) =>
      owner === null
        ? Date.parse(record.expiresAt) <= now
        : !sameSession(ownerOfRecord(record), owner),
    );
  }

  /** Tests: forget everything, waiting and stored. */
  clear(): Promise<void> {
    this.dropPending(() => true);
    return this.run((store) => store.clear(), undefined);
  }

  /** Writes what is waiting, then closes the storage; the next use opens it again. */
  async close(): Promise<void> {
    await this.flush();
    await this.closeStorage();
  }

  /**
   * Tests: the window is gone (closed, crashed) before the write delay ran out: what waited is
   * lost, the storage is closed, and the next use opens it again as a new window would.
   */
  async lose(): Promise<void> {
    this.dropPending(() => true);
    await this.queue;
    await this.closeStorage();
  }

  /** Tests: every record kept on this desktop, once the calls before have run. */
  stored(): Promise<DraftRecord[]> {
    return this.run((store) => store.all(), []);
  }

  private async closeStorage(): Promise<void> {
    const opened = this.opened;
    this.opened = null;
    const store = opened === null ? null : await opened;
    store?.close();
  }

  private keyFor(kind: DraftKind, contactId: string): DraftKey | null {
    const owner = this.owner();
    return owner === null ? null : [owner.agentId, owner.sessionId, kind, contactId];
  }

  private drop(matches: (record: DraftRecord) => boolean): Promise<void> {
    this.dropPending(matches);
    return this.run(async (store) => {
      const gone = (await store.all()).filter(matches).map(keyOf);
      await store.delete(gone);
    }, undefined);
  }

  private dropPending(matches: (record: DraftRecord) => boolean): void {
    for (const [id, record] of this.pending) if (matches(record)) this.pending.delete(id);
    if (this.pending.size === 0 && this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
  }

  /** Runs `op` after every call before it; a failure is logged, never thrown (drafts are a backup). */
  private run<T>(op: (store: DraftStore) => Promise<T>, fallback: T): Promise<T> {
    const next = this.queue.then(async () => {
      this.opened ??= this.open();
      const store = await this.opened;
      return store === null ? fallback : await op(store);
    });
    const settled = next.catch((error: unknown) => {
      console.warn('[drafts] could not use the draft storage', error);
      return fallback;
    });
    this.queue = settled;
    return settled;
  }
}

const ownerOfRecord = (record: DraftRecord): DraftOwner => ({
  agentId: record.agentId,
  sessionId: record.sessionId,
  expiresAt: record.expiresAt,
});

/** The window's one draft backup (IndexedDB `firebreak-drafts`). */
export const appDrafts = new DraftBackup();

/** Tests: no drafts for the next test. */
export function resetDrafts(): Promise<void> {
  return appDrafts.clear();
}
