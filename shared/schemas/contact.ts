import { z } from 'zod';
import { CONTACT_CHANNELS, CONTACT_STATES, DISPOSITIONS, LANGUAGES, MATCH_RESULTS, TRANSFER_MODES } from '../domain.js';
import { isoDateTime } from './common.js';
import { customerCandidateSchema, customerIdSchema } from './customer.js';
import { popBundleSchema } from './pop.js';

export const queueIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'lower-case letters, digits, "-" and "_"');

export const contactFromSchema = z
  .object({
    phone: z
      .string()
      .max(32)
      .regex(/^\+?[0-9 ()-]{5,}$/, 'digits, spaces, "+", "(", ")" and "-" only')
      .optional(),
    email: z.email().max(254).optional(),
    customerId: customerIdSchema.optional(),
  })
  .refine((from) => from.phone ?? from.email ?? from.customerId, {
    message: 'give at least one of phone, email or customerId',
  });

/** What a CTI or chat platform posts to `POST /api/v1/contacts`. */
export const inboundContactSchema = z.object({
  externalId: z.string().min(1).max(128),
  channel: z.enum(CONTACT_CHANNELS),
  from: contactFromSchema,
  queue: queueIdSchema,
  language: z.enum(LANGUAGES).optional(),
  ivr: z
    .object({
      path: z.array(z.string().min(1).max(64)).max(20),
      intent: z.string().min(1).max(64).optional(),
    })
    .optional(),
});
export type InboundContact = z.infer<typeof inboundContactSchema>;

export const inboundContactResponseSchema = z.object({
  contactId: z.string(),
  match: z.enum(MATCH_RESULTS),
  customerId: customerIdSchema.nullable(),
  candidateCount: z.number().int(),
  /** True when this externalId was already reported; the first contact is returned. */
  duplicate: z.boolean(),
});
export type InboundContactResponse = z.infer<typeof inboundContactResponseSchema>;

/** What a transferring agent hands over, so the customer is not asked again. */
export const handoverSchema = z.object({
  fromAgentId: z.string(),
  fromAgentName: z.string(),
  mode: z.enum(TRANSFER_MODES),
  note: z.string(),
  /** Facts the sending agent confirmed with the customer ("identity verified", "wants C-2031 paid"). */
  facts: z.array(z.string()),
  at: isoDateTime,
});
export type Handover = z.infer<typeof handoverSchema>;

/** A contact as the desktop sees it. */
export const contactSchema = z.object({
  id: z.string(),
  externalId: z.string(),
  channel: z.enum(CONTACT_CHANNELS),
  queue: queueIdSchema,
  state: z.enum(CONTACT_STATES),
  match: z.enum(MATCH_RESULTS),
  customerId: customerIdSchema.nullable(),
  language: z.enum(LANGUAGES).nullable(),
  ivrPath: z.array(z.string()),
  ivrIntent: z.string().nullable(),
  fromMasked: z.string(),
  /** The name a chat customer typed on the chat page (unverified); null for calls. */
  customerName: z.string().nullable(),
  createdAt: isoDateTime,
  offeredAt: isoDateTime.nullable(),
  /** The agent it is offered to, connected to, or wrapping up with. */
  ownerId: z.string().nullable(),
  /** Higher is served first (tier and complaint risk); see server/routing/priority.ts. */
  priority: z.number().int(),
  /** True when a high-risk or top-tier customer jumped the queue. */
  urgent: z.boolean(),
  /** While offered: when the offer rings out and goes to the next agent. */
  ringDeadline: isoDateTime.nullable(),
  acceptedAt: isoDateTime.nullable(),
  wrapUpStartedAt: isoDateTime.nullable(),
  /** After-contact work should be done by then (the team lead's limit). */
  acwDeadline: isoDateTime.nullable(),
  closedAt: isoDateTime.nullable(),
  disposition: z.enum(DISPOSITIONS).nullable(),
  /** The last transfer's context (notes and facts), shown to the receiving agent. */
  handover: handoverSchema.nullable(),
  /** A warm transfer waiting for the receiving agent to accept. */
  pendingTransfer: z.object({ toAgentId: z.string(), toAgentName: z.string() }).nullable(),
});
export type Contact = z.infer<typeof contactSchema>;

/** `contact.offered`: the contact with the whole pop, so the first paint needs no round trip. */
export const contactOfferSchema = z.object({
  contact: contactSchema,
  pop: popBundleSchema.nullable(),
  candidates: z.array(customerCandidateSchema),
});
export type ContactOffer = z.infer<typeof contactOfferSchema>;

/** `POST /api/v1/contacts/hangup`: the CTI says the customer hung up (signed, idempotent). */
export const contactHangupSchema = z.object({ externalId: z.string().min(1).max(128) }).strict();
export const contactHangupResponseSchema = z.object({
  contactId: z.string(),
  /** Where the contact stands now: `abandoned` if nobody had answered, `wrap_up` if connected. */
  state: z.enum(CONTACT_STATES),
});
