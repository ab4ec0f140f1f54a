import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import {
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  contentTypeFor,
  rendererFileFor,
} from './app-scheme.js';
import { log } from './log.js';

/**
 * Makes `app:` a privileged (standard, secure) scheme. Chromium reads this list once, at start:
 * call it before the app is ready (Electron throws afterwards).
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

export interface AppProtocolOptions {
  /** The built renderer folder (`out/renderer`); nothing outside it is ever served. */
  readonly rendererDir: string;
  /** Sent on every app:// response, so the policy does not depend on webRequest. */
  readonly contentSecurityPolicy: string;
}

export type AppRequestHandler = (request: Request) => Promise<Response>;

/**
 * Answers `app://firebreak/<file>` from the renderer folder: GET and HEAD only, 404 for anything
 * that is not a file beneath it (traversal in any spelling, other hosts, folders, missing files).
 * Files are read with `fs`, which Electron lets read inside app.asar.
 */
export function createAppRequestHandler(options: AppProtocolOptions): AppRequestHandler {
  const baseHeaders = {
    'Content-Security-Policy': options.contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
  };
  const notFound = (): Response => new Response(null, { status: 404, headers: baseHeaders });

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers: { ...baseHeaders, Allow: 'GET, HEAD' } });
    }
    const file = rendererFileFor(request.url, options.rendererDir);
    if (file === undefined) {
      log.warn(`Refused an ${APP_SCHEME}:// request outside the renderer folder.`);
      return notFound();
    }
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return notFound(); // missing, a folder, unreadable
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: { ...baseHeaders, 'Content-Type': contentTypeFor(file) },
    });
  };
}

/**
 * Serves the built renderer on `app://firebreak/`. Call once, when the app is ready. Registers
 * on the default session, which the main window uses; a window with its own partition would
 * need `session.protocol.handle` there too.
 */
export function handleAppProtocol(options: AppProtocolOptions): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(options));
}
