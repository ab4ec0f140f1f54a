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

/** An opaque refresh token (32 random bytes, base64url); kept by the client, hashed by the gateway. */
export const refreshTokenSchema = z.string().min(1).max(256);

/**
 * A signed-in session, as sign-in and every refresh answer it. `token` is the short-lived access
 * token (Authorization: Bearer, and the socket's `auth.token`); `refreshToken` trades for a new
 * pair once, at `POST /api/v1/auth/refresh`, and is then spent.
 */
export const loginResponseSchema = z.object({
  sessionId: z.string(),
  token: z.string(),
  /** When the access token stops working. */
  expiresAt: isoDateTime,
  refreshToken: refreshTokenSchema,
  /** When the session ends unless refreshed before (never later than its absolute limit). */
  refreshExpiresAt: isoDateTime,
  agent: agentSchema,
});
export type LoginResponse = z.infer<typeof loginResponseSchema>;

export const refreshRequestSchema = z.object({ refreshToken: refreshTokenSchema });
export type RefreshRequest = z.infer<typeof refreshRequestSchema>;
/** A refresh answers the same shape as sign-in: a new pair, and the agent as it is now. */
export const refreshResponseSchema = loginResponseSchema;
export type RefreshResponse = LoginResponse;

export const logoutRequestSchema = z.object({ refreshToken: refreshTokenSchema });
export type LogoutRequest = z.infer<typeof logoutRequestSchema>;

/** An admin turned an agent's access off or on; `sessionsRevoked`: sessions ended by it. */
export const agentAccessResponseSchema = z.object({
  agentId: z.string(),
  disabled: z.boolean(),
  sessionsRevoked: z.number().int().min(0),
});
export type AgentAccessResponse = z.infer<typeof agentAccessResponseSchema>;

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
