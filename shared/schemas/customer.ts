import { z } from 'zod';
import {
  CLAIM_STATUSES,
  LANGUAGES,
  PARTNER_KINDS,
  PAYMENT_STATUSES,
  POLICY_LINES,
  POLICY_STATUSES,
  TIERS,
  TOUCHPOINT_CHANNELS,
} from '../domain.js';
import { isoDate, isoDateTime, moneyMinor } from './common.js';

export const customerIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, "-" and "_" only');

export const partnerSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(PARTNER_KINDS),
});
export type Partner = z.infer<typeof partnerSchema>;

export const consentSchema = z.object({
  sms: z.boolean(),
  marketing: z.boolean(),
  recording: z.boolean(),
});

/** Who the customer is. Sensitive fields arrive masked from the gateway. */
export const customerProfileSchema = z.object({
  id: customerIdSchema,
  name: z.string(),
  tier: z.enum(TIERS),
  phoneMasked: z.string(),
  emailMasked: z.string().nullable(),
  idNumberMasked: z.string(),
  /** Sensitive (see customer-access.ts): masked, null when none is on file. */
  bankAccountMasked: z.string().nullable(),
  /** Sensitive: only whether health details are on file, never what they say. */
  hasHealthDetails: z.boolean(),
  city: z.string(),
  preferredLanguage: z.enum(LANGUAGES),
  preferredChannel: z.enum(TOUCHPOINT_CHANNELS),
  consent: consentSchema,
  customerSince: isoDate,
  ltvMinor: moneyMinor,
  churnRisk: z.number().min(0).max(1),
  advisorName: z.string().nullable(),
  intermediary: partnerSchema.nullable(),
});
export type CustomerProfile = z.infer<typeof customerProfileSchema>;

export const policySchema = z.object({
  id: z.string(),
  line: z.enum(POLICY_LINES),
  product: z.string(),
  status: z.enum(POLICY_STATUSES),
  startDate: isoDate,
  renewalDate: isoDate,
  premiumMinor: moneyMinor,
  paymentStatus: z.enum(PAYMENT_STATUSES),
  daysOverdue: z.number().int().min(0),
});
export type Policy = z.infer<typeof policySchema>;

export const claimSchema = z.object({
  id: z.string(),
  policyId: z.string(),
  status: z.enum(CLAIM_STATUSES),
  description: z.string(),
  reportedAt: isoDateTime,
  promisedAt: isoDateTime.nullable(),
  closedAt: isoDateTime.nullable(),
  amountClaimedMinor: moneyMinor,
  amountPaidMinor: moneyMinor.nullable(),
  adjuster: partnerSchema.nullable(),
  rescue: partnerSchema.nullable(),
});
export type Claim = z.infer<typeof claimSchema>;

/** A short line per candidate when a contact matches several customers. */
export const customerCandidateSchema = z.object({
  id: customerIdSchema,
  name: z.string(),
  tier: z.enum(TIERS),
  phoneMasked: z.string(),
  city: z.string(),
});
export type CustomerCandidate = z.infer<typeof customerCandidateSchema>;
