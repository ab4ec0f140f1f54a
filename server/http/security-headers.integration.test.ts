import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../testing/harness.js';
import { GATEWAY_CSP_DIRECTIVES } from './security-headers.js';

/** Security headers and CORS through the real HTTP app, over a small built web root of its own. */
const ALLOWED = 'https://crm.example.com';
const FOREIGN = 'https://evil.example.net';

let gw: TestGateway;
let webRoot: string;
beforeAll(async () => {
  webRoot = mkdtempSync(path.join(os.tmpdir(), 'firebreak-web-'));
  mkdirSync(path.join(webRoot, 'assets'));
  writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>Firebreak</title>');
  writeFileSync(
    path.join(webRoot, 'customer.html'),
    '<!doctype html><base href="/"><title>Chat</title>',
  );
  writeFileSync(path.join(webRoot, 'assets', 'app.js'), 'console.log(1)');
  gw = await startTestGateway({
    config: { webRoot, allowedOrigins: ['app://firebreak', ALLOWED] },
  });
});
afterAll(async () => {
  await gw.close();
  rmSync(webRoot, { recursive: true, force: true });
});

/** `a x y; b z` (any spacing) → {a: [x, y], b: [z]}. */
const directives = (policy: string | null) =>
  Object.fromEntries(
    (policy ?? '').split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
const get = (url: string, headers: Record<string, string> = {}) =>
  fetch(`${gw.url}${url}`, { headers, redirect: 'manual' });

describe('security headers', () => {
  it.each([
    ['API JSON', () => get('/healthz'), 200],
    ['the web app', () => get('/'), 200],
    ['the chat page', () => get('/chat/'), 200],
    ['a static file', () => get('/assets/app.js'), 200],
    ['Swagger UI', () => get('/docs/'), 200],
    ['a Swagger UI script', () => get('/docs/static/swagger-initializer.js'), 200],
    ['the OpenAPI document', () => get('/docs/json'), 200],
    ['a 404', () => get('/no/such/page'), 404],
    ['a missing static file', () => get('/assets/nope.js'), 404],
    [
      'an error (signed route, unsigned)',
      () =>
        fetch(`${gw.url}/api/v1/contacts`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{}',
        }),
      401,
    ],
    [
      'an error (bad JSON)',
      () =>
        fetch(`${gw.url}/api/v1/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{',
        }),
      400,
    ],
  ] as const)('are on %s', async (_name, request, status) => {
    const res = await request();
    expect(res.status).toBe(status);
    expect(directives(res.headers.get('content-security-policy'))).toEqual(GATEWAY_CSP_DIRECTIVES);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(res.headers.has('x-powered-by')).toBe(false);
    // Plain http: Strict-Transport-Security would be ignored, and a TLS proxy sends its own.
    expect(res.headers.has('strict-transport-security')).toBe(false);
  });

  it('keep the web app working: its own scripts, inline styles, data: images, the socket on its own origin, no framing', () => {
    const policy = new Map(Object.entries(GATEWAY_CSP_DIRECTIVES));
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get('img-src')).toContain('data:');
    expect(policy.get('media-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    // The chat page's <base href="/">.
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(Object.values(GATEWAY_CSP_DIRECTIVES).flat()).not.toContain("'unsafe-eval'");
    // http on a LAN address must keep working: no upgrade to an https that is not there.
    expect(policy.has('upgrade-insecure-requests')).toBe(false);
  });
});

describe('CORS', () => {
  const preflight = (origin: string) =>
    fetch(`${gw.url}/api/v1/contacts`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });

  it('answers a preflight from a configured origin, and not from a foreign one', async () => {
    for (const origin of [ALLOWED, 'app://firebreak']) {
      const res = await preflight(origin);
      expect(res.status, origin).toBeLessThan(300);
      expect(res.headers.get('access-control-allow-origin'), origin).toBe(origin);
      expect(res.headers.get('access-control-allow-methods'), origin).toContain('POST');
    }
    const foreign = await preflight(FOREIGN);
    expect(foreign.headers.has('access-control-allow-origin')).toBe(false);
  });

  it('lets a configured origin read a simple response, and not a foreign one', async () => {
    const allowed = await get('/healthz', { origin: ALLOWED });
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    const foreign = await get('/healthz', { origin: FOREIGN });
    expect(foreign.status).toBe(200);
    expect(foreign.headers.has('access-control-allow-origin')).toBe(false);
    expect(foreign.headers.has('access-control-allow-credentials')).toBe(false);
  });
});
