import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import {
  RENDERER_CSP_DIRECTIVES,
  type CspDirectives,
} from '../../shared/content-security-policy.js';

/**
 * The web app's policy: the desktop's table (shared/content-security-policy.ts) with two
 * differences its origin needs. connect-src stays 'self', which covers the socket's ws:/wss: to
 * the same host (CSP Level 3); base-uri is 'self' because the chat page (/chat/) sets
 * <base href="/"> to load its scripts from /assets/. The same policy goes on every response:
 * API JSON and errors render nothing, and Swagger UI at /docs needs nothing more (its scripts and
 * styles are files from /docs/static, its icons data: URLs).
 */
export const GATEWAY_CSP_DIRECTIVES: CspDirectives = {
  ...RENDERER_CSP_DIRECTIVES,
  'base-uri': ["'self'"],
};

/** Sent only over TLS: over plain http a browser ignores it, and a TLS proxy in front sends its own. */
export const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * @fastify/helmet on every response (routes, static files, /docs, errors, 404): the CSP above,
 * frame-ancestors 'none' with X-Frame-Options DENY for older browsers, nosniff,
 * Referrer-Policy no-referrer, no X-Powered-By, the cross-origin isolation headers.
 * Strict-Transport-Security only when the request came over https (the gateway itself holds the
 * certificate; with trustProxy off, X-Forwarded-Proto is not believed).
 */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: { ...GATEWAY_CSP_DIRECTIVES } },
    strictTransportSecurity: false,
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
  app.addHook('onRequest', (request, reply, done) => {
    if (request.protocol === 'https') reply.raw.setHeader('strict-transport-security', HSTS);
    done();
  });
}
