/** The fake BrowserWindow and its webContents, frames included. */
import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';
import type {
  BrowserWindowConstructorOptions,
  HandlerDetails,
  WindowOpenHandlerResponse,
} from 'electron';
import type { FakeWindow } from '../../../electron/testing/fake-electron.js';
import { fakeApp } from './app.js';
import { electronEvent, newId } from './events.js';
import { defaultSession } from './session.js';
import { state } from './state.js';

export class Frame {
  readonly routingId = newId();
  constructor(
    public url: string,
    readonly parent: Frame | null,
    readonly processId: number,
  ) {}
}

export class WebContents extends EventEmitter {
  readonly id = newId();
  readonly session = defaultSession;
  readonly mainFrame = new Frame('about:blank', null, this.id);
  windowOpenHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | null = null;

  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.windowOpenHandler = handler;
  }
}

export class BrowserWindow extends EventEmitter implements FakeWindow {
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

export function windowFor(window: object): BrowserWindow {
  const found = state.windows.find((candidate) => candidate === window);
  if (found === undefined) throw new Error('windowFor: not a BrowserWindow from this fake.');
  return found;
}
