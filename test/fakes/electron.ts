/**
 * A readable fake of the parts of `electron` Firebreak uses. The vitest `electron` project
 * aliases `electron` to this file; tests drive it through `fakeElectron()` from
 * electron/testing/fake-electron.ts (the controls' types live there, see why in that file).
 *
 * Where Electron has a default, the fake keeps it, so a missing hardening step shows up:
 * no window-open handler allows the popup, no permission handler grants the permission.
 */
import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';
import type {
  BrowserWindowConstructorOptions,
  HandlerDetails,
  HeadersReceivedResponse,
  MessageBoxOptions,
  MessageBoxReturnValue,
  WindowOpenHandlerResponse,
} from 'electron';
import type {
  FakeApp,
  FakeElectronControls,
  FakeIpcSender,
  FakeResponse,
  FakeSession,
  FakeWindow,
} from '../../electron/testing/fake-electron.js';

let nextId = 1;

/** Electron's Event: the params plus preventDefault / defaultPrevented. */
function electronEvent<P extends object>(params: P) {
  let prevented = false;
  return {
    ...params,
    preventDefault: (): void => {
      prevented = true;
    },
    get defaultPrevented(): boolean {
      return prevented;
    },
  };
}

class Frame {
  readonly routingId = nextId++;
  constructor(
    public url: string,
    readonly parent: Frame | null,
    readonly processId: number,
  ) {}
}

type PermissionDetails = { requestingUrl: string; isMainFrame: boolean };
type PermissionRequestHandler = (
  webContents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: PermissionDetails,
) => void;
type PermissionCheckHandler = (
  webContents: unknown,
  permission: string,
  requestingOrigin: string,
  details: PermissionDetails,
) => boolean;
type ResponseDetails = FakeResponse & { method: string; resourceType: string; statusCode: number };
type HeadersListener = (
  details: ResponseDetails,
  callback: (response: HeadersReceivedResponse) => void,
) => void;

class Session implements FakeSession {
  private requestHandler: PermissionRequestHandler | null = null;
  private checkHandler: PermissionCheckHandler | null = null;
  private headersListener: HeadersListener | null = null;

  readonly webRequest = {
    onHeadersReceived: (
      ...args: [HeadersListener | null] | [unknown, HeadersListener | null]
    ): void => {
      this.headersListener = args.length === 1 ? args[0] : args[1];
    },
  };

  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.requestHandler = handler;
  }

  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.checkHandler = handler;
  }

  requestPermission(
    permission: string,
    requestingUrl: string,
    isMainFrame = true,
  ): Promise<boolean> {
    const handler = this.requestHandler;
    if (handler === null) return Promise.resolve(true); // Electron grants by default.
    return new Promise((resolve) => {
      handler({}, permission, resolve, { requestingUrl, isMainFrame });
    });
  }

  checkPermission(permission: string, requestingUrl: string, isMainFrame = true): boolean {
    if (this.checkHandler === null) return true;
    return this.checkHandler(null, permission, new URL(requestingUrl).origin, {
      requestingUrl,
      isMainFrame,
    });
  }

  receiveHeaders(response: FakeResponse): Promise<HeadersReceivedResponse> {
    const listener = this.headersListener;
    if (listener === null) return Promise.resolve({});
    const details = { ...response, method: 'GET', resourceType: 'mainFrame', statusCode: 200 };
    return new Promise((resolve) => {
      listener(details, resolve);
    });
  }

  reset(): void {
    this.requestHandler = null;
    this.checkHandler = null;
    this.headersListener = null;
  }
}

const defaultSession = new Session();

class WebContents extends EventEmitter {
  readonly id = nextId++;
  readonly session = defaultSession;
  readonly mainFrame = new Frame('about:blank', null, this.id);
  windowOpenHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | null = null;

  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.windowOpenHandler = handler;
  }
}

class BrowserWindow extends EventEmitter implements FakeWindow {
  static getAllWindows(): BrowserWindow[] {
    return state.windows.filter((window) => !window.destroyed);
  }

  readonly webContents = new WebContents();
  loaded: { file: string } | { url: string } | undefined = undefined;
  shown = false;
  focused = false;
  minimized = false;
  destroyed = false;

  constructor(readonly options: BrowserWindowConstructorOptions = {}) {
    super();
    state.windows.push(this);
  }

  // ── the part of BrowserWindow main code calls ──
  loadFile(file: string): Promise<void> {
    this.loaded = { file };
    this.webContents.mainFrame.url = pathToFileURL(file).href;
    return Promise.resolve();
  }
  loadURL(url: string): Promise<void> {
    this.loaded = { url };
    this.webContents.mainFrame.url = new URL(url).href;
    return Promise.resolve();
  }
  show(): void {
    this.shown = true;
  }
  focus(): void {
    this.focused = true;
  }
  isMinimized = (): boolean => this.minimized;
  restore(): void {
    this.minimized = false;
  }
  isDestroyed = (): boolean => this.destroyed;
  close(): void {
    this.destroyed = true;
    this.emit('closed');
    if (BrowserWindow.getAllWindows().length === 0) fakeApp.emit('window-all-closed');
  }

