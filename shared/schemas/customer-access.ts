import { z } from 'zod';
import type { AgentRole } from '../domain.js';
import { isoDateTime } from './common.js';

/**
 * Least privilege over customer data (PIPL art. 28 and 51, GDPR art. 32): every customer field is
 * classified; sensitive fields leave the gateway masked, in every API answer and socket event,
 * and a csr or specialist opens a customer who is not on one of their contacts only with a stated
 * reason. Every opening with a reason and every reveal is in the audit chain.
 */
export const FIELD_CLASSES = ['sensitive', 'personal', 'general'] as const;
export type FieldClass = (typeof FIELD_CLASSES)[number];

/** Fields an agent may reveal, one at a time, with a reason. */
export const REVEALABLE_FIELDS = [
  'idNumber',
  'bankAccount',
  'healthDetails',
  'phone',
  'email',
] as const;
export type RevealableField = (typeof REVEALABLE_FIELDS)[number];

/** The class of every customer field the gateway stores (the profile shows them masked or plain). */
export const CUSTOMER_FIELD_CLASS = {
  idNumber: 'sensitive',
  bankAccount: 'sensitive',
  healthDetails: 'sensitive',
  phone: 'personal',
  email: 'personal',
  name: 'personal',
  city: 'personal',
  advisorName: 'personal',
  tier: 'general',
  preferredLanguage: 'general',
  preferredChannel: 'general',
  consent: 'general',
  customerSince: 'general',
  ltvMinor: 'general',
  churnRisk: 'general',
  intermediary: 'general',
} as const satisfies Record<string, FieldClass>;

/**
 * Who may reveal a sensitive field (ID number, bank account, health details): a csr handles
 * routine service and never needs one; they may reveal personal fields (phone, email) only.
 */
export const SENSITIVE_REVEAL_ROLES = [
  'specialist',
  'lead',
  'admin',
] as const satisfies readonly AgentRole[];

/** Whether `role` may reveal `field` (with a reason, audited). */
export function mayReveal(role: AgentRole, field: RevealableField): boolean {
  return (
    CUSTOMER_FIELD_CLASS[field] !== 'sensitive' ||
    (SENSITIVE_REVEAL_ROLES as readonly AgentRole[]).includes(role)
  );
}

/** Why the agent needs a customer outside their own contacts, or a field unmasked. */
export const accessReasonSchema = z
  .string()
  .trim()
  .min(5, 'say why, in at least 5 characters')
  .max(200, 'at most 200 characters');

/** `POST /api/v1/customers/:id/reveal` */
export const revealRequestSchema = z
  .object({ field: z.enum(REVEALABLE_FIELDS), reason: accessReasonSchema })
  .strict();
export type RevealRequest = z.infer<typeof revealRequestSchema>;

export const revealResponseSchema = z.object({
  field: z.enum(REVEALABLE_FIELDS),
  /** Null when the customer has no value for the field. */
  value: z.string().nullable(),
  revealedAt: isoDateTime,
});
export type RevealResponse = z.infer<typeof revealResponseSchema>;

/**
 * The optional reason on `GET /customers/:id/pop|timeline|risk` and `GET /customers/search`:
 * needed by a csr or specialist for a customer who is not on one of their contacts.
 */
export const accessReasonQuerySchema = z.object({ reason: accessReasonSchema.optional() });
