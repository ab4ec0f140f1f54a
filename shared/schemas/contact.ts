import { z } from 'zod';
import { CONTACT_CHANNELS, CONTACT_STATES, LANGUAGES, MATCH_RESULTS } from '../domain.js';
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
  createdAt: isoDateTime,
  offeredAt: isoDateTime.nullable(),
});
export type Contact = z.infer<typeof contactSchema>;

/** `contact.offered`: the contact with the whole pop, so the first paint needs no round trip. */
export const contactOfferSchema = z.object({
  contact: contactSchema,
  pop: popBundleSchema.nullable(),
  candidates: z.array(customerCandidateSchema),
});
export type ContactOffer = z.infer<typeof contactOfferSchema>;
