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
  MenuItemConstructorOptions,
  MessageBoxOptions,
  NotificationConstructorOptions,
  Rectangle,
  Settings,
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
  /**
   * The user closes the window: 'close' (main may prevent it), then 'closed', then the app's
   * 'window-all-closed' if it was the last.
   */
  close(): void;
  /** Visible on screen: show() or showInactive() and not hidden since (minimized still counts). */
  readonly visible: boolean;
  readonly focused: boolean;
  readonly minimized: boolean;
  readonly destroyed: boolean;
  /** Asking for attention: flashFrame(true) with no flashFrame(false) since (never stops by itself). */
  readonly flashing: boolean;
  readonly alwaysOnTop: boolean;
  readonly bounds: Rectangle;
  /** What main sent to the page with webContents.send, oldest first (structured clones). */
  readonly sent: readonly FakeWindowMessage[];
  /** The user clicks into the window: it takes the focus from any other ('blur', then 'focus'). */
  userFocuses(): void;
  /** The user switches to another app: the window loses the focus ('blur'). */
  userSwitchesAway(): void;
  /** The user minimizes the window ('blur' if it had the focus, then 'minimize'). */
  userMinimizes(): void;
}

export interface FakeWindowMessage {
  readonly channel: string;
  readonly args: readonly unknown[];
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
  /** The options of each app.focus() call, oldest first. */
  readonly focusRequests: readonly ({ readonly steal?: boolean } | undefined)[];
  /** Fires an app event ('activate', 'second-instance', 'window-all-closed', …). */
  emit(event: string, ...args: unknown[]): boolean;
  /** app.setAsDefaultProtocolClient calls, oldest first. */
  readonly protocolClients: readonly FakeProtocolClient[];
  /** app.setLoginItemSettings calls, oldest first (app.getLoginItemSettings answers the last). */
  readonly loginItemCalls: readonly Settings[];
  /** macOS hands the app a URL ('open-url'); true when main called preventDefault. */
  openUrl(url: string): boolean;
  /** Another instance starts with `argv`; it gives up and this one gets 'second-instance'. */
  launchSecondInstance(argv: readonly string[], workingDirectory?: string): void;
}

export interface FakeProtocolClient {
  readonly protocol: string;
  readonly path: string | undefined;
  readonly args: readonly string[] | undefined;
}

/** What safeStorage.getSelectedStorageBackend() can answer (Linux). */
export type StorageBackend = ReturnType<typeof electron.safeStorage.getSelectedStorageBackend>;

export interface FakeSafeStorage {
  /**
   * What isAsyncEncryptionAvailable() resolves to once the app is ready (default true); before
   * ready it resolves false, as on Windows and Linux.
   */
  encryptionAvailable: boolean;
  /** What getSelectedStorageBackend() answers once the app is ready (default 'gnome_libsecret'). */
  storageBackend: StorageBackend;
  /** The OS key changes (keychain reset, profile copied to another machine): old data no longer decrypts. */
  changeKey(): void;
  /** The OS rotates its key: old data still decrypts, with `shouldReEncrypt: true`. */
  rotateKey(): void;
  /** What encryptStringAsync would write now, for planting files in tests. */
  encrypt(plainText: string): Buffer;
}

/** A Notification main created; it is on screen between show() and close() or the user's dismissal. */
export interface FakeNotification {
  readonly options: NotificationConstructorOptions;
  /** show() was called. */
  readonly shown: boolean;
  /** On screen now: shown and neither closed by main nor dismissed by the user. */
  readonly open: boolean;
  /** The user clicks it ('click'); throws if it is not on screen. */
  click(): void;
  /** The user dismisses it ('close'). */
  dismiss(): void;
}

export interface FakeNotifications {
  /** What Notification.isSupported() answers (default true). */
  supported: boolean;
  /** Every Notification constructed since the last reset, oldest first, shown or not. */
  readonly all: readonly FakeNotification[];
  /** The ones on screen now, oldest first. */
  readonly open: readonly FakeNotification[];
}

/** An item of a menu built with Menu.buildFromTemplate, as the user sees it. */
export interface FakeMenuItem {
  readonly type: NonNullable<MenuItemConstructorOptions['type']>;
  readonly label: string;
  readonly enabled: boolean;
  readonly visible: boolean;
  readonly checked: boolean;
  /**
   * The user clicks it. Like the OS, a disabled or hidden item ignores the click (false);
   * otherwise a radio item becomes the checked one of its group, a checkbox toggles, and the
   * item's `click` runs (true).
   */
  click(): boolean;
}

export interface FakeMenu {
  readonly items: readonly FakeMenuItem[];
  /** The item with this label; throws, listing the labels, if there is none. */
  item(label: string): FakeMenuItem;
}

export interface FakeTray {
  /** The image path it was created with (null for a NativeImage). */
  readonly imagePath: string | null;
  readonly toolTip: string;
  /** The menu of the last setContextMenu call (null before any). */
  readonly contextMenu: FakeMenu | null;
  /** How many times setContextMenu was called (Linux shows a changed menu only when it is set again). */
  readonly contextMenuSets: number;
  readonly destroyed: boolean;
  /** The user clicks the icon ('click'). */
  click(): void;
}

export interface FakeGlobalShortcut {
  /** Accelerators this app holds now, in registration order (compared as written). */
  readonly registered: readonly string[];
  /** How many times unregisterAll() was called (it would drop shortcuts other modules hold). */
  readonly unregisterAllCalls: number;
  /** Another app holds `accelerator`: register() answers false for it, as the OS makes it. */
  takeByOtherApp(accelerator: string): void;
  /** The user presses `accelerator`, in any app; true when one of our callbacks ran. */
  press(accelerator: string): boolean;
}

export interface FakePowerMonitor {
  /** What powerMonitor.getSystemIdleTime() answers, in whole seconds (default 0: in use). */
  systemIdleTime: number;
}

export interface FakeScreen {
  /** The primary display's work area (the screen minus taskbar, dock and menu bar). */
  primaryWorkArea: Rectangle;
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
  readonly safeStorage: FakeSafeStorage;
  readonly notifications: FakeNotifications;
  /** Every Tray created since the last reset, oldest first. */
  readonly trays: readonly FakeTray[];
  readonly globalShortcut: FakeGlobalShortcut;
  readonly powerMonitor: FakePowerMonitor;
  readonly screen: FakeScreen;
  /** Main sends on `channel` to the preload's ipcRenderer.on listeners; returns how many got it. */
  pushToRenderer(channel: string, ...args: unknown[]): number;
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
