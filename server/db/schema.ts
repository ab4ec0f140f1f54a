/**
 * The one pg-core schema. PGlite (embedded, default) and PostgreSQL (DATABASE_URL) both run it;
 * migrations in ./migrations are generated from it by `npm run db:generate` and applied at start.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import {
  AGENT_ROLES,
  CLAIM_STATUSES,
  COMPLAINT_STATUSES,
  CONTACT_CHANNELS,
  CONTACT_STATES,
  JOURNEY_STAGES,
  LANGUAGES,
  MATCH_RESULTS,
  PARTNER_KINDS,
  PAYMENT_STATUSES,
  POLICY_LINES,
  POLICY_STATUSES,
  PROMISE_STATUSES,
  ROOT_CAUSES,
  TIERS,
  TOUCHPOINT_CHANNELS,
  ANOMALIES,
  DISPOSITIONS,
  CHAT_SENDERS,
} from '../../shared/domain.js';
import type { ChatAttachment } from '../../shared/schemas/chat.js';
import type { Handover } from '../../shared/schemas/contact.js';
import type { RoutingSettings, WrapUpRequest } from '../../shared/schemas/work.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const partners = pgTable('partners', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind', { enum: PARTNER_KINDS }).notNull(),
});

export const customers = pgTable(
  'customers',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    /** E.164-style digits with leading "+", e.g. +8613812345678. */
    phone: text('phone').notNull(),
    email: text('email'),
    idNumber: text('id_number').notNull(),
    /** Sensitive: the account premiums are collected from / claims paid to (digits only). */
    bankAccount: text('bank_account'),
    /** Sensitive: health details on file (health policies and claims); free text. */
    healthDetails: text('health_details'),
    city: text('city').notNull(),
    tier: text('tier', { enum: TIERS }).notNull(),
    preferredLanguage: text('preferred_language', { enum: LANGUAGES }).notNull(),
    preferredChannel: text('preferred_channel', { enum: TOUCHPOINT_CHANNELS }).notNull(),
    consentSms: boolean('consent_sms').notNull(),
    consentMarketing: boolean('consent_marketing').notNull(),
    consentRecording: boolean('consent_recording').notNull(),
    customerSince: date('customer_since', { mode: 'string' }).notNull(),
    ltvMinor: bigint('ltv_minor', { mode: 'number' }).notNull(),
    churnRisk: real('churn_risk').notNull(),
    advisorName: text('advisor_name'),
    intermediaryId: text('intermediary_id').references(() => partners.id),
  },
  (t) => [
    index('customers_phone_idx').on(t.phone),
    index('customers_email_idx').on(t.email),
    // Agent search: name prefix (case-insensitive) and "the last digits of the number".
    index('customers_name_lower_idx').using('btree', sql`lower(${t.name}) text_pattern_ops`),
    index('customers_phone_reverse_idx').using('btree', sql`reverse(${t.phone}) text_pattern_ops`),
  ],
);

export const policies = pgTable(
  'policies',
  {
    id: text('id').primaryKey(),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    line: text('line', { enum: POLICY_LINES }).notNull(),
    product: text('product').notNull(),
    status: text('status', { enum: POLICY_STATUSES }).notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    renewalDate: date('renewal_date', { mode: 'string' }).notNull(),
    premiumMinor: bigint('premium_minor', { mode: 'number' }).notNull(),
    paymentStatus: text('payment_status', { enum: PAYMENT_STATUSES }).notNull(),
    daysOverdue: integer('days_overdue').notNull().default(0),
  },
  (t) => [index('policies_customer_idx').on(t.customerId)],
);

export const claims = pgTable(
  'claims',
  {
    id: text('id').primaryKey(),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    policyId: text('policy_id')
      .notNull()
      .references(() => policies.id),
    status: text('status', { enum: CLAIM_STATUSES }).notNull(),
    description: text('description').notNull(),
    reportedAt: ts('reported_at').notNull(),
    promisedAt: ts('promised_at'),
    closedAt: ts('closed_at'),
    amountClaimedMinor: bigint('amount_claimed_minor', { mode: 'number' }).notNull(),
    amountPaidMinor: bigint('amount_paid_minor', { mode: 'number' }),
    adjusterId: text('adjuster_id').references(() => partners.id),
    rescueId: text('rescue_id').references(() => partners.id),
  },
  (t) => [index('claims_customer_idx').on(t.customerId)],
);

