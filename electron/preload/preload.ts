import { contextBridge, ipcRenderer } from 'electron';
import type {
  FirebreakDesktopApi,
  IpcInvokeChannel,
  IpcRequest,
  IpcResponse,
} from '../../shared/ipc.js';

/** Channels whose request is `undefined` take no argument. */
type RequestArgs<C extends IpcInvokeChannel> =
  IpcRequest<C> extends undefined ? [] : [request: IpcRequest<C>];

/**
 * The preload's only door to main; never exposed. Main parses every request and response
 * against the contract, so the type here is a promise main keeps, not a guess.
 */
function invoke<C extends IpcInvokeChannel>(
  channel: C,
  ...request: RequestArgs<C>
): Promise<IpcResponse<C>> {
  return ipcRenderer.invoke(channel, ...request) as Promise<IpcResponse<C>>;
}

/** Named capabilities, one per channel. No ipcRenderer, no event objects, no generic send. */
const api: FirebreakDesktopApi = {
  getConfig: () => invoke('config:get'),
  rendererReady: () => invoke('app:renderer-ready'),
  openExternal: (url) => invoke('shell:open-external', { url }),
};

contextBridge.exposeInMainWorld('firebreak', Object.freeze(api));
