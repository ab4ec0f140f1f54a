import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { agentAccessResponseSchema } from '../../shared/schemas/auth.js';
import { apiErrorSchema, ERROR_CODES } from '../../shared/schemas/common.js';
import type { Db } from '../db/client.js';
import { appendAudit } from '../audit/audit-log.js';
import { agents } from '../db/schema.js';
import { requireAgent, type GatewayApp } from '../http/app.js';
import { HttpError } from '../http/errors.js';
import type { AuthenticatedAgent } from './agent-repository.js';
import type { SessionService } from './session-service.js';

export interface AgentAdminDeps {
  db: Db;
  authenticate: (token: string) => Promise<AuthenticatedAgent | null>;
  sessions: SessionService;
  /** The agent table changed (routing drops a disabled agent, takes an enabled one back). */
  onAgentsChanged: () => Promise<void>;
}

/** The admin the preHandler let through. */
function adminOf(request: { agent: AuthenticatedAgent | null }): AuthenticatedAgent {
  if (!request.agent) throw new HttpError(401, ERROR_CODES.unauthorized, 'Sign in first');
  return request.agent;
}

const params = z.object({ id: z.string().min(1).max(64) });
const errors = {
  400: apiErrorSchema,
  401: apiErrorSchema,
  403: apiErrorSchema,
  404: apiErrorSchema,
  409: apiErrorSchema,
};

/** Admins turn an agent's access off (every session ends, every socket closes) and on again. */
export function registerAgentAdminRoutes(app: GatewayApp, deps: AgentAdminDeps): void {
  const adminOnly = [
    requireAgent(deps.authenticate),
    async (request: { agent: AuthenticatedAgent | null }) => {
      if (request.agent?.role !== 'admin') {
        throw new HttpError(403, ERROR_CODES.forbidden, 'Only admins can disable or enable agents');
      }
      await Promise.resolve();
    },
  ];
  const route = (summary: string) => ({
    preHandler: adminOnly,
    schema: {
      tags: ['admin'],
      security: [{ bearer: [] }],
      summary,
      params,
      response: { 200: agentAccessResponseSchema, ...errors },
    },
  });

  const setDisabled = async (
    admin: AuthenticatedAgent,
    from: string,
    agentId: string,
    disabled: boolean,
  ) => {
    if (disabled && agentId === admin.id) {
      throw new HttpError(409, ERROR_CODES.conflict, 'You cannot disable your own account');
    }
    const updated = await deps.db
      .update(agents)
      .set({ disabled })
      .where(eq(agents.id, agentId))
      .returning({ id: agents.id });
    if (updated.length === 0) throw new HttpError(404, ERROR_CODES.notFound, `No agent ${agentId}`);
    const sessionsRevoked = disabled
      ? await deps.sessions.revokeAgent(agentId, 'agent_disabled')
      : 0;
    await appendAudit(deps.db, {
      actor: admin.id,
      action: disabled ? 'agent.disabled' : 'agent.enabled',
      origin: from,
      detail: { agentId, sessionsRevoked },
    });
    await deps.onAgentsChanged();
    return { agentId, disabled, sessionsRevoked };
  };

  app.post(
    '/api/v1/admin/agents/:id/disable',
    route(
      'Disable an agent: sign-in is refused, every session ends and their desktops disconnect at once.',
    ),
    (request) => setDisabled(adminOf(request), request.ip, request.params.id, true),
  );

  app.post(
    '/api/v1/admin/agents/:id/enable',
    route('Enable an agent again: they can sign in (no earlier session comes back).'),
    (request) => setDisabled(adminOf(request), request.ip, request.params.id, false),
  );
}
