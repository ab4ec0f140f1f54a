import { z } from 'zod';
import { ANOMALIES, JOURNEY_STAGES, TOUCHPOINT_CHANNELS } from '../domain.js';
import { isoDateTime } from './common.js';
import { customerIdSchema } from './customer.js';

const attributeValue = z.union([z.string().max(500), z.number(), z.boolean(), z.null()]);

/** One event as an integration reports it to `POST /api/v1/touchpoints`. */
export const touchpointEventSchema = z.object({
  eventId: z.string().min(1).max(128),
  customerId: customerIdSchema,
  occurredAt: isoDateTime,
  channel: z.enum(TOUCHPOINT_CHANNELS),
  stage: z.enum(JOURNEY_STAGES),
  kind: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[a-z][a-z0-9_.]*$/, 'lower-case words joined by "_" or "."'),
  summary: z.string().min(1).max(1000),
  partnerId: z.string().max(64).optional(),
  policyId: z.string().max(64).optional(),
  claimId: z.string().max(64).optional(),
  dwellSeconds: z.number().int().min(0).max(86_400).optional(),
  attributes: z.record(z.string().max(64), attributeValue).optional(),
});
export type TouchpointEvent = z.infer<typeof touchpointEventSchema>;

export const TOUCHPOINT_BATCH_MAX = 1000;

/** The batch is parsed loosely so that one bad event is reported, not fatal to the rest. */
export const touchpointBatchSchema = z.object({
  events: z.array(z.unknown()).min(1).max(TOUCHPOINT_BATCH_MAX),
});

export const touchpointResultSchema = z.object({
  index: z.number().int(),
  eventId: z.string().nullable(),
  status: z.enum(['accepted', 'duplicate', 'rejected']),
  reasons: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});
export type TouchpointResult = z.infer<typeof touchpointResultSchema>;

export const touchpointBatchResponseSchema = z.object({
  accepted: z.number().int(),
  duplicate: z.number().int(),
  rejected: z.number().int(),
  results: z.array(touchpointResultSchema),
});
export type TouchpointBatchResponse = z.infer<typeof touchpointBatchResponseSchema>;

/** A touchpoint as the desktop shows it on the timeline. */
export const touchpointSchema = z.object({
  id: z.string(),
  occurredAt: isoDateTime,
  channel: z.enum(TOUCHPOINT_CHANNELS),
  stage: z.enum(JOURNEY_STAGES),
  kind: z.string(),
  summary: z.string(),
  partnerName: z.string().nullable(),
  claimId: z.string().nullable(),
  policyId: z.string().nullable(),
  dwellSeconds: z.number().int().nullable(),
  anomaly: z.enum(ANOMALIES).nullable(),
});
export type Touchpoint = z.infer<typeof touchpointSchema>;

export const timelinePageSchema = z.object({
  items: z.array(touchpointSchema),
  total: z.number().int(),
  /** Opaque cursor for `GET /api/v1/customers/:id/timeline?before=`; null on the last page. */
  nextCursor: z.string().nullable(),
});
export type TimelinePage = z.infer<typeof timelinePageSchema>;
