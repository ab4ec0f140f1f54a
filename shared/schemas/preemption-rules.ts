import { z } from 'zod';
import {
  CONTACT_CHANNELS,
  JOURNEY_STAGES,
  LANGUAGES,
  PLAYBOOK_MOVES,
  PROACTIVE_ACTIONS,
  RISK_BANDS,
  RISK_SIGNALS,
  RISK_TOPICS,
  ROOT_CAUSES,
  TIERS,
} from '../domain.js';

/**
 * The pre-emption rules file (`config/preemption-rules.yaml`): signal weights and thresholds,
 * bands, tier amplification, worklist policy and playbooks. A team lead edits it without a
 * release; the gateway validates it with this schema and keeps the previous rules on any error.
 * Every object is strict: a misspelt key is an error, not silently ignored.
 */
const weight = z.number().min(0).max(100);
const days = z.number().min(0).max(3650);
const hours = z.number().min(0).max(24 * 365);
const causes = z.array(z.enum(ROOT_CAUSES)).min(1);
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day as HH:MM (24 h)');

/** What every signal has: its weight and the root causes it points at. */
const base = { weight, rootCauses: causes, enabled: z.boolean().default(true) };
const signal = <T extends z.ZodRawShape>(params: T) => z.object({ ...base, ...params }).strict();

export const signalRulesSchema = z
  .object({
    claim_overdue: signal({ graceHours: hours }),
    promise_broken: signal({ graceHours: hours }),
    repeat_contact: signal({ windowDays: days, minContacts: z.number().int().min(2).max(50) }),
    open_complaint: signal({}),
    prior_complaint_same_cause: signal({ lookbackDays: days }),
    payment_failed: signal({ lookbackDays: days }),
    pending_cancellation: signal({}),
    refund_unanswered: signal({ limitDays: days }),
    portal_struggle: signal({
      windowHours: hours,
      samePageViews: z.number().int().min(2).max(100),
      longDwellSeconds: z.number().int().min(1).max(86_400),
      failedActions: z.number().int().min(1).max(100),
    }),
    partner_failure: signal({ lookbackDays: days }),
    premium_rise: signal({ lookbackDays: days, minIncreasePct: z.number().min(0).max(1000) }),
    detractor: signal({
      lookbackDays: days,
      maxNps: z.number().int().min(0).max(10),
      maxCsat: z.number().int().min(1).max(5),
    }),
    data_corrected: signal({ lookbackDays: days }),
    delivery_late: signal({ lookbackDays: days }),
    claim_rejected: signal({ lookbackDays: days }),
    escalation_words: signal({
      lookbackHours: hours,
      words: z
        .object(
          Object.fromEntries(
            LANGUAGES.map((l) => [l, z.array(z.string().trim().min(1).max(40)).max(200)]),
          ) as Record<(typeof LANGUAGES)[number], z.ZodArray<z.ZodString>>,
        )
        .strict(),
    }),
  })
  .strict();
export type SignalRules = z.infer<typeof signalRulesSchema>;

const selector = z
  .object({
    rootCauses: z.array(z.enum(ROOT_CAUSES)).min(1).optional(),
    bands: z.array(z.enum(RISK_BANDS)).min(1).optional(),
    tiers: z.array(z.enum(TIERS)).min(1).optional(),
    stages: z.array(z.enum(JOURNEY_STAGES)).min(1).optional(),
    channels: z.array(z.enum(CONTACT_CHANNELS)).min(1).optional(),
    topics: z.array(z.enum(RISK_TOPICS)).min(1).optional(),
    /** Any of these signals contributes to the score. */
    signals: z.array(z.enum(RISK_SIGNALS)).min(1).optional(),
  })
  .strict();

export const playbookRuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case words joined by "-"'),
    title: z.string().min(1).max(120),
    when: selector,
    moves: z.array(z.enum(PLAYBOOK_MOVES)).default([]),
    /** Script catalog keys (e.g. `claim-late`), brought to the top of the recommendations. */
    scripts: z.array(z.string().min(1).max(64)).default([]),
  })
  .strict();
export type PlaybookRule = z.infer<typeof playbookRuleSchema>;

export const actionRuleSchema = z
  .object({
    when: z
      .object({
        tiers: z.array(z.enum(TIERS)).min(1).optional(),
        bands: z.array(z.enum(RISK_BANDS)).min(1).optional(),
        hasAdvisor: z.boolean().optional(),
      })
      .strict(),
    action: z.enum(PROACTIVE_ACTIONS),
  })
  .strict();

export const preemptionRulesSchema = z
  .object({
    /** Shown with every score, so a figure can be traced to the rules that made it. */
    version: z.string().min(1).max(40),
    bands: z
      .object({ medium: z.number().int().min(1).max(100), high: z.number().int().min(1).max(100) })
      .strict()
      .refine((b) => b.medium < b.high, { message: 'medium must be below high', path: ['high'] }),
    tierMultipliers: z.object(
      Object.fromEntries(TIERS.map((t) => [t, z.number().min(0.1).max(5)])) as Record<
        (typeof TIERS)[number],
        z.ZodNumber
      >,
    ).strict(),
    signals: signalRulesSchema,
    worklist: z
      .object({
        threshold: z.number().int().min(1).max(100),
        quietHours: z.object({ start: clock, end: clock, timeZone: z.string().min(1) }).strict(),
        /** First match wins; an `sms` action is skipped for customers without SMS consent. */
        actions: z.array(actionRuleSchema).min(1),
      })
      .strict(),
    playbooks: z.array(playbookRuleSchema).superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((p, i) => {
        if (seen.has(p.id)) ctx.addIssue({ code: 'custom', message: `duplicate playbook id "${p.id}"`, path: [i, 'id'] });
        seen.add(p.id);
      });
    }),
  })
  .strict();
export type PreemptionRules = z.infer<typeof preemptionRulesSchema>;

/** What the gateway reports about the rules in force (`GET /api/v1/preemption/rules`). */
export const rulesStatusSchema = z.object({
  version: z.string(),
  loadedAt: z.string(),
  source: z.string(),
  /** The last refused change, if the newest edit was refused; the previous rules stay in force. */
  lastError: z
    .object({ at: z.string(), line: z.number().int().nullable(), message: z.string() })
    .nullable(),
});
export type RulesStatus = z.infer<typeof rulesStatusSchema>;
