import { z } from 'zod';
import { COMPLAINT_STATUSES, PROMISE_STATUSES, ROOT_CAUSES, TOUCHPOINT_CHANNELS } from '../domain.js';
import { isoDateTime } from './common.js';

/** A complaint (VOC) case with its root causes from the taxonomy. */
export const complaintSchema = z.object({
  id: z.string(),
  openedAt: isoDateTime,
  dueAt: isoDateTime,
  closedAt: isoDateTime.nullable(),
  status: z.enum(COMPLAINT_STATUSES),
  rootCauses: z.array(z.enum(ROOT_CAUSES)).min(1),
  channel: z.enum(TOUCHPOINT_CHANNELS),
  owner: z.string().nullable(),
  originTouchpointId: z.string().nullable(),
  customerWords: z.string(),
  resolution: z.string().nullable(),
  satisfaction: z.number().int().min(1).max(5).nullable(),
  claimId: z.string().nullable(),
  policyId: z.string().nullable(),
});
export type Complaint = z.infer<typeof complaintSchema>;

/** A commitment made to the customer: what, by whom, due, kept or broken. */
export const promiseSchema = z.object({
  id: z.string(),
  description: z.string(),
  madeBy: z.string(),
  madeAt: isoDateTime,
  dueAt: isoDateTime,
  status: z.enum(PROMISE_STATUSES),
  resolvedAt: isoDateTime.nullable(),
  claimId: z.string().nullable(),
});
export type CustomerPromise = z.infer<typeof promiseSchema>;
