/**
 * The team lead console's tables, beside the main schema (`schema.ts`): alerts raised for a
 * contact, each rule at most once per contact, kept until a lead acknowledges them.
 */
import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { ALERT_RULES, type ConsoleAlert } from '../../shared/schemas/console-alerts.js';
import { agents, contacts } from './schema.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const consoleAlerts = pgTable(
  'console_alerts',
  {
    id: text('id').primaryKey(),
    rule: text('rule', { enum: ALERT_RULES }).notNull(),
    contactId: text('contact_id')
      .notNull()
      .references(() => contacts.id),
    /** The contact's customer when the alert was raised (null: not matched). */
    customerId: text('customer_id'),
    raisedAt: ts('raised_at').notNull(),
    /** What fired it: seconds waited, risk score, overdue promise ids, the words used. */
    detail: jsonb('detail').$type<ConsoleAlert['detail']>().notNull().default({}),
    acknowledgedBy: text('acknowledged_by').references(() => agents.id),
    acknowledgedAt: ts('acknowledged_at'),
  },
  (t) => [
    // Each rule fires at most once per contact.
    uniqueIndex('console_alerts_rule_contact_uq').on(t.rule, t.contactId),
    // The board: unacknowledged newest first, then the latest acknowledged.
    index('console_alerts_open_idx')
      .on(t.raisedAt.desc())
      .where(sql`${t.acknowledgedAt} is null`),
    index('console_alerts_acknowledged_idx').on(t.acknowledgedAt.desc()),
  ],
);
