import type { Session } from 'electron';
import { RENDERER_CSP_DIRECTIVES, serializeCsp } from '../../shared/content-security-policy.js';

export interface ContentSecurityPolicyOptions {
  /** The configured gateway (http or https); the renderer may reach it over HTTP and WebSocket. */
  readonly gatewayUrl: string;
  /** electron-vite's dev server, in development only (module fetches and HMR socket). */
  readonly devServerOrigin?: string | undefined;
}

/** `http://host:port` → the origin plus the matching `ws://host:port`. */
function httpAndSocketOrigins(url: string): string[] {
  const parsed = new URL(url);
  const socketScheme = parsed.protocol === 'https:' ? 'wss:' : 'ws:';
  return [parsed.origin, `${socketScheme}//${parsed.host}`];
}

/**
 * The renderer's Content-Security-Policy: the shared table (shared/content-security-policy.ts,
 * which the gateway's web mode serves too) plus network access to the configured gateway.
 *
 * Development only (a dev server is set, which a packaged app never has): @vitejs/plugin-react
 * injects an inline module script (the React Refresh preamble) into index.html, so script-src
 * also gets 'unsafe-inline' there. Still no 'unsafe-eval', in any mode.
 */
export function buildContentSecurityPolicy(options: ContentSecurityPolicyOptions): string {
  const dev = options.devServerOrigin !== undefined;
  const connectSources = [
    ...RENDERER_CSP_DIRECTIVES['connect-src'],
    ...httpAndSocketOrigins(options.gatewayUrl),
    ...(options.devServerOrigin === undefined ? [] : httpAndSocketOrigins(options.devServerOrigin)),
  ];
  return serializeCsp({
    ...RENDERER_CSP_DIRECTIVES,
    'script-src': dev ? [...RENDERER_CSP_DIRECTIVES['script-src'], "'unsafe-inline'"] : RENDERER_CSP_DIRECTIVES['script-src'],
    'connect-src': [...new Set(connectSources)],
  });
}

/** Response headers with any existing CSP (any casing) replaced by ours. */
export function withContentSecurityPolicy(
  headers: Readonly<Record<string, string[]>> | undefined,
  policy: string,
): Record<string, string[]> {
  const kept = Object.entries(headers ?? {}).filter(
    ([name]) => name.toLowerCase() !== 'content-security-policy',
  );
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [policy] };
}

/**
 * Sends every response in the session with our policy: this is what covers the dev server's
 * pages. The built renderer's app:// responses carry the policy themselves (app-protocol.ts),
 * so they do not depend on webRequest reaching custom-protocol responses; this is a second line.
 */
export function installContentSecurityPolicy(session: Session, policy: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, policy) });
  });
}
