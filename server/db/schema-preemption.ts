/**
 * Complaint pre-emption's tables, beside the main schema (`schema.ts`): each customer's risk as
 * last computed, and the worklist of customers to contact before they contact us.
 */
import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  jsonb,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import {
  PROACTIVE_ACTIONS,
  RISK_BANDS,
  WORKLIST_OUTCOMES,
  WORKLIST_STATUSES,
} from '../../shared/domain.js';
import type { RiskAssessment, RiskReason } from '../../shared/schemas/risk.js';
import { agents, customers } from './schema.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Each customer's complaint risk as last computed from their data (one row per customer). */
export const customerRisk = pgTable(
  'customer_risk',
  {
    customerId: text('customer_id')
      .primaryKey()
      .references(() => customers.id),
    score: integer('score').notNull(),
    band: text('band', { enum: RISK_BANDS }).notNull(),
    assessment: jsonb('assessment').$type<RiskAssessment>().notNull(),
    rulesVersion: text('rules_version').notNull(),
    computedAt: ts('computed_at').notNull(),
  },
  (t) => [index('customer_risk_score_idx').on(t.score.desc())],
);

/** Customers to contact before they contact us: risk crossed the worklist threshold. */
export const preemptionWorklist = pgTable(
  'preemption_worklist',
  {
    id: text('id').primaryKey(),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    score: integer('score').notNull(),
    /** Uncapped sum of the contributions' points, to rank customers the score caps at 100. */
    points: real('points').notNull(),
    band: text('band', { enum: RISK_BANDS }).notNull(),
    reason: jsonb('reason').$type<RiskReason>().notNull(),
    action: text('action', { enum: PROACTIVE_ACTIONS }).notNull(),
    notBefore: ts('not_before').notNull(),
    status: text('status', { enum: WORKLIST_STATUSES }).notNull(),
    claimedBy: text('claimed_by').references(() => agents.id),
    claimedAt: ts('claimed_at'),
    outcome: text('outcome', { enum: WORKLIST_OUTCOMES }),
    note: text('note'),
    createdAt: ts('created_at').notNull().defaultNow(),
    closedAt: ts('closed_at'),
  },
  (t) => [
    // At most one item per customer that is still being worked.
    uniqueIndex('preemption_worklist_active_uq')
      .on(t.customerId)
      .where(sql`${t.status} <> 'done'`),
    index('preemption_worklist_status_score_idx').on(t.status, t.score.desc(), t.points.desc()),
    // "Did an agent work this customer lately?" and each customer's history.
    index('preemption_worklist_customer_closed_idx').on(t.customerId, t.closedAt),
  ],
);
