import { app, ipcMain } from 'electron';
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import { ipcInvokeContract } from '../../shared/ipc.js';
import type {
  IpcInvokeChannel,
  IpcRequest,
  IpcResponse,
  IpcSenderRole,
} from '../../shared/ipc.js';
import type { Attention } from './attention.js';
import { log } from './log.js';
import type { RendererReadiness } from './renderer-readiness.js';
import type { SessionStore } from './session-store.js';
import type { SettingsStore } from './settings-store.js';
import type { DesktopTray } from './tray.js';

/** Who invoked: the event and which of our windows it came from. */
export interface IpcSender {
  readonly event: IpcMainInvokeEvent;
  readonly role: IpcSenderRole;
}

export type IpcHandler<C extends IpcInvokeChannel> = (
  request: IpcRequest<C>,
  sender: IpcSender,
) => IpcResponse<C> | Promise<IpcResponse<C>>;

export type Handle = <C extends IpcInvokeChannel>(channel: C, fn: IpcHandler<C>) => void;

/** Which of our windows an invoke comes from, or null when it is none of them. */
export type SenderRoleOf = (event: IpcMainInvokeEvent) => IpcSenderRole | null;

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

/** The role of the first of `windows` whose main frame sent `event` (see isOurRendererFrame). */
export function senderRoleAmong(
  windows: () => readonly (readonly [IpcSenderRole, BrowserWindow | null])[],
  isOurRendererUrl: (url: string) => boolean,
): SenderRoleOf {
  return (event) =>
    windows().find(([, window]) => isOurRendererFrame(event, window, isOurRendererUrl))?.[0] ??
    null;
}

const schemas = <C extends IpcInvokeChannel>(channel: C) =>
  // Indexing the contract with a generic key loses the link between key and schema; restore it.
  ipcInvokeContract[channel] as unknown as {
    readonly request: z.ZodType<IpcRequest<C>>;
    readonly response: z.ZodType<IpcResponse<C>>;
    readonly senders: readonly IpcSenderRole[];
  };

/**
 * Builds the one way main answers the renderer: checks the sender frame and that the channel
 * is open to that window, parses the request with the contract's schema, runs `fn`, and parses
 * its result before it crosses back.
 */
export function createHandle(roleOf: SenderRoleOf): Handle {
  return (channel, fn) => {
    const { request, response, senders } = schemas(channel);
    ipcMain.handle(channel, async (event, ...args: unknown[]) => {
      const role = roleOf(event);
      if (role === null) {
        log.warn(`Rejected ${channel}: the sender is not Firebreak's renderer.`);
        throw new Error(`${channel}: rejected, the sender is not Firebreak's renderer.`);
      }
      if (!senders.includes(role)) {
        log.warn(`Rejected ${channel}: not open to the ${role} window.`);
        throw new Error(`${channel}: rejected, not open to the ${role} window.`);
      }
      if (args.length > 1)
        throw new Error(`${channel}: expected at most one argument, got ${args.length}.`);
      const parsed = request.safeParse(args[0]);
      if (!parsed.success) {
        throw new Error(`${channel}: invalid request. ${z.prettifyError(parsed.error)}`);
      }
      const result = response.safeParse(await fn(parsed.data, { event, role }));
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

/** What the IPC handlers need of main's modules (each module's own type satisfies these). */
export interface DesktopIpcDependencies {
  readonly handle: Handle;
  readonly gatewayUrl: string;
  /** Per window: `app:renderer-ready` from that window releases the pushes waiting for it. */
  readonly readiness: Readonly<Record<IpcSenderRole, RendererReadiness>>;
  readonly openExternal: (url: string) => Promise<boolean>;
  readonly settings: Pick<SettingsStore, 'get' | 'update'>;
  readonly session: Pick<SessionStore, 'load' | 'save' | 'clear'>;
  readonly attention: Pick<Attention, 'offer' | 'offerEnded' | 'current' | 'accept'>;
  readonly tray: Pick<DesktopTray, 'update'>;
}

/** Registers every channel of the contract. Call once, before the first window loads. */
export function registerDesktopIpc(deps: DesktopIpcDependencies): void {
  const { handle, readiness, settings, session, attention } = deps;
  handle('config:get', () => ({
    gatewayUrl: deps.gatewayUrl,
    appVersion: app.getVersion(),
    platform: process.platform,
  }));
  handle('app:renderer-ready', (_request, { role }) => {
    readiness[role].markReady();
    return undefined;
  });
  handle('shell:open-external', async ({ url }) => ({ opened: await deps.openExternal(url) }));
  handle('settings:get', () => settings.get());
  handle('settings:update', (patch) => settings.update(patch));
  handle('session:load', () => session.load());
  handle('session:save', (stored) => session.save(stored));
  handle('session:clear', () => {
    session.clear();
    return undefined;
  });
  handle('attention:offer', (offer) => attention.offer(offer));
  handle('attention:offer-ended', ({ contactId }) => {
    attention.offerEnded(contactId);
    return undefined;
  });
  handle('tray:update', (status) => {
    deps.tray.update(status);
    return undefined;
  });
  handle('pop-window:current', () => attention.current());
  handle('pop-window:accept', ({ contactId }) => {
    attention.accept(contactId);
    return undefined;
  });
}
