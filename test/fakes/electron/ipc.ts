/** The fake ipcMain, ipcRenderer and contextBridge, and the renderer → main invoke. */
import type { FakeIpcSender } from '../../../electron/testing/fake-electron.js';
import { electronEvent } from './events.js';
import { state } from './state.js';
import type { InvokeListener } from './state.js';
import { windowFor } from './window.js';

/** Renderer → main, as Electron does it: arguments and result are structured-cloned. */
export async function invokeMain(
  channel: string,
  sender: FakeIpcSender,
  ...args: unknown[]
): Promise<unknown> {
  const window = windowFor(sender.window);
  const frame = sender.frame === undefined ? window.mainFrame : sender.frame;
  const event = electronEvent({
    sender: window.webContents,
    senderFrame: frame,
    frameId: frame?.routingId ?? -1,
    processId: frame?.processId ?? -1,
    type: 'frame' as const,
  });
  try {
    const handler = state.handlers.get(channel);
    if (handler === undefined) throw new Error(`No handler registered for '${channel}'`);
    return structuredClone(await handler(event, ...structuredClone(args)));
  } catch (error) {
    throw new Error(`Error invoking remote method '${channel}': ${String(error)}`, {
      cause: error,
    });
  }
}

export const ipcMain = {
  handle(channel: string, listener: InvokeListener): void {
    if (state.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    state.handlers.set(channel, listener);
  },
  removeHandler(channel: string): void {
    state.handlers.delete(channel);
  },
};

type RendererListener = (event: object, ...args: unknown[]) => void;

export const ipcRenderer = {
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    state.rendererInvocations.push({ channel, args });
    return Promise.resolve(state.rendererAnswer(channel, args));
  },
  on(channel: string, listener: RendererListener) {
    const listeners = state.rendererListeners.get(channel) ?? new Set<RendererListener>();
    listeners.add(listener);
    state.rendererListeners.set(channel, listeners);
    return ipcRenderer;
  },
  removeListener(channel: string, listener: RendererListener) {
    state.rendererListeners.get(channel)?.delete(listener);
    return ipcRenderer;
  },
};

/**
 * Main → renderer, as webContents.send delivers it: a structured clone of the arguments, after
 * an IpcRendererEvent whose `sender` is ipcRenderer itself (what a leaky preload would expose).
 */
export function pushToRenderer(channel: string, ...args: unknown[]): number {
  const listeners = [...(state.rendererListeners.get(channel) ?? [])];
  const event = { sender: ipcRenderer, senderId: 0, ports: [] };
  for (const listener of listeners) listener(event, ...structuredClone(args));
  return listeners.length;
}

export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    if (state.exposed.has(key))
      throw new Error(`Cannot bind an API on top of an existing property on the window object`);
    state.exposed.set(key, api);
  },
};
