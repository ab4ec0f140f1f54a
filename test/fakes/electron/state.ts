/** Everything the fake records. Cleared in place by reset(), so the controls can hand it out. */
import type { MessageBoxOptions } from 'electron';
import type { BrowserWindow } from './window.js';

export type InvokeListener = (event: object, ...args: unknown[]) => unknown;
export type RendererAnswer = (channel: string, args: readonly unknown[]) => unknown;
export const answerNothing: RendererAnswer = () => undefined;

export const state = {
  windows: [] as BrowserWindow[],
  handlers: new Map<string, InvokeListener>(),
  exposed: new Map<string, unknown>(),
  rendererInvocations: [] as { channel: string; args: unknown[] }[],
  rendererAnswer: answerNothing,
  messageBoxes: [] as MessageBoxOptions[],
  messageBoxButton: 0,
  errorBoxes: [] as { title: string; content: string }[],
  openedExternally: [] as string[],
  /** ipcRenderer.on listeners, by channel. */
  rendererListeners: new Map<string, Set<(event: object, ...args: unknown[]) => void>>(),
};

export function resetState(): void {
  for (const list of [
    state.windows,
    state.rendererInvocations,
    state.messageBoxes,
    state.errorBoxes,
    state.openedExternally,
  ]) {
    list.length = 0;
  }
  state.handlers.clear();
  state.rendererListeners.clear();
  state.exposed.clear();
  state.rendererAnswer = answerNothing;
  state.messageBoxButton = 0;
}
