import { z } from 'zod';

/**
 * The one IPC contract between the Electron main process and the preload.
 * Channel names are `domain:verb`; requests go renderer → main, pushes main → renderer.
 */
export const desktopConfigSchema = z.object({
  gatewayUrl: z.url(),
  appVersion: z.string(),
  platform: z.string(),
});
export type DesktopConfig = z.infer<typeof desktopConfigSchema>;

export const ipcInvokeContract = {
  'config:get': { request: z.undefined(), response: desktopConfigSchema },
  'app:renderer-ready': { request: z.undefined(), response: z.undefined() },
  'shell:open-external': {
    request: z.object({ url: z.string().max(2048) }),
    response: z.object({ opened: z.boolean() }),
  },
} as const;

export type IpcInvokeChannel = keyof typeof ipcInvokeContract;
export type IpcRequest<C extends IpcInvokeChannel> = z.infer<(typeof ipcInvokeContract)[C]['request']>;
export type IpcResponse<C extends IpcInvokeChannel> = z.infer<(typeof ipcInvokeContract)[C]['response']>;

/** The API the preload exposes as `window.firebreak`. Nothing else crosses the bridge. */
export interface FirebreakDesktopApi {
  getConfig(): Promise<DesktopConfig>;
  rendererReady(): Promise<void>;
  openExternal(url: string): Promise<{ opened: boolean }>;
}

/** Hosts the desktop may open in the system browser (https only). */
export const EXTERNAL_URL_ALLOW_LIST = ['firebreak.example.com', 'www.cbirc.gov.cn'] as const;

/** The desktop serves its renderer from this privileged scheme; the gateway allows its origin. */
export const DESKTOP_SCHEME = 'app';
export const DESKTOP_HOST = 'firebreak';
export const DESKTOP_ORIGIN = `${DESKTOP_SCHEME}://${DESKTOP_HOST}`;
