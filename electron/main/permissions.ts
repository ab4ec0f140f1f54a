import type { Session } from 'electron';
import { log } from './log.js';

/**
 * The only permissions our own renderer (main frame) may use. Everything else — camera,
 * microphone, geolocation, notifications, HID, serial, USB, … — is denied.
 * clipboard-sanitized-write lets the agent copy a prepared script with navigator.clipboard.
 */
export const RENDERER_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/** Denies permission requests and checks by default; `isOurRenderer` decides who the exceptions apply to. */
export function denyPermissionsByDefault(
  session: Session,
  isOurRenderer: (url: string) => boolean,
): void {
  const allowed = (permission: string, url: string | undefined, isMainFrame: boolean): boolean =>
    RENDERER_PERMISSIONS.has(permission) && isMainFrame && url !== undefined && isOurRenderer(url);

  session.setPermissionRequestHandler((_webContents, permission, callback, details) => {
    const granted = allowed(permission, details.requestingUrl, details.isMainFrame);
    if (!granted) log.warn(`Denied a permission request: ${permission}`);
    callback(granted);
  });
  session.setPermissionCheckHandler((_webContents, permission, _origin, details) =>
    allowed(permission, details.requestingUrl, details.isMainFrame),
  );
}
