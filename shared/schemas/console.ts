/** The team lead's console: the queues board, pushed live over the socket to leads only. */
import { z } from 'zod';
import { CONTACT_CHANNELS } from '../domain.js';
import { agentStatusSchema } from './auth.js';
import { isoDateTime } from './common.js';

const periodSchema = z.object({
  /** 0–1; null when no contact finished waiting in the period. */
  serviceLevel: z.number().min(0).max(1).nullable(),
  answered: z.number().int(),
  abandoned: z.number().int(),
  averageHandleSeconds: z.number().int().nullable(),
});

export const queueBoardSchema = z.object({
  id: z.string(),
  name: z.string(),
  channel: z.enum(CONTACT_CHANNELS),
  waiting: z.number().int(),
  longestWaitSeconds: z.number().int(),
  last15Minutes: periodSchema,
  today: periodSchema,
  agents: z.object({
    available: z.number().int(),
    onContact: z.number().int(),
    wrapUp: z.number().int(),
    away: z.number().int(),
  }),
});
export type QueueBoard = z.infer<typeof queueBoardSchema>;

export const consoleBoardSchema = z.object({
  generatedAt: isoDateTime,
  /** Answered within this many seconds counts toward service level. */
  serviceLevelSeconds: z.number().int(),
  queues: z.array(queueBoardSchema),
  agents: z.array(agentStatusSchema),
});
export type ConsoleBoard = z.infer<typeof consoleBoardSchema>;
