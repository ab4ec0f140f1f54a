/** The team lead's console: the queues board, pushed live over the socket to leads only. */
import { z } from 'zod';
import { CONTACT_CHANNELS, RISK_BANDS, TIERS } from '../domain.js';
import { agentStatusSchema } from './auth.js';
import { isoDateTime } from './common.js';
import { consoleAlertSchema } from './console-alerts.js';
import { riskReasonSchema } from './risk.js';

const periodSchema = z.object({
  /** 0–1; null when no contact finished waiting in the period. */
  serviceLevel: z.number().min(0).max(1).nullable(),
  answered: z.number().int(),
  abandoned: z.number().int(),
  averageHandleSeconds: z.number().int().nullable(),
});

export const queueBoardSchema = z.object({
  id: z.string(),
  name: z.string(),
  channel: z.enum(CONTACT_CHANNELS),
  waiting: z.number().int(),
  longestWaitSeconds: z.number().int(),
  last15Minutes: periodSchema,
  today: periodSchema,
  agents: z.object({
    available: z.number().int(),
    onContact: z.number().int(),
    wrapUp: z.number().int(),
    away: z.number().int(),
  }),
});
export type QueueBoard = z.infer<typeof queueBoardSchema>;

/** A contact an agent holds, as the agents grid shows it. */
export const agentContactSchema = z.object({
  contactId: z.string(),
  channel: z.enum(CONTACT_CHANNELS),
  state: z.enum(['offered', 'active', 'wrap_up']),
  customerName: z.string().nullable(),
  /** When it entered that state (offered, accepted, wrap-up started). */
  since: isoDateTime,
});
export type AgentContact = z.infer<typeof agentContactSchema>;

/** One row of the agents grid: presence plus what the agent is working on. */
export const consoleAgentSchema = agentStatusSchema.extend({
  contacts: z.array(agentContactSchema),
  /** Chats the agent may hold at once (calls take the whole agent). */
  chatCapacity: z.number().int(),
});
export type ConsoleAgent = z.infer<typeof consoleAgentSchema>;

/** A waiting or live contact on the risk board. */
export const riskBoardEntrySchema = z.object({
  contactId: z.string(),
  channel: z.enum(CONTACT_CHANNELS),
  state: z.enum(['queued', 'offered', 'active']),
  queueId: z.string(),
  customerId: z.string().nullable(),
  /** Matched customer's name, else the name the customer typed, else null. */
  customerName: z.string().nullable(),
  tier: z.enum(TIERS).nullable(),
  riskScore: z.number().int().min(0).max(100).nullable(),
  riskBand: z.enum(RISK_BANDS).nullable(),
  /** Why they are likely calling (the stored assessment's reason); null when not scored. */
  predictedReason: riskReasonSchema.nullable(),
  overduePromises: z.number().int(),
  /** When the contact joined the queue (the wait is counted from here). */
  queuedAt: isoDateTime,
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
});
export type RiskBoardEntry = z.infer<typeof riskBoardEntrySchema>;

export const consoleThresholdsSchema = z.object({
  /** Answered within this many seconds counts toward service level. */
  serviceLevelSeconds: z.number().int(),
  /** After-contact work beyond this is a long wrap-up (the lead's ACW limit). */
  acwLimitSeconds: z.number().int(),
  /** A contact held longer than this is a long hold. */
  longHoldSeconds: z.number().int(),
  /** A Diamond customer waiting longer than this raises an alert. */
  diamondWaitSeconds: z.number().int(),
});
export type ConsoleThresholds = z.infer<typeof consoleThresholdsSchema>;

/** The risk board carries the riskiest this many: what a lead can act on, and a light push. */
export const RISK_BOARD_ROWS = 100;

/**
 * Where a pushed board sits in its gateway's stream of boards to the leads: `stream` names the
 * gateway's run, `seq` counts the boards it pushed. A patch applies only to the board it was made
 * from (its `base`).
 */
export const boardVersionSchema = z.object({
  stream: z.string().min(1).max(64),
  seq: z.number().int().nonnegative(),
});
export type BoardVersion = z.infer<typeof boardVersionSchema>;

export const consoleBoardSchema = z.object({
  /** Set on the boards the gateway pushes (and answers `console.resync` with); absent on one built for a request. */
  version: boardVersionSchema.optional(),
  generatedAt: isoDateTime,
  /** Answered within this many seconds counts toward service level. */
  serviceLevelSeconds: z.number().int(),
  thresholds: consoleThresholdsSchema,
  queues: z.array(queueBoardSchema),
  /**
   * The riskiest waiting and live contacts, riskiest first (risk score, then tier, then overdue
   * promises, then the longest wait); at most `RISK_BOARD_ROWS` of them.
   */
  risk: z.array(riskBoardEntrySchema),
  /** How many waiting and live contacts there are in all (more than `risk` holds when capped). */
  riskTotal: z.number().int(),
  /** Unacknowledged alerts, newest first, then the latest acknowledged ones. */
  alerts: z.array(consoleAlertSchema),
});
export type ConsoleBoard = z.infer<typeof consoleBoardSchema>;

/** One list of a board patch: its new and changed rows, and its ids in order if those changed. */
const rowsPatchSchema = <Row extends z.ZodType>(row: Row) =>
  z.object({
    /** Rows that are new or differ from the base board's (the rest are as they were). */
    changed: z.array(row),
    /** Every row's id in order, when the rows or their order differ from the base's; else absent. */
    order: z.array(z.string()).optional(),
  });

/**
 * A pushed board as the change from the one pushed before it (`base`): a fifth of the full
 * board's size under load, where most queues, risk rows and alerts stay as they were. The
 * desktop applies it to the board it holds (shared/console-board-patch.ts); one that holds
 * another asks for the whole board (`console.resync`).
 */
export const consoleBoardPatchSchema = z.object({
  base: boardVersionSchema,
  version: boardVersionSchema,
  generatedAt: isoDateTime,
  serviceLevelSeconds: z.number().int(),
  thresholds: consoleThresholdsSchema,
  riskTotal: z.number().int(),
  queues: rowsPatchSchema(queueBoardSchema),
  risk: rowsPatchSchema(riskBoardEntrySchema),
  alerts: rowsPatchSchema(consoleAlertSchema),
});
export type ConsoleBoardPatch = z.infer<typeof consoleBoardPatchSchema>;
export type RowsPatch<Row> = { changed: Row[]; order?: string[] };

/**
 * The agents grid: every agent with what they hold, built with the board but sent apart, only to
 * leads who show it (the Agents tab, the reassign dialog). With 500 agents it was four fifths of
 * every board a lead's desktop parsed.
 */
export const consoleAgentsSchema = z.object({
  generatedAt: isoDateTime,
  agents: z.array(consoleAgentSchema),
});
export type ConsoleAgents = z.infer<typeof consoleAgentsSchema>;
