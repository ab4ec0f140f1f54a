import { z } from 'zod';
import { AGENT_ROLES, AGENT_STATES, AWAY_REASONS } from '../domain.js';
import { isoDateTime } from './common.js';
import { queueIdSchema } from './contact.js';

export const loginRequestSchema = z.object({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(256),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const agentSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(AGENT_ROLES),
  queues: z.array(queueIdSchema),
});
export type Agent = z.infer<typeof agentSchema>;

export const loginResponseSchema = z.object({
  token: z.string(),
  expiresAt: isoDateTime,
  agent: agentSchema,
});
export type LoginResponse = z.infer<typeof loginResponseSchema>;

/** An agent's presence, broadcast to every desktop on each change (team leads watch them). */
export const agentStatusSchema = z.object({
  agentId: z.string(),
  displayName: z.string(),
  role: z.enum(AGENT_ROLES),
  state: z.enum(AGENT_STATES),
  /** Why the agent is away; null in every other state. */
  reason: z.enum(AWAY_REASONS).nullable(),
  since: isoDateTime,
  /** Contacts held now (offered, connected or in wrap-up). */
  holding: z.number().int(),
  queues: z.array(queueIdSchema),
});
export type AgentStatus = z.infer<typeof agentStatusSchema>;
