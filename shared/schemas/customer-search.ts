import { z } from 'zod';
import { customerCandidateSchema, customerIdSchema } from './customer.js';
import { accessReasonSchema } from './customer-access.js';

/** What a search matched a customer on. */
export const SEARCH_MATCH_KINDS = ['id', 'policy', 'claim', 'phone', 'name'] as const;
export type SearchMatchKind = (typeof SEARCH_MATCH_KINDS)[number];

export const CUSTOMER_SEARCH_MAX = 20;

/** `GET /api/v1/customers/search?q=…&limit=`: phone, name, customer id, policy or claim number. */
export const customerSearchQuerySchema = z.object({
  q: z.string().trim().min(1, 'type at least 1 character').max(100, 'at most 100 characters'),
  limit: z.coerce.number().int().min(1).max(CUSTOMER_SEARCH_MAX).default(CUSTOMER_SEARCH_MAX),
  /**
   * A csr or specialist searches for a contact they hold (to link it) or states a reason; leads
   * and admins need neither. Either way the search is audited.
   */
  contactId: z.string().min(1).max(64).optional(),
  reason: accessReasonSchema.optional(),
});
export type CustomerSearchQuery = z.infer<typeof customerSearchQuerySchema>;

/** A masked candidate and what it was found by. */
export const customerSearchHitSchema = customerCandidateSchema.extend({
  matchedOn: z.enum(SEARCH_MATCH_KINDS),
});
export type CustomerSearchHit = z.infer<typeof customerSearchHitSchema>;

export const customerSearchResponseSchema = z.object({
  items: z.array(customerSearchHitSchema).max(CUSTOMER_SEARCH_MAX),
});
export type CustomerSearchResponse = z.infer<typeof customerSearchResponseSchema>;

/** `contact.link`: the agent says who the contact they hold is. */
export const contactLinkRequestSchema = z
  .object({ contactId: z.string().min(1).max(64), customerId: customerIdSchema })
  .strict();
export const contactLinkResponseSchema = z.object({ contactId: z.string(), customerId: customerIdSchema });
