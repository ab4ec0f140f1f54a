/**
 * What makes a resent request harmless: the first result of each client-generated idempotency
 * key, per agent (chat messages keep theirs on the message row itself, see `chat_messages`).
 * Part of the one schema via schema.ts.
 */
import { pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { agents, contacts } from './schema.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * One row per applied wrap-up that came with a key, written in the wrap-up's own transaction:
 * a repeat of the key finds the result here and changes nothing.
 */
export const wrapUpReceipts = pgTable(
  'wrap_up_receipts',
  {
    agentId: text('agent_id')
      .notNull()
      .references(() => agents.id),
    idempotencyKey: text('idempotency_key').notNull(),
    contactId: text('contact_id')
      .notNull()
      .references(() => contacts.id),
    complaintId: text('complaint_id'),
    promiseId: text('promise_id'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.agentId, t.idempotencyKey] })],
);
