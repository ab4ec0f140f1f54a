import type { FastifyReply, FastifyRequest } from 'fastify';
import { ERROR_CODES } from '../../shared/schemas/common.js';
import type { GatewayApp } from './app.js';
import { HttpError } from './errors.js';
import { ReplayCache } from './replay-cache.js';
import {
  SIGNATURE_HEADER,
  SOURCE_HEADER,
  verifyWebhookSignature,
  type SignatureRefusal,
} from './signature.js';

export interface IntegrationAuthOptions {
  /** The current webhook secret first, then the previous one while keys rotate. */
  secrets: readonly string[];
  replayWindowSeconds: number;
  /** Signed requests one source may make per second, over all integration routes together. */
  requestsPerSecond: number;
  replayCacheSize?: number;
  now?: () => number;
}

/** The preValidation hook of every signed integration route. */
export type IntegrationAuth = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

function headerValue(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

const fieldFor = (reason: SignatureRefusal) =>
  `headers.${reason === 'missing_source' || reason === 'bad_source' ? SOURCE_HEADER : SIGNATURE_HEADER}`;

/**
 * One per gateway: checks the signature (source, format, replay window, MAC with any configured
 * secret), refuses a signature already accepted within the window, then counts the request
 * against its source's limit. Only requests that passed the MAC are counted, so nobody can spend
 * another integration's budget; a request turned away for the limit may be retried as it was
 * signed. Every refusal is the one error shape: 401 `bad_signature` saying which rule failed, or
 * 429 `rate_limited` with Retry-After.
 */
export function createIntegrationAuth(
  app: GatewayApp,
  options: IntegrationAuthOptions,
): IntegrationAuth {
  const now = options.now ?? Date.now;
  const windowSeconds = options.replayWindowSeconds;
  const replays = new ReplayCache(options.replayCacheSize);
  const limit = app.createRateLimit({
    max: options.requestsPerSecond,
    timeWindow: 1000,
    keyGenerator: (request) => headerValue(request, SOURCE_HEADER) ?? '',
  });

  return async (request, reply) => {
    const source = headerValue(request, SOURCE_HEADER);
    const at = now();
    const check = verifyWebhookSignature({
      secrets: options.secrets,
      source,
      header: headerValue(request, SIGNATURE_HEADER),
      rawBody: request.rawBody ?? Buffer.alloc(0),
      now: at,
      windowSeconds,
    });
    if (!check.ok)
      throw new HttpError(401, ERROR_CODES.badSignature, check.message, fieldFor(check.reason));
    // Kept until the window check would refuse it anyway.
    if (!replays.remember(check.mac, (check.timestamp + windowSeconds + 1) * 1000, at)) {
      throw new HttpError(
        401,
        ERROR_CODES.badSignature,
        `This ${SIGNATURE_HEADER} was already used: sign every request afresh (a retry too)`,
        `headers.${SIGNATURE_HEADER}`,
      );
    }
    const verdict = await limit(request);
    if (!verdict.isAllowed && verdict.isExceeded) {
      replays.forget(check.mac);
      void reply.header('retry-after', String(verdict.ttlInSeconds));
      throw new HttpError(
        429,
        ERROR_CODES.rateLimited,
        `Source "${source ?? ''}" is over its limit of ${String(verdict.max)} requests a second; retry after ${String(verdict.ttlInSeconds)} s`,
      );
    }
  };
}