  // ── FakeWindow: what the page and Chromium do ──
  get mainFrame(): Frame {
    return this.webContents.mainFrame;
  }
  addChildFrame(url: string): Frame {
    return new Frame(url, this.mainFrame, this.mainFrame.processId);
  }
  navigate(url: string, { isSameDocument = false } = {}): boolean {
    const frame = this.mainFrame;
    const event = electronEvent({
      url,
      isSameDocument,
      isMainFrame: true,
      frame,
      initiator: frame,
    });
    this.webContents.emit('will-navigate', event, url); // (the deprecated positional args omitted)
    return event.defaultPrevented;
  }
  windowOpen(url: string): WindowOpenHandlerResponse {
    const handler = this.webContents.windowOpenHandler;
    if (handler === null) return { action: 'allow' }; // Electron opens the popup by default.
    const referrer = { url: this.mainFrame.url, policy: 'default' } as const;
    return handler({ url, frameName: '', features: '', disposition: 'new-window', referrer });
  }
  attachWebview(): boolean {
    const event = electronEvent({});
    this.webContents.emit('will-attach-webview', event, {}, {});
    return event.defaultPrevented;
  }
  becomeReadyToShow(): void {
    this.emit('ready-to-show');
  }
}

class App extends EventEmitter implements FakeApp {
  isPackaged = false;
  version = '0.1.0';
  hasSingleInstanceLock = true;
  exitCode: number | undefined = undefined;
  quitRequested = false;
  sandboxEnabled = false;
  private ready = false;

  whenReady(): Promise<void> {
    return Promise.resolve().then(() => {
      this.ready = true;
    });
  }
  isReady = (): boolean => this.ready;
  getVersion = (): string => this.version;
  requestSingleInstanceLock = (): boolean => this.hasSingleInstanceLock;
  enableSandbox(): void {
    this.sandboxEnabled = true;
  }
  exit(code = 0): void {
    this.exitCode = code;
  }
  quit(): void {
    this.quitRequested = true;
  }
  reset(): void {
    this.removeAllListeners();
    this.isPackaged = false;
    this.version = '0.1.0';
    this.hasSingleInstanceLock = true;
    this.exitCode = undefined;
    this.quitRequested = false;
    this.sandboxEnabled = false;
    this.ready = false;
  }
}

type InvokeListener = (event: object, ...args: unknown[]) => unknown;
type RendererAnswer = (channel: string, args: readonly unknown[]) => unknown;
const answerNothing: RendererAnswer = () => undefined;

/** Everything the fake records. Cleared in place by reset(), so the controls can hand it out. */
const state = {
  windows: [] as BrowserWindow[],
  handlers: new Map<string, InvokeListener>(),
  exposed: new Map<string, unknown>(),
  rendererInvocations: [] as { channel: string; args: unknown[] }[],
  rendererAnswer: answerNothing,
  messageBoxes: [] as MessageBoxOptions[],
  messageBoxButton: 0,
  errorBoxes: [] as { title: string; content: string }[],
  openedExternally: [] as string[],
};
const fakeApp = new App();

function clear(...lists: unknown[][]): void {
  for (const list of lists) list.length = 0;
}

function windowFor(window: object): BrowserWindow {
  const found = state.windows.find((candidate) => candidate === window);
  if (found === undefined) throw new Error('windowFor: not a BrowserWindow from this fake.');
  return found;
}

/** Renderer → main, as Electron does it: arguments and result are structured-cloned. */
async function invokeMain(
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

export const app = fakeApp;
export { BrowserWindow };
export const session = { defaultSession };

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

export const ipcRenderer = {
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    state.rendererInvocations.push({ channel, args });
    return Promise.resolve(state.rendererAnswer(channel, args));
  },
};

export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    if (state.exposed.has(key))
      throw new Error(`Cannot bind an API on top of an existing property on the window object`);
    state.exposed.set(key, api);
  },
};

export const shell = {
  openExternal(url: string): Promise<void> {
    state.openedExternally.push(url);
    return Promise.resolve();
  },
};

export const dialog = {
  showMessageBox(
    ...args: [MessageBoxOptions] | [unknown, MessageBoxOptions]
  ): Promise<MessageBoxReturnValue> {
    state.messageBoxes.push(args.length === 1 ? args[0] : args[1]);
    return Promise.resolve({ response: state.messageBoxButton, checkboxChecked: false });
  },
  showErrorBox(title: string, content: string): void {
    state.errorBoxes.push({ title, content });
  },
};

export const fakeElectron = {
  reset() {
    clear(state.windows, state.rendererInvocations, state.messageBoxes, state.errorBoxes);
    clear(state.openedExternally);
    state.handlers.clear();
    state.exposed.clear();
    state.rendererAnswer = answerNothing;
    state.messageBoxButton = 0;
    fakeApp.reset();
    defaultSession.reset();
  },
  app: fakeApp,
  windows: state.windows,
  windowFor,
  session: defaultSession,
  get handledChannels() {
    return [...state.handlers.keys()];
  },
  invokeMain,
  exposedInMainWorld: state.exposed,
  rendererInvocations: state.rendererInvocations,
  answerRendererInvocations(answer: RendererAnswer) {
    state.rendererAnswer = answer;
  },
  messageBoxes: state.messageBoxes,
  clickMessageBoxButton(index: number) {
    state.messageBoxButton = index;
  },
  errorBoxes: state.errorBoxes,
  openedExternally: state.openedExternally,
} satisfies FakeElectronControls;
