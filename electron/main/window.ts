import { BrowserWindow } from 'electron';
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { installContentSecurityPolicy } from './csp.js';
import { log } from './log.js';
import { denyPermissionsByDefault } from './permissions.js';
import { isRendererUrl, loadRenderer } from './renderer-location.js';
import type { RendererLocation, RendererView } from './renderer-location.js';
import { checkExternalUrl, safeOpenExternal } from './safe-open-external.js';

export interface MainWindowOptions {
  /** Absolute path of the built preload (CommonJS: sandboxed preloads cannot be ES modules). */
  readonly preloadPath: string;
  readonly renderer: RendererLocation;
  readonly contentSecurityPolicy: string;
  /** How allow-listed links from window.open leave the app. */
  readonly openExternal?: (url: string, parent: BrowserWindow) => Promise<boolean>;
}

/** The renderer is a web page with a bridge, nothing more. Never relax these for tests. */
export function hardenedWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
  };
}

/** The compact pop window's size: one offer's lines and an Accept button. */
export const POP_WINDOW_SIZE = { width: 360, height: 140 } as const;

/** The kinds of window Firebreak opens; each is a view of the same hardened renderer. */
const WINDOW_KINDS = {
  main: {
    view: 'main',
    appearance: { width: 1440, height: 900, minWidth: 1024, minHeight: 640 },
    /** Shown and focused once painted: the agent just opened the app. */
    reveal: (window) => {
      window.show();
    },
  },
  pop: {
    view: 'pop',
    /**
     * A small frameless toast above other apps. alwaysOnTop without a level is 'floating': above
     * ordinary windows but below the taskbar/Dock, menus and full-screen apps ('screen-saver'
     * would cover the agent's softphone menus and system dialogs). The pop view marks its own
     * drag region (-webkit-app-region). No taskbar entry, no resizing, nothing to maximize.
     */
    appearance: {
      ...POP_WINDOW_SIZE,
      useContentSize: true,
      frame: false,
      alwaysOnTop: true,
      skipTaskbar: true,
      resizable: false,
      minimizable: false,
      maximizable: false,
      fullscreenable: false,
    },
    /** Shown without the focus, so the agent's typing stays in the app they are typing in. */
    reveal: (window) => {
      window.showInactive();
    },
  },
} as const satisfies Record<
  string,
  {
    view: RendererView;
    appearance: BrowserWindowConstructorOptions;
    reveal: (window: BrowserWindow) => void;
  }
>;

/** The one window factory: the main window. Every BrowserWindow Firebreak opens comes from here. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  return createHardenedWindow(options, 'main');
}

/**
 * The compact always-on-top pop window (settings.pop.compactWindow): the renderer's `?view=pop`,
 * hardened exactly as the main window. Hidden until painted, then shown inactive. The caller
 * places it (see pop-window.ts).
 */
export function createPopWindow(options: MainWindowOptions): BrowserWindow {
  return createHardenedWindow(options, 'pop');
}

function createHardenedWindow(
  options: MainWindowOptions,
  kind: keyof typeof WINDOW_KINDS,
): BrowserWindow {
  const { view, appearance, reveal } = WINDOW_KINDS[kind];
  const openExternal = options.openExternal ?? safeOpenExternal;
  const window = new BrowserWindow({
    title: 'Firebreak',
    ...appearance,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: hardenedWebPreferences(options.preloadPath),
  });
  const { webContents } = window;
  const isOurRenderer = (url: string): boolean => isRendererUrl(options.renderer, url);

  denyPermissionsByDefault(webContents.session, isOurRenderer);
  installContentSecurityPolicy(webContents.session, options.contentSecurityPolicy);

  webContents.on('will-navigate', (event) => {
    if (event.isSameDocument) return;
    event.preventDefault();
    log.warn('Blocked a navigation away from the renderer.');
  });
  webContents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log.warn('Blocked a <webview>.');
  });
  webContents.setWindowOpenHandler(({ url }) => {
    if (checkExternalUrl(url).allowed) {
      void openExternal(url, window);
    } else {
      log.warn('Blocked window.open.');
    }
    return { action: 'deny' };
  });

  window.once('ready-to-show', () => {
    reveal(window);
  });
  loadRenderer(window, options.renderer, view).catch((error: unknown) => {
    log.error('The renderer failed to load.', error);
  });
  return window;
}
