import type { Logger } from 'pino';
import type { GatewayConfig } from '../config.js';
import type { Db } from '../db/client.js';
import type { GatewayApp } from '../http/app.js';
import { disconnectAgent, disconnectSessions, type GatewayIo } from '../realtime/socket-server.js';
import { registerAgentAdminRoutes } from './agent-admin-routes.js';
import type { AuthenticatedAgent } from './agent-repository.js';
import { registerAuthRoutes } from './auth-routes.js';
import { LoginThrottle, type LoginThrottleLimits } from './login-throttle.js';
import { SessionService } from './session-service.js';
import { TokenService } from './tokens.js';

/** Sessions over this many days are forgotten (the rows are kept that long for review). */
const KEEP_ENDED_SESSIONS_DAYS = 7;

/** Agents' sign-in, sessions and brute-force limits, as the gateway wires them. */
export interface AgentAuth {
  sessions: SessionService;
  throttle: LoginThrottle;
  /** The agent behind an access token whose session is live, or null (HTTP's `requireAgent`). */
  authenticate: (token: string) => Promise<AuthenticatedAgent | null>;
}

export function createAgentAuth(deps: {
  db: Db;
  log: Logger;
  secret: string;
  config: Pick<GatewayConfig, 'accessTokenTtlSeconds' | 'sessionIdleSeconds' | 'sessionMaxSeconds'>;
  loginLimits?: Partial<LoginThrottleLimits> | undefined;
  /** The sessions' clock (tests move it on instead of waiting). */
  now?: (() => Date) | undefined;
}): AgentAuth {
  const { config } = deps;
  const sessions = new SessionService({
    db: deps.db,
    log: deps.log,
    tokens: new TokenService(deps.secret, config.accessTokenTtlSeconds),
    limits: { idleSeconds: config.sessionIdleSeconds, maxSeconds: config.sessionMaxSeconds },
    ...(deps.now ? { now: deps.now } : {}),
  });
  return {
    sessions,
    throttle: new LoginThrottle(deps.loginLimits),
    // Every call reads the session from the database: a sign-out or a disable holds at once, on every node.
    authenticate: async (token) => (await sessions.authenticate(token))?.agent ?? null,
  };
}

/**
 * Registers the sign-in and admin routes, closes an ended session's sockets at once (through the
 * socket.io adapter: with a Redis adapter, on every node) and purges old sessions hourly.
 * Returns the stop.
 */
export async function startAgentAuth(
  app: GatewayApp,
  io: GatewayIo,
  auth: AgentAuth,
  deps: { db: Db; log: Logger; onAgentsChanged: () => Promise<void> },
): Promise<() => void> {
  const { sessions } = auth;
  const unsubscribe = sessions.onRevoked(({ agentId, sessionIds, reason }) => {
    disconnectSessions(io, sessionIds);
    if (reason === 'agent_disabled') disconnectAgent(io, agentId);
  });
  await sessions.purge(KEEP_ENDED_SESSIONS_DAYS);
  const purge = setInterval(() => {
    sessions.purge(KEEP_ENDED_SESSIONS_DAYS).catch((error: unknown) => {
      deps.log.error({ err: error }, 'session purge failed');
    });
  }, 3_600_000);
  purge.unref();
  registerAuthRoutes(app, { db: deps.db, sessions, throttle: auth.throttle });
  registerAgentAdminRoutes(app, {
    db: deps.db,
    authenticate: auth.authenticate,
    sessions,
    onAgentsChanged: deps.onAgentsChanged,
  });
  return () => {
    clearInterval(purge);
    unsubscribe();
  };
}
