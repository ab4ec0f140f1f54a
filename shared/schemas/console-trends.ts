/** The team lead's trends: the last hours of contacts, service level and risk; days of complaints. */
import { z } from 'zod';
import { PARTNER_KINDS, POLICY_LINES, ROOT_CAUSES, WORKLIST_OUTCOMES } from '../domain.js';
import { isoDate, isoDateTime } from './common.js';

export const trendsQuerySchema = z.object({
  /** Hour buckets back from now, the current hour included. */
  hours: z.coerce.number().int().min(1).max(72).default(8),
  /** Day buckets back from today, today included. */
  days: z.coerce.number().int().min(1).max(90).default(14),
});
export type TrendsQuery = z.infer<typeof trendsQuerySchema>;

export const hourTrendSchema = z.object({
  /** Start of the hour. */
  hour: isoDateTime,
  /** Contacts that arrived in the hour. */
  contacts: z.number().int(),
  answered: z.number().int(),
  abandoned: z.number().int(),
  /** 0–1 over contacts that finished waiting in the hour; null when none did. */
  serviceLevel: z.number().min(0).max(1).nullable(),
  /** Mean stored risk score of the hour's contacts with a matched, scored customer. */
  averageRisk: z.number().nullable(),
  /** The hour's contacts from high-risk customers. */
  highRisk: z.number().int(),
});
export type HourTrend = z.infer<typeof hourTrendSchema>;

const dayCount = <T extends z.ZodType>(key: T) =>
  z.object({ day: isoDate, key, count: z.number().int() });

export const partnerScoreSchema = z.object({
  partnerId: z.string(),
  name: z.string(),
  kind: z.enum(PARTNER_KINDS),
  /** Claims the partner worked (adjuster or rescue) with a promised date due in the period. */
  promisesDue: z.number().int(),
  /** Share of those met on time (closed by the promised date); null when none were due. */
  timeliness: z.number().min(0).max(1).nullable(),
  /** The partner's touchpoints in the period, and the share of them marked as an anomaly. */
  touchpoints: z.number().int(),
  errorRate: z.number().min(0).max(1).nullable(),
  /** Complaints opened in the period about a claim the partner worked. */
  complaints: z.number().int(),
});
export type PartnerScore = z.infer<typeof partnerScoreSchema>;

export const consoleTrendsSchema = z.object({
  generatedAt: isoDateTime,
  hours: z.array(hourTrendSchema),
  /** Complaints opened per day by root cause (a complaint counts once per cause). */
  complaintsByRootCause: z.array(dayCount(z.enum(ROOT_CAUSES))),
  /** Complaints opened per day by the product line of the policy (or the claim's policy). */
  complaintsByLine: z.array(dayCount(z.enum(POLICY_LINES))),
  partners: z.array(partnerScoreSchema),
  /** Pre-emption worklist items closed per day by outcome. */
  worklistOutcomes: z.array(dayCount(z.enum(WORKLIST_OUTCOMES))),
});
export type ConsoleTrends = z.infer<typeof consoleTrendsSchema>;
