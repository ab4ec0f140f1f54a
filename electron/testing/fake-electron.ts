/**
 * Test-only: the controls of the fake `electron` module (test/fakes/electron.ts and the pieces
 * under test/fakes/electron/), which the
 * vitest `electron` project aliases in place of the real one.
 *
 * Why this lives here: lint keeps electron/ from importing test/, and the code under test must
 * typecheck against the real Electron types. So tests use the real API where it can say what
 * they need, and these controls for what only a fake can do (play the page, the user, Chromium).
 * The fake declares `satisfies FakeElectronControls`, so this file and the fake cannot drift.
 * Nothing in electron/main or electron/preload imports this file; it is never bundled.
 */
import * as electron from 'electron';
import type {
  BrowserWindowConstructorOptions,
  CustomScheme,
  HeadersReceivedResponse,
  MessageBoxOptions,
  WindowOpenHandlerResponse,
} from 'electron';

/** A frame as Electron's WebFrameMain shows it to sender checks. */
export interface FakeFrame {
  readonly url: string;
  readonly parent: FakeFrame | null;
  readonly processId: number;
  readonly routingId: number;
}

export interface FakeWindow {
  readonly options: BrowserWindowConstructorOptions;
  /** What main loaded into it: a file path or a URL. */
  readonly loaded: { readonly file: string } | { readonly url: string } | undefined;
  readonly shown: boolean;
  readonly mainFrame: FakeFrame;
  /** An iframe inside the page. */
  addChildFrame(url: string): FakeFrame;
  /** The page starts a navigation; true when main prevented it. */
  navigate(url: string, options?: { readonly isSameDocument?: boolean }): boolean;
  /** The page calls window.open(url); returns main's answer. */
  windowOpen(url: string): WindowOpenHandlerResponse;
  /** The page puts a <webview> in the DOM; true when main prevented it. */
  attachWebview(): boolean;
  /** Chromium has painted the first frame. */
  becomeReadyToShow(): void;
  /** The user closes the window ('closed', then the app's 'window-all-closed' if it was the last). */
  close(): void;
}

export interface FakeResponse {
  readonly url: string;
  readonly responseHeaders?: Record<string, string[]>;
}

export interface FakeSession {
  /** A page asks for a permission; resolves with what the session's handler granted. */
  requestPermission(
    permission: string,
    requestingUrl: string,
    isMainFrame?: boolean,
  ): Promise<boolean>;
  /** Chromium checks a permission synchronously. */
  checkPermission(permission: string, requestingUrl: string, isMainFrame?: boolean): boolean;
  /** A response arrives; returns what the onHeadersReceived listener made of it. */
  receiveHeaders(response: FakeResponse): Promise<HeadersReceivedResponse>;
}

export interface FakeProtocol {
  /** Schemes passed to protocol.registerSchemesAsPrivileged (the fake throws once ready, as Electron does). */
  readonly privilegedSchemes: readonly CustomScheme[];
  /** Schemes with a protocol.handle handler (the fake throws before ready, as Electron does). */
  readonly handledSchemes: readonly string[];
  /**
   * Chromium requests a URL (a string is a GET); resolves with what main's handler answered.
   * Rejects like Chromium (net::ERR_UNKNOWN_URL_SCHEME) when the scheme has no handler.
   */
  request(input: string | Request): Promise<Response>;
}

export interface FakeIpcSender {
  readonly window: FakeWindow;
  /** Defaults to the window's main frame; `null` is a frame that has already gone. */
  readonly frame?: FakeFrame | null;
}

export interface FakeApp {
  isPackaged: boolean;
  version: string;
  /** What requestSingleInstanceLock() answers. */
  hasSingleInstanceLock: boolean;
  readonly exitCode: number | undefined;
  readonly quitRequested: boolean;
  readonly sandboxEnabled: boolean;
  /** Fires an app event ('activate', 'second-instance', 'window-all-closed', …). */
  emit(event: string, ...args: unknown[]): boolean;
}

export interface FakeElectronControls {
  /** Back to a fresh app: no windows, handlers, exposures, dialogs or recorded calls. */
  reset(): void;
  readonly app: FakeApp;
  /** Every BrowserWindow constructed since the last reset, oldest first. */
  readonly windows: readonly FakeWindow[];
  /** The fake behind a BrowserWindow that main code created. */
  windowFor(window: object): FakeWindow;
  readonly session: FakeSession;
  readonly protocol: FakeProtocol;
  /** Channels registered with ipcMain.handle. */
  readonly handledChannels: readonly string[];
  /** The renderer invokes `channel`; runs main's handler as Electron would. */
  invokeMain(channel: string, sender: FakeIpcSender, ...args: unknown[]): Promise<unknown>;
  /** What the preload passed to contextBridge.exposeInMainWorld, by key. */
  readonly exposedInMainWorld: ReadonlyMap<string, unknown>;
  /** Calls the preload made to ipcRenderer.invoke. */
  readonly rendererInvocations: readonly {
    readonly channel: string;
    readonly args: readonly unknown[];
  }[];
  /** What ipcRenderer.invoke resolves with (default: undefined). */
  answerRendererInvocations(answer: (channel: string, args: readonly unknown[]) => unknown): void;
  /** Every dialog.showMessageBox shown, oldest first. */
  readonly messageBoxes: readonly MessageBoxOptions[];
  /** The user clicks the button with this index in the next message boxes (default 0). */
  clickMessageBoxButton(index: number): void;
  readonly errorBoxes: readonly { readonly title: string; readonly content: string }[];
  /** URLs handed to shell.openExternal. */
  readonly openedExternally: readonly string[];
}

/** The fake's controls. Throws if `electron` is not aliased to the fake (wrong vitest project). */
export function fakeElectron(): FakeElectronControls {
  const controls: unknown = Reflect.get(electron, 'fakeElectron');
  if (typeof controls !== 'object' || controls === null) {
    throw new Error(
      "'electron' is not the fake: run these tests with `vitest --project electron`.",
    );
  }
  return controls as FakeElectronControls;
}
