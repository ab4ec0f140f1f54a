/**
 * The audit log: the one writer of `audit_events`. Every entry says who (actor), what (action),
 * which customer, when (at) and from where (origin), and is chained to the one before it: its
 * `hash` is the sha256 of its canonical form, which includes the previous entry's hash. The
 * database keeps it append-only (triggers, migration 0006); `npm run audit:verify` walks the chain.
 *
 * Details hold no sensitive values: ids, counts and kinds, never a phone or ID number. Free text
 * (a whisper, a consult message, a search query) goes through `redactNumbers` first.
 */
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import { configure } from 'safe-stable-stringify';
import type { Db } from '../db/client.js';
import { auditChainHead, auditEvents } from '../db/schema.js';

/** The gateway acting on its own (timers, routing), as opposed to a client at an address. */
export const SYSTEM_ORIGIN = 'system';

export interface AuditEntry {
  /** Who: an agent id, or 'system'. */
  actor: string;
  /** What: `domain.verb` (`pop.viewed`, `customer.searched`, `console.whisper`…). */
  action: string;
  customerId?: string | null;
  /** From where: the client's IP (HTTP `request.ip`, socket `handshake.address`) or 'system'. */
  origin: string;
  /** JSON only, and nothing sensitive. */
  detail?: Record<string, unknown>;
  /** When; now unless the caller has its own clock. */
  at?: Date;
}

/** An entry as chained: the fields its hash covers. */
export interface ChainedEntry {
  seq: number;
  at: Date;
  actor: string;
  action: string;
  customerId: string | null;
  origin: string;
  detail: Record<string, unknown>;
  prevHash: string;
}

export interface AuditRecord extends ChainedEntry {
  id: number;
  hash: string;
}

/** The hash format's version, part of what is hashed. */
export const CHAIN_VERSION = 1;

// Sorted keys at every depth, no whitespace; a cycle or a BigInt is a bug, not something to log.
const canonicalJson = configure({
  deterministic: true,
  circularValue: TypeError,
  bigint: false,
  strict: true,
});

/** The canonical serialisation of an entry: what its hash is taken over. */
export function canonicalEntry(entry: ChainedEntry): string {
  const text = canonicalJson({
    v: CHAIN_VERSION,
    seq: entry.seq,
    at: entry.at.toISOString(),
    actor: entry.actor,
    action: entry.action,
    customerId: entry.customerId,
    origin: entry.origin,
    detail: entry.detail,
    prevHash: entry.prevHash,
  });
  if (text === undefined) throw new TypeError('audit entry is not serialisable');
  return text;
}

/** sha256 (lower-case hex) of the entry's canonical form. */
export function entryHash(entry: ChainedEntry): string {
  return createHash('sha256').update(canonicalEntry(entry), 'utf8').digest('hex');
}

/** The detail as the database will give it back (jsonb): plain JSON, `undefined`s dropped. */
function asStored(detail: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(detail)) as Record<string, unknown>;
}

/**
 * Appends one entry at the end of the chain; resolves once it is committed. The chain head's row
 * is locked while entries are added (`SELECT … FOR UPDATE`), so appends from any number of
 * gateway nodes on one PostgreSQL, or concurrent requests on one PGlite, line up one after
 * another.
 *
 * Pass a transaction to make the entry part of it (it runs in a savepoint; the head stays locked
 * until it commits). Otherwise the entry joins this database's next batch: one batch at a time
 * appends every entry that came while the last one ran, so the head is locked once per batch, not
 * once per entry, and a batch that follows this gateway's last one is one statement. (Each append
 * used to hold the lock across three round trips, and under load the appends queued on it held
 * most of the connection pool: 199 s of lock waits in a 20 s bench:console run.)
 */
export async function appendAudit(db: Db, entry: AuditEntry): Promise<AuditRecord> {
  const prepared = prepare(entry);
  // A transaction's entry stands or falls with it: appended inside it, never batched.
  if (isTransaction(db)) return (await appendChain(db, [prepared]))[0] as AuditRecord;
  let writer = writers.get(db);
  if (!writer) {
    writer = new AuditWriter(db);
    writers.set(db, writer);
  }
  return writer.append(prepared);
}

const isTransaction = (db: Db): boolean => (db as unknown) instanceof PgTransaction;

type Unchained = Omit<ChainedEntry, 'seq' | 'prevHash'>;

/** The entry as it will be stored and hashed; throws here, for this entry alone, if it cannot be. */
function prepare(entry: AuditEntry): Unchained {
  const unchained: Unchained = {
    at: entry.at ?? new Date(),
    actor: entry.actor,
    action: entry.action,
    customerId: entry.customerId ?? null,
    origin: entry.origin,
    detail: asStored(entry.detail ?? {}),
  };
  canonicalEntry({ ...unchained, seq: 0, prevHash: '' });
  return unchained;
}

/** At most this many entries in one insert (ten parameters each). */
const MAX_BATCH = 500;

