import type { FirebreakDesktopApi } from '../../../shared/ipc';

/** The Electron bridge, or null in a plain browser. The only place that reads `window.firebreak`. */
export function getDesktopApi(): FirebreakDesktopApi | null {
  return window.firebreak ?? null;
}

let gatewayUrl: string | null = null;

/**
 * Where the gateway lives: from the Electron config, or the page's own origin in web mode
 * (the gateway serves the app). Resolved once at start-up, before the first render.
 */
export async function resolveGatewayUrl(): Promise<string> {
  const desktop = getDesktopApi();
  const url = desktop ? (await desktop.getConfig()).gatewayUrl : window.location.origin;
  gatewayUrl = url.replace(/\/+$/, '');
  return gatewayUrl;
}

/** The resolved gateway URL; falls back to the page origin when start-up has not resolved one. */
export function getGatewayUrl(): string {
  return gatewayUrl ?? window.location.origin;
}

/** Tests and start-up only: pin the gateway URL. */
export function setGatewayUrl(url: string | null): void {
  gatewayUrl = url === null ? null : url.replace(/\/+$/, '');
}

let announced = false;

/** Tell Electron main, once, that the renderer has painted and may receive pushes. No-op in a browser. */
export async function announceRendererReady(): Promise<void> {
  const desktop = getDesktopApi();
  if (desktop === null || announced) return;
  announced = true;
  await desktop.rendererReady();
}
