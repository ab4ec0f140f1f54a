import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SignJWT, errors as joseErrors, jwtVerify } from 'jose';
import { z } from 'zod';
import { AGENT_ROLES } from '../../shared/domain.js';

const ISSUER = 'firebreak-gateway';
const AUDIENCE = 'firebreak-desktop';
/** A customer's chat token opens their own chat and nothing else (never the agents' API). */
const CHAT_AUDIENCE = 'firebreak-chat';
/** Default life of an agent's access token; the session behind it lives on (refresh tokens). */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const CHAT_TOKEN_TTL_SECONDS = 4 * 60 * 60;

/** `sid`: the session the token belongs to; every use checks that session is still live. */
const claimsSchema = z.object({ sub: z.string().min(1), role: z.enum(AGENT_ROLES), sid: z.string().min(1) });
export type TokenClaims = z.infer<typeof claimsSchema>;

/** Signs and verifies agents' short-lived access tokens (HS256 JWT via jose). */
export class TokenService {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly ttlSeconds = ACCESS_TOKEN_TTL_SECONDS,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  async issue(claims: TokenClaims, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date(now.getTime() + this.ttlSeconds * 1000);
    const token = await new SignJWT({ role: claims.role, sid: claims.sid })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.sub)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(Math.floor(now.getTime() / 1000))
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt };
  }

  /**
   * The claims of a valid token, or null for anything else (expired, forged, malformed, or
   * without a session). Whether the session is still live is the caller's check.
   */
  async verify(token: string, now = new Date()): Promise<TokenClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
        currentDate: now,
      });
      const parsed = claimsSchema.safeParse(payload);
      return parsed.success ? parsed.data : null;
    } catch (error) {
      if (error instanceof joseErrors.JOSEError) return null;
      throw error;
    }
  }
}

/** Customer chat tokens (subject: the contact id) for the `/customer` socket namespace. */
export class ChatTokens {
  private readonly key: Uint8Array;

  constructor(secret: string) {
    this.key = new TextEncoder().encode(secret);
  }

  async issue(contactId: string, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date(now.getTime() + CHAT_TOKEN_TTL_SECONDS * 1000);
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(contactId)
      .setIssuer(ISSUER)
      .setAudience(CHAT_AUDIENCE)
      .setIssuedAt(Math.floor(now.getTime() / 1000))
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt };
  }

  /** The contact id of a valid chat token, or null. */
  async verify(token: string): Promise<string | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, audience: CHAT_AUDIENCE, algorithms: ['HS256'] });
      return typeof payload.sub === 'string' && payload.sub.length > 0 ? payload.sub : null;
    } catch (error) {
      if (error instanceof joseErrors.JOSEError) return null;
      throw error;
    }
  }
}

/**
 * The token secret: FIREBREAK_TOKEN_SECRET when set; otherwise one generated on first start and
 * kept (mode 0600) in the data dir, so sessions survive a restart.
 */
export function resolveTokenSecret(configured: string | undefined, dataDir: string): string {
  if (configured) return configured;
  if (dataDir === 'memory://') return randomBytes(32).toString('hex');
  const file = path.join(dataDir, 'token-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
