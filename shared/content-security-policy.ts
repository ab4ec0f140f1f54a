/**
 * The renderer's Content-Security-Policy, one table for both places that serve it: the desktop
 * (electron/main/csp.ts, on app://firebreak) and the gateway's web mode (server/http/
 * security-headers.ts, at / and /chat/). Each adds only what its origin needs (connect-src).
 *
 * Its own files, inline styles (antd's CSS-in-JS injects <style> tags), images from data: and
 * blob: URLs, the ring sound from its own files; no eval, no inline script, no plugins, no
 * frames (and nobody may frame it), no forms posting anywhere.
 */
export type CspDirectives = Readonly<Record<string, readonly string[]>>;

export const RENDERER_CSP_DIRECTIVES = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  // The ring (assets/ring.wav), bundled with the renderer.
  'media-src': ["'self'"],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
} as const satisfies CspDirectives;

/** `name source source; name source` in the table's order. */
export function serializeCsp(directives: CspDirectives): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}