export const touchpoints = pgTable(
  'touchpoints',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    /** The caller-chosen id that makes ingestion idempotent. */
    eventId: text('event_id').notNull(),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    occurredAt: ts('occurred_at').notNull(),
    channel: text('channel', { enum: TOUCHPOINT_CHANNELS }).notNull(),
    stage: text('stage', { enum: JOURNEY_STAGES }).notNull(),
    kind: text('kind').notNull(),
    summary: text('summary').notNull(),
    partnerId: text('partner_id').references(() => partners.id),
    policyId: text('policy_id'),
    claimId: text('claim_id'),
    dwellSeconds: integer('dwell_seconds'),
    anomaly: text('anomaly', { enum: ANOMALIES }),
    attributes: jsonb('attributes').$type<Record<string, string | number | boolean | null>>(),
    receivedAt: ts('received_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('touchpoints_event_id_uq').on(t.eventId),
    index('touchpoints_customer_time_idx').on(t.customerId, t.occurredAt.desc(), t.id.desc()),
  ],
);

export const complaints = pgTable(
  'complaints',
  {
    id: text('id').primaryKey(),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    openedAt: ts('opened_at').notNull(),
    dueAt: ts('due_at').notNull(),
    closedAt: ts('closed_at'),
    status: text('status', { enum: COMPLAINT_STATUSES }).notNull(),
    rootCauses: text('root_causes', { enum: ROOT_CAUSES }).array().notNull(),
    channel: text('channel', { enum: TOUCHPOINT_CHANNELS }).notNull(),
    owner: text('owner'),
    originTouchpointId: bigint('origin_touchpoint_id', { mode: 'number' }),
    customerWords: text('customer_words').notNull(),
    resolution: text('resolution'),
    satisfaction: integer('satisfaction'),
    claimId: text('claim_id'),
    policyId: text('policy_id'),
  },
  (t) => [index('complaints_customer_idx').on(t.customerId, t.openedAt.desc())],
);

export const promises = pgTable(
  'promises',
  {
    id: text('id').primaryKey(),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    description: text('description').notNull(),
    madeBy: text('made_by').notNull(),
    madeAt: ts('made_at').notNull(),
    dueAt: ts('due_at').notNull(),
    status: text('status', { enum: PROMISE_STATUSES }).notNull(),
    resolvedAt: ts('resolved_at'),
    claimId: text('claim_id'),
  },
  (t) => [index('promises_customer_idx').on(t.customerId, t.dueAt)],
);

