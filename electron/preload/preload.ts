import { contextBridge, ipcRenderer } from 'electron';
import { DESKTOP_COMMAND_CHANNEL } from '../../shared/ipc.js';
import type {
  DesktopCommand,
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

/**
 * Main's pushes, one channel. The page's listener gets the command alone: never the IPC event
 * (whose `sender` would hand the page ipcRenderer itself).
 */
function onCommand(listener: (command: DesktopCommand) => void): () => void {
  if (typeof listener !== 'function') throw new TypeError('onCommand needs a function.');
  const relay = (_event: unknown, command: DesktopCommand) => {
    listener(command);
  };
  ipcRenderer.on(DESKTOP_COMMAND_CHANNEL, relay);
  return () => {
    ipcRenderer.removeListener(DESKTOP_COMMAND_CHANNEL, relay);
  };
}

/** Named capabilities, one per channel. No ipcRenderer, no event objects, no generic send. */
const api: FirebreakDesktopApi = {
  getConfig: () => invoke('config:get'),
  rendererReady: async () => {
    await invoke('app:renderer-ready');
  },
  openExternal: (url) => invoke('shell:open-external', { url }),
  getSettings: () => invoke('settings:get'),
  updateSettings: (patch) => invoke('settings:update', patch),
  loadSession: () => invoke('session:load'),
  saveSession: (session) => invoke('session:save', session),
  clearSession: async () => {
    await invoke('session:clear');
  },
  offerArrived: (offer) => invoke('attention:offer', offer),
  offerEnded: async (contactId) => {
    await invoke('attention:offer-ended', { contactId });
  },
  updateTray: async (status) => {
    await invoke('tray:update', status);
  },
  currentOffer: () => invoke('pop-window:current'),
  acceptOffer: async (contactId) => {
    await invoke('pop-window:accept', { contactId });
  },
  onCommand,
};

contextBridge.exposeInMainWorld('firebreak', Object.freeze(api));
