/** The audit log's tables (see server/audit/audit-log.ts); part of the one schema via schema.ts. */
import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * The audit log: append-only (triggers refuse UPDATE, DELETE and TRUNCATE) and hash-chained.
 * Written only through `server/audit/audit-log.ts`; checked by `npm run audit:verify`.
 * seq, origin, prev_hash and hash are null only on rows from before the chain (migration 0006):
 * a NOT VALID check makes them required on every row written since.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    /** Chain order: 1, 2, 3… with no gaps. */
    seq: bigint('seq', { mode: 'number' }),
    at: ts('at').notNull().defaultNow(),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    customerId: text('customer_id'),
    /** From where: the client's address (HTTP or socket), or 'system' for the gateway's own acts. */
    origin: text('origin'),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
    /** The previous entry's hash (for seq 1: the genesis hash kept in audit_chain_head). */
    prevHash: text('prev_hash'),
    /** sha256 (hex) of the entry's canonical form, prev_hash included. */
    hash: text('hash'),
  },
  (t) => [
    index('audit_events_customer_idx').on(t.customerId, t.at),
    uniqueIndex('audit_events_seq_uq').on(t.seq),
    check(
      'audit_events_chained_ck',
      sql`${t.seq} is not null and ${t.origin} is not null and ${t.prevHash} is not null and ${t.hash} is not null`,
    ),
  ],
);

/**
 * One row: the chain's last seq and hash. Appends lock it (SELECT … FOR UPDATE), so entries from
 * several gateway nodes on one PostgreSQL form one chain; only the insert trigger may move it.
 * `genesis` is the prev_hash of seq 1: a digest of the rows from before the chain (zeros if none).
 */
export const auditChainHead = pgTable(
  'audit_chain_head',
  {
    id: integer('id').primaryKey(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    hash: text('hash').notNull(),
    genesis: text('genesis').notNull(),
  },
  (t) => [check('audit_chain_head_one_row_ck', sql`${t.id} = 1`)],
);
