import { app, ipcMain } from 'electron';
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import { ipcInvokeContract } from '../../shared/ipc.js';
import type { IpcInvokeChannel, IpcRequest, IpcResponse } from '../../shared/ipc.js';
import { log } from './log.js';
import type { RendererReadiness } from './renderer-readiness.js';

export type IpcHandler<C extends IpcInvokeChannel> = (
  request: IpcRequest<C>,
  event: IpcMainInvokeEvent,
) => IpcResponse<C> | Promise<IpcResponse<C>>;

export type Handle = <C extends IpcInvokeChannel>(channel: C, fn: IpcHandler<C>) => void;

/** Decides whether an invoke comes from our renderer. */
export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

/**
 * True only for the main frame of `window` showing our renderer: not an iframe, not another
 * window, not a page the window was somehow navigated to.
 */
export function isOurRendererFrame(
  event: IpcMainInvokeEvent,
  window: BrowserWindow | null,
  isOurRendererUrl: (url: string) => boolean,
): boolean {
  const frame = event.senderFrame;
  if (frame === null || window === null || window.isDestroyed()) return false;
  const mainFrame = window.webContents.mainFrame;
  // A frame is identified by (processId, routingId): this rules out iframes and other windows.
  return (
    event.sender === window.webContents &&
    frame.processId === mainFrame.processId &&
    frame.routingId === mainFrame.routingId &&
    isOurRendererUrl(frame.url)
  );
}

const schemas = <C extends IpcInvokeChannel>(channel: C) =>
  // Indexing the contract with a generic key loses the link between key and schema; restore it.
  ipcInvokeContract[channel] as unknown as {
    readonly request: z.ZodType<IpcRequest<C>>;
    readonly response: z.ZodType<IpcResponse<C>>;
  };

/**
 * Builds the one way main answers the renderer: checks the sender frame, parses the request
 * with the contract's schema, runs `fn`, and parses its result before it crosses back.
 */
export function createHandle(isTrustedSender: SenderCheck): Handle {
  return (channel, fn) => {
    const { request, response } = schemas(channel);
    ipcMain.handle(channel, async (event, ...args: unknown[]) => {
      if (!isTrustedSender(event)) {
        log.warn(`Rejected ${channel}: the sender is not Firebreak's renderer.`);
        throw new Error(`${channel}: rejected, the sender is not Firebreak's renderer.`);
      }
      if (args.length > 1)
        throw new Error(`${channel}: expected at most one argument, got ${args.length}.`);
      const parsed = request.safeParse(args[0]);
      if (!parsed.success) {
        throw new Error(`${channel}: invalid request. ${z.prettifyError(parsed.error)}`);
      }
      const result = response.safeParse(await fn(parsed.data, event));
      if (!result.success) {
        log.error(
          `${channel}: the handler returned a response that breaks the contract.`,
          result.error,
        );
        throw new Error(`${channel}: internal error.`);
      }
      return result.data;
    });
  };
}

export interface DesktopIpcDependencies {
  readonly handle: Handle;
  readonly gatewayUrl: string;
  readonly readiness: RendererReadiness;
  readonly openExternal: (url: string) => Promise<boolean>;
}

/** Registers every channel of the contract. Call once, before the first window loads. */
export function registerDesktopIpc({
  handle,
  gatewayUrl,
  readiness,
  openExternal,
}: DesktopIpcDependencies): void {
  handle('config:get', () => ({
    gatewayUrl,
    appVersion: app.getVersion(),
    platform: process.platform,
  }));
  handle('app:renderer-ready', () => {
    readiness.markReady();
    return undefined;
  });
  handle('shell:open-external', async ({ url }) => ({ opened: await openExternal(url) }));
}
