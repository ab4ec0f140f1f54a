import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { retiredRefreshTokens, sessions } from '../db/schema-auth.js';

export type SessionRow = typeof sessions.$inferSelect;
export type RevokeReason = 'signed_out' | 'agent_disabled' | 'refresh_reuse' | 'agent_gone';

/** Where a sign-in came from, kept with the session for the agent's and auditors' eyes. */
export interface SessionOrigin {
  userAgent: string | null;
  origin: string | null;
  ip: string | null;
}

/** An opaque refresh token: 32 random bytes, base64url. */
export const newRefreshToken = (): string => randomBytes(32).toString('base64url');

/** What the database keeps instead of the refresh token. */
export const hashRefreshToken = (token: string): string =>
  createHash('sha256').update(token).digest('hex');

export async function insertSession(
  db: Db,
  row: {
    id: string;
    agentId: string;
    refreshTokenHash: string;
    now: Date;
    expiresAt: Date;
    maxExpiresAt: Date;
  },
  from: SessionOrigin,
): Promise<void> {
  await db.insert(sessions).values({
    id: row.id,
    agentId: row.agentId,
    refreshTokenHash: row.refreshTokenHash,
    createdAt: row.now,
    lastUsedAt: row.now,
    expiresAt: row.expiresAt,
    maxExpiresAt: row.maxExpiresAt,
    userAgent: from.userAgent?.slice(0, 512) ?? null,
    origin: from.origin?.slice(0, 256) ?? null,
    ip: from.ip,
  });
}

/** The session when it is live at `now` (not revoked, not expired), else null. */
export async function findLiveSession(db: Db, id: string, now: Date): Promise<SessionRow | null> {
  const rows = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.id, id), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)))
    .limit(1);
  return rows[0] ?? null;
}

export type RotateResult =
  | { kind: 'rotated'; session: SessionRow }
  /** A refresh token rotated away earlier was presented again: its session is revoked now. */
  | { kind: 'reused'; session: SessionRow | null }
  | { kind: 'invalid' };

/**
 * Swaps the live session's refresh token for a new one in one conditional update (two concurrent
 * refreshes with the same token: one wins, the other finds it retired and revokes the session),
 * remembers the old one as retired, and slides the expiry (never past the absolute limit).
 */
export async function rotateRefreshToken(
  db: Db,
  oldHash: string,
  newHash: string,
  now: Date,
  idleSeconds: number,
): Promise<RotateResult> {
  return db.transaction(async (tx) => {
    const idleUntil = new Date(now.getTime() + idleSeconds * 1000);
    const rotated = await tx
      .update(sessions)
      .set({
        refreshTokenHash: newHash,
        lastUsedAt: now,
        expiresAt: sql`least(${idleUntil}::timestamptz, ${sessions.maxExpiresAt})`,
      })
      .where(
        and(
          eq(sessions.refreshTokenHash, oldHash),
          isNull(sessions.revokedAt),
          gt(sessions.expiresAt, now),
        ),
      )
      .returning();
    const session = rotated[0];
    if (session) {
      await tx
        .insert(retiredRefreshTokens)
        .values({ tokenHash: oldHash, sessionId: session.id, retiredAt: now });
      return { kind: 'rotated', session };
    }
    const retired = await tx
      .select({ sessionId: retiredRefreshTokens.sessionId })
      .from(retiredRefreshTokens)
      .where(eq(retiredRefreshTokens.tokenHash, oldHash))
      .limit(1);
    const sessionId = retired[0]?.sessionId;
    if (sessionId === undefined) return { kind: 'invalid' };
    const revoked = await revokeWhere(tx, eq(sessions.id, sessionId), 'refresh_reuse', now);
    return { kind: 'reused', session: revoked[0] ?? null };
  });
}

/** The session a refresh token (current or retired) belongs to, revoked; null when none was live. */
export async function revokeByRefreshToken(
  db: Db,
  hash: string,
  reason: RevokeReason,
  now: Date,
): Promise<SessionRow | null> {
  const current = await revokeWhere(db, eq(sessions.refreshTokenHash, hash), reason, now);
  if (current[0]) return current[0];
  const retired = await db
    .select({ sessionId: retiredRefreshTokens.sessionId })
    .from(retiredRefreshTokens)
    .where(eq(retiredRefreshTokens.tokenHash, hash))
    .limit(1);
  const sessionId = retired[0]?.sessionId;
  return sessionId === undefined
    ? null
    : ((await revokeWhere(db, eq(sessions.id, sessionId), reason, now))[0] ?? null);
}

export function revokeSession(
  db: Db,
  id: string,
  reason: RevokeReason,
  now: Date,
): Promise<SessionRow[]> {
  return revokeWhere(db, eq(sessions.id, id), reason, now);
}

/** Every session of the agent still open, revoked; returns them. */
export function revokeAgentSessions(
  db: Db,
  agentId: string,
  reason: RevokeReason,
  now: Date,
): Promise<SessionRow[]> {
  return revokeWhere(db, eq(sessions.agentId, agentId), reason, now);
}

function revokeWhere(db: Db, where: SQL, reason: RevokeReason, now: Date): Promise<SessionRow[]> {
  return db
    .update(sessions)
    .set({ revokedAt: now, revokedReason: reason })
    .where(and(where, isNull(sessions.revokedAt)))
    .returning();
}

/** Deletes sessions (and their retired tokens) that ended before `before`; returns how many. */
export async function purgeSessions(db: Db, before: Date): Promise<number> {
  const deleted = await db
    .delete(sessions)
    .where(lt(sessions.maxExpiresAt, before))
    .returning({ id: sessions.id });
  return deleted.length;
}
