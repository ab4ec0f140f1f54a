import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { APP_HOST, APP_SCHEME, RENDERER_ENTRY_URL } from './app-scheme.js';

/**
 * Where our renderer comes from: the built files (served as `app://firebreak/…` from
 * `rendererDir`, see app-protocol.ts), or electron-vite's dev server.
 */
export type RendererLocation =
  | { readonly kind: 'bundled'; readonly rendererDir: string }
  | { readonly kind: 'dev-server'; readonly url: URL };

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export class RendererLocationError extends Error {
  override readonly name = 'RendererLocationError';
}

/**
 * electron-vite's convention: in dev it sets ELECTRON_RENDERER_URL to its dev server;
 * otherwise the renderer is `out/renderer`, served as `app://firebreak/index.html`. A packaged
 * app ignores the variable,
 * so nobody can point an installed desktop at another page through the environment.
 */
export function resolveRendererLocation(options: {
  readonly isPackaged: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The built renderer folder (`out/renderer`). */
  readonly rendererDir: string;
}): RendererLocation {
  const devUrl = options.env.ELECTRON_RENDERER_URL;
  if (options.isPackaged || devUrl === undefined || devUrl === '') {
    return { kind: 'bundled', rendererDir: path.resolve(options.rendererDir) };
  }
  let url: URL;
  try {
    url = new URL(devUrl);
  } catch {
    throw new RendererLocationError(
      `ELECTRON_RENDERER_URL=${JSON.stringify(devUrl)} is not a URL.`,
    );
  }
  if (
    (url.protocol !== 'http:' && url.protocol !== 'https:') ||
    !LOOPBACK_HOSTS.has(url.hostname)
  ) {
    throw new RendererLocationError(
      `ELECTRON_RENDERER_URL=${JSON.stringify(devUrl)} must be an http(s) dev server on this machine (localhost).`,
    );
  }
  return { kind: 'dev-server', url };
}

/**
 * True when `url` is a document of our renderer (query and fragment ignored: routing may use
 * them). Built: exactly `app://firebreak/index.html`, never file:// or another app:// host.
 */
export function isRendererUrl(location: RendererLocation, url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (location.kind === 'dev-server') return parsed.origin === location.url.origin;
  const entry = new URL(RENDERER_ENTRY_URL);
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.pathname === entry.pathname
  );
}

/** The dev server's origin when there is one: the Content-Security-Policy must let the renderer reach it. */
export function devServerOrigin(location: RendererLocation): string | undefined {
  return location.kind === 'dev-server' ? location.url.origin : undefined;
}

/**
 * Which view of the one renderer document a window shows: the main app (no query) or the
 * compact pop window (`?view=pop`). Same document, same origin, same checks (isRendererUrl
 * ignores the query), so the view is only a hint to the renderer, never a permission.
 */
export type RendererView = 'main' | 'pop';

/** The URL a window loads to show `view` of the renderer. */
export function rendererUrl(location: RendererLocation, view: RendererView = 'main'): string {
  const url = new URL(location.kind === 'dev-server' ? location.url.href : RENDERER_ENTRY_URL);
  if (view !== 'main') url.searchParams.set('view', view);
  return url.href;
}

export function loadRenderer(
  window: BrowserWindow,
  location: RendererLocation,
  view: RendererView = 'main',
): Promise<void> {
  return window.loadURL(rendererUrl(location, view));
}
