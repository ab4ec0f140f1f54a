/**
 * Agent sessions: one row per sign-in. The refresh token itself is never stored, only its
 * SHA-256 (it is 32 random bytes, so a fast hash is enough: nothing to brute-force).
 * Rotated refresh tokens stay known (their hashes) so a replay of one is recognised as theft.
 */
import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { agents } from './schema.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    agentId: text('agent_id')
      .notNull()
      .references(() => agents.id),
    /** SHA-256 (hex) of the refresh token in force; never the token. */
    refreshTokenHash: text('refresh_token_hash').notNull().unique(),
    createdAt: ts('created_at').notNull().defaultNow(),
    /** The last sign-in or refresh (not every request: that would be a write per call). */
    lastUsedAt: ts('last_used_at').notNull().defaultNow(),
    /** Sliding: last use + the idle limit, never past `maxExpiresAt`. */
    expiresAt: ts('expires_at').notNull(),
    /** Absolute: sign-in + the session's longest life. */
    maxExpiresAt: ts('max_expires_at').notNull(),
    revokedAt: ts('revoked_at'),
    /** signed_out | agent_disabled | refresh_reuse */
    revokedReason: text('revoked_reason'),
    userAgent: text('user_agent'),
    origin: text('origin'),
    ip: text('ip'),
  },
  (t) => [index('sessions_agent_idx').on(t.agentId)],
);

/** Refresh tokens already rotated away: presenting one again revokes its session. */
export const retiredRefreshTokens = pgTable(
  'retired_refresh_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    sessionId: text('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    retiredAt: ts('retired_at').notNull().defaultNow(),
  },
  (t) => [index('retired_refresh_tokens_session_idx').on(t.sessionId)],
);
