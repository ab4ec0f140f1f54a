/** Alerts on the team lead's console: a rule fired for a contact; a lead acknowledges it. */
import { z } from 'zod';
import { TIERS } from '../domain.js';
import { isoDateTime } from './common.js';

/**
 * - `diamond_waiting`: a Diamond customer waited longer than the threshold (30 s by default).
 * - `high_risk_waiting`: a contact from a high-risk customer is waiting.
 * - `promise_overdue`: a waiting or live contact's customer has a promise past its due time.
 * - `escalation_words`: the customer used escalation words in a live chat.
 */
export const ALERT_RULES = [
  'diamond_waiting',
  'high_risk_waiting',
  'promise_overdue',
  'escalation_words',
] as const;
export type AlertRule = (typeof ALERT_RULES)[number];

export const consoleAlertSchema = z.object({
  id: z.string(),
  rule: z.enum(ALERT_RULES),
  contactId: z.string(),
  customerId: z.string().nullable(),
  customerName: z.string().nullable(),
  tier: z.enum(TIERS).nullable(),
  raisedAt: isoDateTime,
  /** What fired it: seconds waited, risk score, overdue promise ids, the words used. */
  detail: z.object({
    waitedSeconds: z.number().int().optional(),
    riskScore: z.number().int().optional(),
    promiseIds: z.array(z.string()).optional(),
    words: z.array(z.string()).optional(),
  }),
  acknowledgedBy: z.string().nullable(),
  acknowledgedByName: z.string().nullable(),
  acknowledgedAt: isoDateTime.nullable(),
});
export type ConsoleAlert = z.infer<typeof consoleAlertSchema>;
