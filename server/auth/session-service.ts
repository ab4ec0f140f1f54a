import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Db } from '../db/client.js';
import { findAgentById, type AuthenticatedAgent } from './agent-repository.js';
import {
  findLiveSession,
  hashRefreshToken,
  insertSession,
  newRefreshToken,
  purgeSessions,
  revokeAgentSessions,
  revokeByRefreshToken,
  revokeSession,
  rotateRefreshToken,
  type RevokeReason,
  type SessionOrigin,
  type SessionRow,
} from './session-repository.js';
import type { TokenService } from './tokens.js';

export interface SessionLimits {
  /** A session unused (no refresh) this long ends. */
  idleSeconds: number;
  /** No session lives longer than this after sign-in, however busy. */
  maxSeconds: number;
}

/** What sign-in and refresh hand the client. */
export interface IssuedSession {
  sessionId: string;
  accessToken: string;
  accessExpiresAt: Date;
  refreshToken: string;
  refreshExpiresAt: Date;
  agent: AuthenticatedAgent;
}

/** A request or socket whose access token is good and whose session is live. */
export interface AuthenticatedSession {
  agent: AuthenticatedAgent;
  sessionId: string;
  sessionExpiresAt: Date;
}

export interface Revocation {
  agentId: string;
  sessionIds: string[];
  reason: RevokeReason;
}

export type RefreshOutcome =
  { ok: true; session: IssuedSession } | { ok: false; reason: 'invalid' | 'reused' };

/**
 * Agent sessions: a row per sign-in, short-lived access tokens (JWT with the session id `sid`)
 * and rotating opaque refresh tokens. Every authenticated call checks the session in the database,
 * so a revocation holds at once on every node; listeners disconnect the sockets.
 */
export class SessionService {
  private readonly listeners = new Set<(revocation: Revocation) => void>();

  constructor(
    private readonly deps: {
      db: Db;
      tokens: TokenService;
      limits: SessionLimits;
      log: Logger;
      now?: () => Date;
    },
  ) {}

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  /** Opens a session for an agent who just proved who they are. */
  async open(agent: AuthenticatedAgent, from: SessionOrigin): Promise<IssuedSession> {
    const now = this.now();
    const { idleSeconds, maxSeconds } = this.deps.limits;
    const maxExpiresAt = new Date(now.getTime() + maxSeconds * 1000);
    const expiresAt = new Date(
      Math.min(now.getTime() + idleSeconds * 1000, maxExpiresAt.getTime()),
    );
    const id = randomUUID();
    const refreshToken = newRefreshToken();
    await insertSession(
      this.deps.db,
      {
        id,
        agentId: agent.id,
        refreshTokenHash: hashRefreshToken(refreshToken),
        now,
        expiresAt,
        maxExpiresAt,
      },
      from,
    );
    this.deps.log.info({ agentId: agent.id, sessionId: id }, 'session opened');
    return this.issue(agent, id, refreshToken, expiresAt, now);
  }

  /** Trades a refresh token for a new pair; a replayed (rotated) one revokes the whole session. */
  async refresh(refreshToken: string): Promise<RefreshOutcome> {
    const now = this.now();
    const next = newRefreshToken();
    const result = await rotateRefreshToken(
      this.deps.db,
      hashRefreshToken(refreshToken),
      hashRefreshToken(next),
      now,
      this.deps.limits.idleSeconds,
    );
    if (result.kind === 'invalid') return { ok: false, reason: 'invalid' };
    if (result.kind === 'reused') {
      if (result.session) {
        this.deps.log.warn(
          { agentId: result.session.agentId, sessionId: result.session.id },
          'a rotated refresh token was used again: session revoked',
        );
        this.revoked([result.session], 'refresh_reuse');
      }
      return { ok: false, reason: 'reused' };
    }
    const { session } = result;
    const agent = await findAgentById(this.deps.db, session.agentId);
    if (!agent) {
      this.revoked(await revokeSession(this.deps.db, session.id, 'agent_gone', now), 'agent_gone');
      return { ok: false, reason: 'invalid' };
    }
    return { ok: true, session: await this.issue(agent, session.id, next, session.expiresAt, now) };
  }

  /** Ends the session this refresh token (current or already rotated) belongs to. */
  async logout(refreshToken: string): Promise<void> {
    const row = await revokeByRefreshToken(
      this.deps.db,
      hashRefreshToken(refreshToken),
      'signed_out',
      this.now(),
    );
    if (row) {
      this.deps.log.info({ agentId: row.agentId, sessionId: row.id }, 'signed out');
      this.revoked([row], 'signed_out');
    }
  }

  /** The agent and session behind an access token, or null (bad token, session over, agent disabled). */
  async authenticate(accessToken: string): Promise<AuthenticatedSession | null> {
    const now = this.now();
    const claims = await this.deps.tokens.verify(accessToken, now);
    if (!claims) return null;
    const [session, agent] = await Promise.all([
      findLiveSession(this.deps.db, claims.sid, now),
      findAgentById(this.deps.db, claims.sub),
    ]);
    if (!session || !agent || session.agentId !== agent.id) return null;
    return { agent, sessionId: session.id, sessionExpiresAt: session.expiresAt };
  }

  /** When the session ends if nobody refreshes it; null when it is over already. */
  async expiresAt(sessionId: string): Promise<Date | null> {
    return (await findLiveSession(this.deps.db, sessionId, this.now()))?.expiresAt ?? null;
  }

  /** Revokes every session of the agent (disabled by an admin); returns how many were open. */
  async revokeAgent(agentId: string, reason: RevokeReason): Promise<number> {
    const rows = await revokeAgentSessions(this.deps.db, agentId, reason, this.now());
    this.revoked(rows, reason, agentId);
    return rows.length;
  }

  /** Forgets sessions that ended more than `keepDays` ago (their rows are kept that long for review). */
  purge(keepDays = 7): Promise<number> {
    return purgeSessions(this.deps.db, new Date(this.now().getTime() - keepDays * 86_400_000));
  }

  /** Called with every revocation (sign-out, disable, reuse); returns the unsubscribe. */
  onRevoked(listener: (revocation: Revocation) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private revoked(rows: SessionRow[], reason: RevokeReason, agentId = rows[0]?.agentId): void {
    if (agentId === undefined) return;
    const revocation = { agentId, sessionIds: rows.map((r) => r.id), reason };
    for (const listener of this.listeners) {
      try {
        listener(revocation);
      } catch (error) {
        this.deps.log.error({ err: error, agentId }, 'revocation listener failed');
      }
    }
  }

  private async issue(
    agent: AuthenticatedAgent,
    sessionId: string,
    refreshToken: string,
    refreshExpiresAt: Date,
    now: Date,
  ): Promise<IssuedSession> {
    const { token, expiresAt } = await this.deps.tokens.issue(
      { sub: agent.id, role: agent.role, sid: sessionId },
      now,
    );
    // The access token never outlives the session behind it.
    const accessExpiresAt = expiresAt < refreshExpiresAt ? expiresAt : refreshExpiresAt;
    return {
      sessionId,
      accessToken: token,
      accessExpiresAt,
      refreshToken,
      refreshExpiresAt,
      agent,
    };
  }
}