export const agents = pgTable('agents', {
  id: text('id').primaryKey(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  role: text('role', { enum: AGENT_ROLES }).notNull(),
  passwordHash: text('password_hash').notNull(),
  disabled: boolean('disabled').notNull().default(false),
  /** Languages the agent can serve a customer in (routing skill). */
  languages: text('languages', { enum: LANGUAGES })
    .array()
    .notNull()
    .default(sql`'{zh-CN,en}'::text[]`),
  /** Chats at once; null: the team lead's default (routing settings). */
  chatCapacity: integer('chat_capacity'),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const queues = pgTable('queues', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  channel: text('channel', { enum: CONTACT_CHANNELS }).notNull(),
});

export const agentQueues = pgTable(
  'agent_queues',
  {
    agentId: text('agent_id')
      .notNull()
      .references(() => agents.id),
    queueId: text('queue_id')
      .notNull()
      .references(() => queues.id),
  },
  (t) => [primaryKey({ columns: [t.agentId, t.queueId] })],
);

export const contacts = pgTable(
  'contacts',
  {
    id: text('id').primaryKey(),
    externalId: text('external_id').notNull().unique(),
    channel: text('channel', { enum: CONTACT_CHANNELS }).notNull(),
    queueId: text('queue_id')
      .notNull()
      .references(() => queues.id),
    state: text('state', { enum: CONTACT_STATES }).notNull(),
    match: text('match', { enum: MATCH_RESULTS }).notNull(),
    customerId: text('customer_id').references(() => customers.id),
    candidateIds: text('candidate_ids')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    fromPhone: text('from_phone'),
    fromEmail: text('from_email'),
    fromCustomerId: text('from_customer_id'),
    language: text('language', { enum: LANGUAGES }),
    ivrPath: text('ivr_path')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    ivrIntent: text('ivr_intent'),
    /** The owner: the agent it is offered to, connected to, or wrapping up with. */
    offeredTo: text('offered_to').references(() => agents.id),
    /** Served first when higher (tier and risk at arrival). */
    priority: integer('priority').notNull().default(0),
    urgent: boolean('urgent').notNull().default(false),
    /** When it (re-)entered the queue: order among equal priorities. */
    queuedAt: ts('queued_at').notNull().defaultNow(),
    /** A cold transfer to one agent: only they are offered it. */
    targetAgentId: text('target_agent_id').references(() => agents.id),
    /** Agents who declined or missed it: offered to others first. */
    skippedBy: text('skipped_by')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    ringDeadline: ts('ring_deadline'),
    acceptedAt: ts('accepted_at'),
    acwDeadline: ts('acw_deadline'),
    closedAt: ts('closed_at'),
    disposition: text('disposition', { enum: DISPOSITIONS }),
    wrapUp: jsonb('wrap_up').$type<WrapUpRequest>(),
    handover: jsonb('handover').$type<Handover>(),
    /** A warm transfer waiting for the receiving agent. */
    pendingTransfer: jsonb('pending_transfer').$type<{
      toAgentId: string;
      toAgentName: string;
      handover: Handover;
    }>(),
    /** The chat customer's name as typed on the chat page. */
    customerName: text('customer_name'),
    /** The agent who linked the contact to its customer by hand (picker or search), if any. */
    linkedBy: text('linked_by').references(() => agents.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    offeredAt: ts('offered_at'),
    endedAt: ts('ended_at'),
  },
  (t) => [
    index('contacts_queue_state_idx').on(t.queueId, t.state, t.createdAt),
    // "Has this customer contacted us lately?" (pre-emption worklist)
    index('contacts_customer_created_idx').on(t.customerId, t.createdAt),
    index('contacts_owner_state_idx').on(t.offeredTo, t.state),
    // The live ones (the console board's read, several times a second): a handful among the
    // months of closed contacts, found without scanning those. The states are LIVE_STATES
    // (server/console/live-contacts.ts): the read's filter must match this predicate.
    index('contacts_live_idx')
      .on(t.state)
      .where(sql`${t.state} in ('queued', 'offered', 'active', 'wrap_up')`),
  ],
);

/** Every contact transition, with its time: the lifecycle's audit trail. */
export const contactEvents = pgTable(
  'contact_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    contactId: text('contact_id')
      .notNull()
      .references(() => contacts.id),
    at: ts('at').notNull(),
    action: text('action').notNull(),
    fromState: text('from_state', { enum: CONTACT_STATES }).notNull(),
    toState: text('to_state', { enum: CONTACT_STATES }).notNull(),
    agentId: text('agent_id'),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('contact_events_contact_idx').on(t.contactId, t.at)],
);

export const chatMessages = pgTable(
  'chat_messages',
  {
    id: text('id').primaryKey(),
    contactId: text('contact_id')
      .notNull()
      .references(() => contacts.id),
    sender: text('sender', { enum: CHAT_SENDERS }).notNull(),
    authorId: text('author_id'),
    authorName: text('author_name'),
    text: text('text').notNull(),
    attachments: jsonb('attachments').$type<ChatAttachment[]>().notNull().default([]),
    sentAt: ts('sent_at').notNull(),
    /** The agent's desktop's key for the send (`chat.send`): one message per author and key. */
    idempotencyKey: text('idempotency_key'),
  },
  (t) => [
    index('chat_messages_contact_idx').on(t.contactId, t.sentAt),
    uniqueIndex('chat_messages_author_key_uq').on(t.authorId, t.idempotencyKey),
  ],
);

/** Snippets an agent types as `/shortcut` in a chat. */
export const cannedReplies = pgTable(
  'canned_replies',
  {
    id: text('id').primaryKey(),
    shortcut: text('shortcut').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    language: text('language', { enum: LANGUAGES }).notNull(),
  },
  (t) => [uniqueIndex('canned_replies_shortcut_uq').on(t.shortcut, t.language)],
);

/** The team lead's routing settings (one row). */
export const routingSettings = pgTable('routing_settings', {
  id: integer('id').primaryKey(),
  settings: jsonb('settings').$type<RoutingSettings>().notNull(),
  updatedBy: text('updated_by'),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const scripts = pgTable('scripts', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  /** Template with `{placeholders}` filled from the pop's facts. */
  body: text('body').notNull(),
  language: text('language', { enum: LANGUAGES }).notNull(),
  rootCause: text('root_cause', { enum: ROOT_CAUSES }),
  stage: text('stage', { enum: JOURNEY_STAGES }),
  marketing: boolean('marketing').notNull().default(false),
  priority: integer('priority').notNull().default(0),
});

// The audit log's tables live in their own file; re-exported so the one schema stays one.
export { auditChainHead, auditEvents } from './schema-audit.js';
export { wrapUpReceipts } from './schema-idempotency.js';
export { agentPresence } from './schema-presence.js';
