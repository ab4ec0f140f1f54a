import { z } from 'zod';
import { AGENT_ROLES, AGENT_STATES } from '../domain.js';
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

export const agentStatusSchema = z.object({
  agentId: z.string(),
  state: z.enum(AGENT_STATES),
  since: isoDateTime,
});
export type AgentStatus = z.infer<typeof agentStatusSchema>;