/** The end of the chain: the last entry's seq and hash (the head's row). */
interface ChainEnd {
  seq: number;
  hash: string;
}

/** Entries linked one to the next from `end`, each with its hash. */
function linkFrom(
  end: ChainEnd,
  entries: readonly Unchained[],
): (ChainedEntry & { hash: string })[] {
  let prev = end;
  return entries.map((entry) => {
    const link: ChainedEntry = { ...entry, seq: prev.seq + 1, prevHash: prev.hash };
    const record = { ...link, hash: entryHash(link) };
    prev = record;
    return record;
  });
}

/**
 * Inserts linked entries; the insert trigger checks each row's seq and prev_hash against the head
 * (under its row lock) and moves it on, or refuses the whole statement.
 */
async function insertLinked(
  db: Db,
  linked: readonly (ChainedEntry & { hash: string })[],
): Promise<AuditRecord[]> {
  const rows = await db
    .insert(auditEvents)
    .values([...linked])
    .returning({ id: auditEvents.id, seq: auditEvents.seq });
  const ids = new Map(rows.map((r) => [r.seq, r.id]));
  return linked.map((record) => {
    const id = ids.get(record.seq);
    if (id === undefined) throw new Error(`audit entry ${String(record.seq)} was not written`);
    return { id, ...record };
  });
}

/** Entries in order at the end of the chain, in one transaction (a savepoint inside one). */
function appendChain(db: Db, entries: readonly Unchained[]): Promise<AuditRecord[]> {
  return db.transaction(async (tx) => {
    const [head] = await tx
      .select({ seq: auditChainHead.seq, hash: auditChainHead.hash })
      .from(auditChainHead)
      .where(eq(auditChainHead.id, 1))
      .for('update');
    if (!head) throw new Error('audit_chain_head is missing: have the migrations run?');
    return insertLinked(tx, linkFrom(head, entries));
  });
}

/** The insert trigger's refusal of an entry that does not extend the chain as it now ends. */
function isOffChain(error: unknown): boolean {
  for (let e = error; e instanceof Error; e = (e as { cause?: unknown }).cause) {
    if (
      (e as { code?: unknown }).code === '23000' &&
      e.message.includes('does not extend the chain')
    )
      return true;
  }
  return false;
}

interface Pending {
  entry: Unchained;
  resolve: (record: AuditRecord) => void;
  reject: (error: unknown) => void;
}

/** One database's appends outside a caller's transaction: a batch at a time, in arrival order. */
class AuditWriter {
  private queue: Pending[] = [];
  private running = false;
  private scheduled = false;

  /**
   * Where this writer last left the chain, if it knows: the next batch is linked from there and
   * inserted in one statement (the trigger checks it under the head's lock), not a transaction of
   * four round trips. When something else moved the head meanwhile (another gateway node, an
   * entry inside a caller's transaction) the trigger refuses it whole, and the batch is appended
   * the long way, from the head as it is.
   */
  private end: ChainEnd | null = null;

  constructor(private readonly db: Db) {}

  append(entry: Unchained): Promise<AuditRecord> {
    return new Promise((resolve, reject) => {
      this.queue.push({ entry, resolve, reject });
      // The rest of a burst made in the same turn (Promise.all over appends) joins this batch.
      if (this.scheduled) return;
      this.scheduled = true;
      queueMicrotask(() => {
        this.scheduled = false;
        this.next();
      });
    });
  }

  private next(): void {
    if (this.running || this.queue.length === 0) return;
    this.running = true;
    const batch = this.queue.splice(0, MAX_BATCH);
    this.write(batch.map((p) => p.entry))
      .then(
        (records) => batch.forEach((p, i) => p.resolve(records[i] as AuditRecord)),
        // Nothing of the batch was written (one statement, or one transaction): each hears why.
        (error: unknown) => batch.forEach((p) => p.reject(error)),
      )
      .finally(() => {
        this.running = false;
        this.next();
      });
  }

  private async write(entries: readonly Unchained[]): Promise<AuditRecord[]> {
    const known = this.end;
    this.end = null;
    if (known !== null) {
      try {
        return this.wrote(await insertLinked(this.db, linkFrom(known, entries)));
      } catch (error) {
        if (!isOffChain(error)) throw error;
      }
    }
    return this.wrote(await appendChain(this.db, entries));
  }

  private wrote(records: AuditRecord[]): AuditRecord[] {
    const last = records.at(-1);
    if (last) this.end = { seq: last.seq, hash: last.hash };
    return records;
  }
}

const writers = new WeakMap<Db, AuditWriter>();

/**
 * Free text for the log: runs of 7 or more digits (phone, ID and card numbers), with up to two
 * spaces, dots, dashes or brackets between digits, become `[number]`. Short numbers (a claim
 * number's 4 digits, an amount) stay.
 */
export function redactNumbers(text: string): string {
  return text.replace(/\+?\d(?:[\s().-]{0,2}\d){6,}[Xx]?/g, '[number]');
}
