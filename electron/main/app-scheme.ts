import path from 'node:path';
import type { CustomScheme } from 'electron';
import { DESKTOP_HOST, DESKTOP_ORIGIN, DESKTOP_SCHEME } from '../../shared/ipc.js';

/**
 * The built renderer is served from `app://firebreak/…`, not file://: the gateway allows exactly
 * this origin (CORS and socket.io) and never `file://` or `null`. Dev-server mode is unchanged.
 */
export const APP_SCHEME = DESKTOP_SCHEME;
export const APP_HOST = DESKTOP_HOST;
export const APP_ORIGIN = DESKTOP_ORIGIN;
/** The renderer's one document; routes live in its query or fragment. */
export const RENDERER_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * - standard: a real origin (`app://firebreak`), relative URLs and dot segments resolved as for
 *   https, host lower-cased by Chromium.
 * - secure: a secure context (crypto.subtle, clipboard), so no mixed-content exceptions.
 * - supportFetchAPI / corsEnabled: fetch() and `<script type="module" crossorigin>` work.
 * Not bypassCSP, not allowServiceWorkers, not stream: nothing here needs them.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
};

/**
 * A path segment we refuse once percent-decoded: empty (`//`), dot-only (`..`, and `...` or
 * `.. ` which Windows trims to `..`), ending in a dot or space (Windows trims those too),
 * or holding a backslash, a drive colon or NUL.
 */
const UNSAFE_SEGMENT = /^[. ]*$|[. ]$|[\\:\0]/;

/**
 * The file beneath `rendererDir` that an `app://firebreak/…` URL names, or undefined when the URL
 * is not ours (other scheme or host, credentials, a port) or its path could leave the folder in
 * any spelling: `..`, `%2e%2e%2f`, `%5c`, absolute or drive paths. Query and fragment are ignored.
 */
export function rendererFileFor(rawUrl: string, rendererDir: string): string | undefined {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return undefined;
  if (url.username !== '' || url.password !== '') return undefined;

  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return undefined; // malformed percent-encoding
  }
  // Split after decoding, so an encoded `/` (%2f) separates segments and gets checked too.
  const segments = decoded.split('/').slice(1);
  if (segments.length === 0 || segments.some((segment) => UNSAFE_SEGMENT.test(segment))) {
    return undefined;
  }

  const root = path.resolve(rendererDir);
  const file = path.join(root, ...segments);
  const relative = path.relative(root, file);
  const inside =
    relative !== '' && !path.isAbsolute(relative) && relative.split(path.sep)[0] !== '..';
  return inside ? file : undefined;
}

const CONTENT_TYPES: ReadonlyMap<string, string> = new Map([
  ['.html', 'text/html; charset=utf-8'],
  ['.js', 'text/javascript; charset=utf-8'],
  ['.mjs', 'text/javascript; charset=utf-8'],
  ['.css', 'text/css; charset=utf-8'],
  ['.json', 'application/json; charset=utf-8'],
  ['.map', 'application/json; charset=utf-8'],
  ['.webmanifest', 'application/manifest+json; charset=utf-8'],
  ['.txt', 'text/plain; charset=utf-8'],
  ['.svg', 'image/svg+xml'],
  ['.png', 'image/png'],
  ['.wav', 'audio/wav'],
  ['.jpg', 'image/jpeg'],
  ['.jpeg', 'image/jpeg'],
  ['.gif', 'image/gif'],
  ['.webp', 'image/webp'],
  ['.avif', 'image/avif'],
  ['.ico', 'image/x-icon'],
  ['.woff', 'font/woff'],
  ['.woff2', 'font/woff2'],
  ['.ttf', 'font/ttf'],
  ['.otf', 'font/otf'],
  ['.wasm', 'application/wasm'],
]);

/**
 * The Content-Type for a built file, by extension. Module scripts are checked strictly
 * (a .js served as anything but JavaScript does not run); unknown types are opaque bytes,
 * which `X-Content-Type-Options: nosniff` keeps from being guessed into HTML or script.
 */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES.get(path.extname(file).toLowerCase()) ?? 'application/octet-stream';
}
