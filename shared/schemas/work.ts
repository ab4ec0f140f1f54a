/** Requests an agent makes on a contact: wrap-up, transfer, consult; and routing settings. */
import { z } from 'zod';
import { COMPLAINT_STATUSES, CONTACT_CHANNELS, DISPOSITIONS, ROOT_CAUSES, SENTIMENTS, TRANSFER_MODES } from '../domain.js';
import { agentStatusSchema } from './auth.js';
import { isoDateTime } from './common.js';
import { queueIdSchema } from './contact.js';

const contactId = z.string().min(1).max(64);
const agentId = z.string().min(1).max(64);
const words = (max: number) => z.string().trim().max(max, `at most ${max} characters`);

/** The voice of the customer, captured at wrap-up. */
export const vocCaptureSchema = z
  .object({
    rootCauses: z.array(z.enum(ROOT_CAUSES)).min(1, 'pick at least one root cause').max(ROOT_CAUSES.length),
    customerWords: words(2000).min(1, "write the customer's own words"),
    sentiment: z.enum(SENTIMENTS),
  })
  .strict();
export type VocCapture = z.infer<typeof vocCaptureSchema>;

/** Open a complaint case, or move an open one on (new owner, due date, status). */
export const complaintActionSchema = z.discriminatedUnion('action', [
  z
    .object({
      action: z.literal('create'),
      ownerId: agentId,
      dueAt: isoDateTime,
      claimId: z.string().max(64).optional(),
    })
    .strict(),
  z
    .object({
      action: z.literal('update'),
      complaintId: z.string().min(1).max(64),
      ownerId: agentId,
      dueAt: isoDateTime,
      status: z.enum(COMPLAINT_STATUSES).optional(),
    })
    .strict(),
]);
export type ComplaintAction = z.infer<typeof complaintActionSchema>;

/** "Call back by Friday 17:00 with the adjuster's report": enters the promise ledger. */
export const promiseCaptureSchema = z
  .object({
    description: words(500).min(1, 'say what was promised'),
    dueAt: isoDateTime,
    claimId: z.string().max(64).optional(),
  })
  .strict();
export type PromiseCapture = z.infer<typeof promiseCaptureSchema>;

/**
 * A client-generated key (a uuid) that makes a request safe to send again: the gateway applies
 * each key once per agent and answers a repeat with the first result (the offline outbox resends
 * after a lost acknowledgement or a reconnect).
 */
export const idempotencyKeySchema = z.uuid();

export const wrapUpRequestSchema = z
  .object({
    contactId,
    disposition: z.enum(DISPOSITIONS),
    note: words(4000).default(''),
    voc: vocCaptureSchema.optional(),
    complaint: complaintActionSchema.optional(),
    promise: promiseCaptureSchema.optional(),
    idempotencyKey: idempotencyKeySchema.optional(),
  })
  .strict()
  .refine((w) => w.complaint === undefined || w.voc !== undefined, {
    message: 'a complaint case needs the root causes and the customer’s words',
    path: ['voc'],
  });
export type WrapUpRequest = z.input<typeof wrapUpRequestSchema>;

export const wrapUpResponseSchema = z.object({
  contactId: z.string(),
  complaintId: z.string().nullable(),
  promiseId: z.string().nullable(),
});
export type WrapUpResponse = z.infer<typeof wrapUpResponseSchema>;

export const transferTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('agent'), agentId }).strict(),
  z.object({ kind: z.literal('queue'), queueId: queueIdSchema }).strict(),
]);
export type TransferTarget = z.infer<typeof transferTargetSchema>;

export const transferRequestSchema = z
  .object({
    contactId,
    mode: z.enum(TRANSFER_MODES),
    target: transferTargetSchema,
    note: words(4000).min(1, 'write what the next agent needs to know'),
    facts: z.array(words(200).min(1)).max(20).default([]),
  })
  .strict()
  .refine((t) => t.mode === 'cold' || t.target.kind === 'agent', {
    message: 'a warm transfer goes to one agent',
    path: ['mode'],
  });
export type TransferRequest = z.input<typeof transferRequestSchema>;

/** Agent-to-agent chat about a contact ("consult"). */
export const consultMessageSchema = z.object({
  contactId: z.string(),
  fromAgentId: z.string(),
  fromAgentName: z.string(),
  toAgentId: z.string(),
  text: z.string(),
  sentAt: isoDateTime,
});
export type ConsultMessage = z.infer<typeof consultMessageSchema>;

export const consultSendSchema = z
  .object({ contactId, toAgentId: agentId, text: words(2000).min(1, 'write something') })
  .strict();

/** Set by a team lead; applies to the next offer and wrap-up. */
export const routingSettingsSchema = z
  .object({
    ringTimeoutSeconds: z.number().int().min(1).max(120),
    acwLimitSeconds: z.number().int().min(10).max(3600),
    chatCapacity: z.number().int().min(1).max(8),
  })
  .strict();
export type RoutingSettings = z.infer<typeof routingSettingsSchema>;

/** `GET /api/v1/queues`: transfer targets, with how many wait in each. */
export const queueSummarySchema = z.object({
  id: queueIdSchema,
  name: z.string(),
  channel: z.enum(CONTACT_CHANNELS),
  waiting: z.number().int(),
});
export type QueueSummary = z.infer<typeof queueSummarySchema>;
export const queueListSchema = z.object({ items: z.array(queueSummarySchema) });

/**
 * `queue.waiting`: how many contacts wait in each of the receiving agent's own queues (every one
 * of them, so the payload replaces what the desktop had).
 */
export const queueWaitingSchema = z.object({
  queues: z.array(z.object({ queueId: queueIdSchema, waiting: z.number().int().min(0) })),
});
export type QueueWaiting = z.infer<typeof queueWaitingSchema>;

/** `GET /api/v1/agents/presence`: every agent's presence now (transfer targets, team leads). */
export const agentPresenceListSchema = z.object({ items: z.array(agentStatusSchema) });
