/**
 * Checks the audit chain (`npm run audit:verify`): walks `audit_events` in seq order, recomputes
 * every hash and reports the first broken link. Reads only; safe on a live database.
 */
import { createHash } from 'node:crypto';
import { and, asc, eq, gt, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { auditChainHead, auditEvents } from '../db/schema.js';
import { entryHash } from './audit-log.js';

export type ChainProblem =
  /** The row's content no longer gives its hash: the entry was altered. */
  | 'hash_mismatch'
  /** The row does not point at the entry before it: one was removed, reordered or rewritten. */
  | 'prev_hash_mismatch'
  /** Seq numbers are missing: entries were deleted. */
  | 'seq_gap'
  /** The rows from before the chain no longer give the genesis recorded when it began. */
  | 'genesis_mismatch'
  /** The chain ends before (or elsewhere than) its head says: entries were deleted at the end. */
  | 'head_mismatch';

export interface BrokenLink {
  /** The seq where the chain breaks (0: before the chain). */
  seq: number;
  /** The row found there, if any. */
  id: number | null;
  problem: ChainProblem;
  message: string;
}

export type ChainVerdict =
  | { ok: true; entries: number; legacyEntries: number; lastSeq: number; lastHash: string }
  | { ok: false; entries: number; legacyEntries: number; broken: BrokenLink };

const ZERO_HASH = '0'.repeat(64);
const short = (hash: string | null) => (hash === null ? 'null' : `${hash.slice(0, 12)}…`);

/**
 * The digest of the rows from before the chain, computed as migration 0006 did: one canonical
 * text line per row (rendered by the database, as then), in id order, joined by newlines.
 */
async function legacyDigest(db: Db, pageSize: number): Promise<{ count: number; digest: string }> {
  const hasher = createHash('sha256');
  let count = 0;
  let lastId = 0;
  for (;;) {
    const rows = await db
      .select({
        id: auditEvents.id,
        line: sql<string>`jsonb_build_array(${auditEvents.id}, to_char(${auditEvents.at} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), ${auditEvents.actor}, ${auditEvents.action}, ${auditEvents.customerId}, ${auditEvents.detail})::text`,
      })
      .from(auditEvents)
      .where(and(isNull(auditEvents.seq), gt(auditEvents.id, lastId)))
      .orderBy(asc(auditEvents.id))
      .limit(pageSize);
    for (const row of rows) {
      hasher.update(count === 0 ? row.line : `\n${row.line}`, 'utf8');
      count += 1;
      lastId = row.id;
    }
    if (rows.length < pageSize) break;
  }
  return { count, digest: count === 0 ? ZERO_HASH : hasher.digest('hex') };
}

export async function verifyAuditChain(
  db: Db,
  options: { pageSize?: number } = {},
): Promise<ChainVerdict> {
  const pageSize = options.pageSize ?? 1000;
  const legacy = await legacyDigest(db, pageSize);
  const [head] = await db.select().from(auditChainHead).where(eq(auditChainHead.id, 1));
  const broken = (entries: number, link: BrokenLink): ChainVerdict => ({
    ok: false,
    entries,
    legacyEntries: legacy.count,
    broken: link,
  });
  if (!head) {
    return broken(0, {
      seq: 0,
      id: null,
      problem: 'head_mismatch',
      message: 'audit_chain_head is missing',
    });
  }
  if (head.genesis !== legacy.digest) {
    return broken(0, {
      seq: 0,
      id: null,
      problem: 'genesis_mismatch',
      message: `the ${legacy.count} entries from before the chain no longer match its genesis (${short(head.genesis)}): one was altered, added or removed`,
    });
  }

  let expected = 1;
  let prev = head.genesis;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(and(isNotNull(auditEvents.seq), gt(auditEvents.seq, expected - 1)))
      .orderBy(asc(auditEvents.seq))
      .limit(pageSize);
    for (const row of rows) {
      const seq = row.seq ?? 0;
      const at = { seq, id: row.id };
      if (seq !== expected) {
        const missing =
          seq - 1 === expected ? `entry ${expected} is` : `entries ${expected}…${seq - 1} are`;
        return broken(expected - 1, {
          ...at,
          problem: 'seq_gap',
          message: `${missing} missing before it: deleted`,
        });
      }
      if (row.prevHash !== prev) {
        const before = seq === 1 ? 'the genesis' : `entry ${seq - 1}'s hash`;
        return broken(expected - 1, {
          ...at,
          problem: 'prev_hash_mismatch',
          message: `prev_hash ${short(row.prevHash)} is not ${before} (${short(prev)}): an entry before it was removed, reordered or rewritten`,
        });
      }
      const recomputed = entryHash({
        seq,
        at: row.at,
        actor: row.actor,
        action: row.action,
        customerId: row.customerId,
        origin: row.origin ?? '',
        detail: row.detail,
        prevHash: prev,
      });
      if (row.hash !== recomputed) {
        return broken(expected - 1, {
          ...at,
          problem: 'hash_mismatch',
          message: `stored hash ${short(row.hash)} but the entry hashes to ${short(recomputed)}: the entry was altered`,
        });
      }
      prev = recomputed;
      expected += 1;
    }
    if (rows.length < pageSize) break;
  }

  const lastSeq = expected - 1;
  if (head.seq !== lastSeq || head.hash !== prev) {
    const message =
      head.seq > lastSeq
        ? `the chain ends at entry ${lastSeq} but its head is at ${head.seq}: entries ${lastSeq + 1}…${head.seq} were deleted`
        : `the chain head (entry ${head.seq}, ${short(head.hash)}) is not its last entry (${lastSeq}, ${short(prev)})`;
    return broken(lastSeq, { seq: lastSeq + 1, id: null, problem: 'head_mismatch', message });
  }
  return { ok: true, entries: lastSeq, legacyEntries: legacy.count, lastSeq, lastHash: prev };
}
