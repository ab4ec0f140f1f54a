/** The fake BrowserWindow and its webContents, frames included. */
import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';
import type {
  BrowserWindowConstructorOptions,
  HandlerDetails,
  Rectangle,
  WindowOpenHandlerResponse,
} from 'electron';
import type { FakeWindow, FakeWindowMessage } from '../../../electron/testing/fake-electron.js';
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
  readonly sent: FakeWindowMessage[] = [];
  destroyed = false;

  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.windowOpenHandler = handler;
  }
  /** Main → page: recorded as the page would receive it (a structured clone). */
  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new TypeError('Object has been destroyed');
    this.sent.push({ channel, args: structuredClone(args) });
  }
  isDestroyed = (): boolean => this.destroyed;
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
  flashing = false;
  alwaysOnTop: boolean;
  bounds: Rectangle;

  constructor(readonly options: BrowserWindowConstructorOptions = {}) {
    super();
    state.windows.push(this);
    this.alwaysOnTop = options.alwaysOnTop ?? false;
    this.bounds = {
      x: options.x ?? 0,
      y: options.y ?? 0,
      width: options.width ?? 800,
      height: options.height ?? 600,
    };
    // Electron shows (and focuses) a new window unless told `show: false`.
    if (options.show ?? true) this.show();
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
  /** Like Electron: shows the window and gives it the focus. */
  show(): void {
    this.alive();
    this.shown = true;
    this.takeFocus();
  }
  /** Shows the window without taking the focus (keystrokes stay where they were). */
  showInactive(): void {
    this.alive();
    this.shown = true;
  }
  hide(): void {
    this.alive();
    this.shown = false;
    this.dropFocus();
  }
  isVisible = (): boolean => this.shown && !this.destroyed;
  focus(): void {
    this.alive();
    this.takeFocus();
  }
  isFocused = (): boolean => this.focused;
  minimize(): void {
    this.alive();
    this.dropFocus();
    this.minimized = true;
    this.emit('minimize');
  }
  isMinimized = (): boolean => this.minimized;
  restore(): void {
    this.alive();
    if (!this.minimized) return;
    this.minimized = false;
    this.emit('restore');
  }
  /** Records the request only: like macOS and Linux, flashing does not stop by itself. */
  flashFrame(flag: boolean): void {
    this.alive();
    this.flashing = flag;
  }
  setAlwaysOnTop(flag: boolean): void {
    this.alive();
    this.alwaysOnTop = flag;
  }
  isAlwaysOnTop = (): boolean => this.alwaysOnTop;
  setPosition(x: number, y: number): void {
    this.alive();
    this.bounds = { ...this.bounds, x, y };
  }
  getPosition = (): number[] => [this.bounds.x, this.bounds.y];
  getSize = (): number[] => [this.bounds.width, this.bounds.height];
  getBounds = (): Rectangle => ({ ...this.bounds });
  isDestroyed = (): boolean => this.destroyed;
  /** 'close' (main may prevent it), then as destroy(). */
  close(): void {
    if (this.destroyed) return;
    const event = electronEvent({});
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
  }
  /** Closes at once: no 'close' event, only 'closed' (as Electron's destroy()). */
  destroy(): void {
    if (this.destroyed) return;
    this.focused = false;
    this.destroyed = true;
    this.webContents.destroyed = true;
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
  get visible(): boolean {
    return this.isVisible();
  }
  get sent(): readonly FakeWindowMessage[] {
    return this.webContents.sent;
  }
  userFocuses(): void {
    this.restore();
    this.shown = true;
    this.takeFocus();
  }
  userSwitchesAway(): void {
    this.dropFocus();
  }
  userMinimizes(): void {
    this.minimize();
  }

  private takeFocus(): void {
    for (const other of BrowserWindow.getAllWindows()) {
      if (other !== this) other.dropFocus();
    }
    if (this.focused) return;
    this.focused = true;
    this.emit('focus');
  }
  private dropFocus(): void {
    if (!this.focused) return;
    this.focused = false;
    this.emit('blur');
  }
  /** Electron throws when a destroyed window is used. */
  private alive(): void {
    if (this.destroyed) throw new TypeError('Object has been destroyed');
  }
}

export function windowFor(window: object): BrowserWindow {
  const found = state.windows.find((candidate) => candidate === window);
  if (found === undefined) throw new Error('windowFor: not a BrowserWindow from this fake.');
  return found;
}
