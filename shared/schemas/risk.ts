import { z } from 'zod';
import {
  PLAYBOOK_MOVES,
  PROACTIVE_ACTIONS,
  RISK_BANDS,
  RISK_SIGNALS,
  RISK_TOPICS,
  ROOT_CAUSES,
  TIERS,
  WORKLIST_OUTCOMES,
  WORKLIST_STATUSES,
} from '../domain.js';
import { isoDateTime } from './common.js';
import { customerIdSchema } from './customer.js';

/** What a contribution (or the predicted reason) is about: a claim, a promise… and its id. */
export const riskTopicSchema = z.object({
  kind: z.enum(RISK_TOPICS),
  /** The claim / promise / policy / complaint id; null for topics without one (portal…). */
  ref: z.string().nullable(),
});
export type RiskTopicRef = z.infer<typeof riskTopicSchema>;

/**
 * Facts behind a contribution (keys: RISK_FACT_KEYS in `risk-facts.ts`, which a test holds the
 * engine to and the desktop words in full; the wire stays open to other keys so an assessment
 * stored by an older engine still parses, and the desktop leaves unknown keys out), for the
 * sentence the desktop builds in the agent's language:
 * e.g. `{ promisedAt: '2026-11-18T…', daysLate: 3 }`, `{ pageViews: 6 }`, `{ words: '投诉' }`.
 */
export const riskFactsSchema = z.record(z.string(), z.union([z.string(), z.number()]));
export type RiskFacts = z.infer<typeof riskFactsSchema>;

/** One signal's share of the score, with the touchpoints that show it. */
export const riskContributionSchema = z.object({
  signal: z.enum(RISK_SIGNALS),
  /** The signal's weight in the rules in force. */
  weight: z.number(),
  /** Points this contribution adds to the score (weight × strength × tier). */
  points: z.number(),
  topic: riskTopicSchema,
  rootCauses: z.array(z.enum(ROOT_CAUSES)),
  /** Timeline touchpoint ids (the desktop jumps to them). */
  evidence: z.array(z.string()),
  facts: riskFactsSchema,
});
export type RiskContribution = z.infer<typeof riskContributionSchema>;

export const predictedRootCauseSchema = z.object({
  code: z.enum(ROOT_CAUSES),
  /** Share of the reason's points that point at this cause, 0–1. */
  confidence: z.number().min(0).max(1),
});

/** Why now: the predicted reason for the contact, and the facts that make it likely. */
export const riskReasonSchema = z.object({
  topic: riskTopicSchema,
  /** The contributions about that topic, strongest first (they make the sentence). */
  signals: z.array(z.object({ signal: z.enum(RISK_SIGNALS), facts: riskFactsSchema })),
  rootCauses: z.array(predictedRootCauseSchema),
  /** The same reason as one sentence in English, for logs, APIs and the evaluation. */
  summary: z.string(),
});
export type RiskReason = z.infer<typeof riskReasonSchema>;

/** A playbook the rules selected for this customer, with the moves it suggests. */
export const playbookMatchSchema = z.object({
  id: z.string(),
  title: z.string(),
  moves: z.array(z.enum(PLAYBOOK_MOVES)),
  /** Script keys (catalog `key`, language-independent) the playbook brings forward. */
  scripts: z.array(z.string()),
});
export type PlaybookMatch = z.infer<typeof playbookMatchSchema>;

/** A customer's complaint risk, as last computed from the data (not at pop time). */
export const riskAssessmentSchema = z.object({
  customerId: customerIdSchema,
  score: z.number().int().min(0).max(100),
  band: z.enum(RISK_BANDS),
  tierMultiplier: z.number(),
  contributions: z.array(riskContributionSchema),
  reason: riskReasonSchema,
  playbooks: z.array(playbookMatchSchema),
  rulesVersion: z.string(),
  computedAt: isoDateTime,
});
export type RiskAssessment = z.infer<typeof riskAssessmentSchema>;

/** One customer on the pre-emption worklist: risk crossed the threshold, no contact yet. */
export const worklistItemSchema = z.object({
  id: z.string(),
  customerId: customerIdSchema,
  customerName: z.string(),
  tier: z.enum(TIERS),
  score: z.number().int().min(0).max(100),
  /** The uncapped sum of the contributions' points: ranks customers the score caps at 100. */
  points: z.number(),
  band: z.enum(RISK_BANDS),
  reason: riskReasonSchema,
  action: z.enum(PROACTIVE_ACTIONS),
  /** Quiet hours: not to be acted on before this time. */
  notBefore: isoDateTime,
  status: z.enum(WORKLIST_STATUSES),
  /** The claiming agent's id and display name. */
  claimedBy: z.string().nullable(),
  claimedByName: z.string().nullable(),
  claimedAt: isoDateTime.nullable(),
  outcome: z.enum(WORKLIST_OUTCOMES).nullable(),
  note: z.string().nullable(),
  createdAt: isoDateTime,
});
export type WorklistItem = z.infer<typeof worklistItemSchema>;

export const worklistQuerySchema = z.object({
  status: z.enum(WORKLIST_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const worklistPageSchema = z.object({
  items: z.array(worklistItemSchema),
  total: z.number().int(),
});
export type WorklistPage = z.infer<typeof worklistPageSchema>;

export const worklistOutcomeRequestSchema = z
  .object({
    outcome: z.enum(WORKLIST_OUTCOMES),
    note: z.string().trim().max(2000).optional(),
  })
  .strict();
export type WorklistOutcomeRequest = z.infer<typeof worklistOutcomeRequestSchema>;
