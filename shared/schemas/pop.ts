import { z } from 'zod';
import { JOURNEY_STAGES, ROOT_CAUSES } from '../domain.js';
import { claimSchema, customerProfileSchema, policySchema } from './customer.js';
import { riskAssessmentSchema } from './risk.js';
import { timelinePageSchema } from './touchpoint.js';
import { complaintSchema, promiseSchema } from './voc.js';

/** A recommended script with its placeholders already filled from the facts. */
export const recommendedScriptSchema = z.object({
  id: z.string(),
  title: z.string(),
  text: z.string(),
  /** Why it was recommended, in one short line. */
  reason: z.string(),
  rootCause: z.enum(ROOT_CAUSES).nullable(),
  stage: z.enum(JOURNEY_STAGES).nullable(),
  score: z.number(),
  marketing: z.boolean(),
  /** The pre-emption playbook that brought this script forward, if any. */
  playbookId: z.string().nullable(),
});
export type RecommendedScript = z.infer<typeof recommendedScriptSchema>;

/** Everything the desktop paints when a contact pops, in one message. */
export const popBundleSchema = z.object({
  customer: customerProfileSchema,
  policies: z.array(policySchema),
  claims: z.array(claimSchema),
  complaints: z.array(complaintSchema),
  promises: z.array(promiseSchema),
  timeline: timelinePageSchema,
  scripts: z.array(recommendedScriptSchema),
  /** Complaint risk and the predicted reason, as last computed (null: not scored yet). */
  risk: riskAssessmentSchema.nullable(),
});
export type PopBundle = z.infer<typeof popBundleSchema>;
