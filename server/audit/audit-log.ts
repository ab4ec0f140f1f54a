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
 * Appends one entry at the end of the chain. The chain head's row is locked for the rest of the
 * transaction (`SELECT … FOR UPDATE`), so appends from any number of gateway nodes on one
 * PostgreSQL, or concurrent requests on one PGlite, line up one after another. Pass a transaction
 * to make the entry part of it (it runs in a savepoint; the head stays locked until it commits).
 */
export async function appendAudit(db: Db, entry: AuditEntry): Promise<AuditRecord> {
  const detail = asStored(entry.detail ?? {});
  const at = entry.at ?? new Date();
  return db.transaction(async (tx) => {
    const [head] = await tx
      .select({ seq: auditChainHead.seq, hash: auditChainHead.hash })
      .from(auditChainHead)
      .where(eq(auditChainHead.id, 1))
      .for('update');
    if (!head) throw new Error('audit_chain_head is missing: have the migrations run?');
    const chained: ChainedEntry = {
      seq: head.seq + 1,
      at,
      actor: entry.actor,
      action: entry.action,
      customerId: entry.customerId ?? null,
      origin: entry.origin,
      detail,
      prevHash: head.hash,
    };
    const hash = entryHash(chained);
    // The insert trigger checks seq and prev_hash against the head and moves the head on.
    const [row] = await tx
      .insert(auditEvents)
      .values({ ...chained, hash })
      .returning({ id: auditEvents.id });
    if (!row) throw new Error('audit entry was not written');
    return { id: row.id, ...chained, hash };
  });
}

/**
 * Free text for the log: runs of 7 or more digits (phone, ID and card numbers), with up to two
 * spaces, dots, dashes or brackets between digits, become `[number]`. Short numbers (a claim
 * number's 4 digits, an amount) stay.
 */
export function redactNumbers(text: string): string {
  return text.replace(/\+?\d(?:[\s().-]{0,2}\d){6,}[Xx]?/g, '[number]');
}
