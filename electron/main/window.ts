import { BrowserWindow } from 'electron';
import type { WebPreferences } from 'electron';
import { installContentSecurityPolicy } from './csp.js';
import { log } from './log.js';
import { denyPermissionsByDefault } from './permissions.js';
import { isRendererUrl, loadRenderer } from './renderer-location.js';
import type { RendererLocation } from './renderer-location.js';
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

/** The one window factory. Every BrowserWindow Firebreak opens comes from here. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const openExternal = options.openExternal ?? safeOpenExternal;
  const window = new BrowserWindow({
    title: 'Firebreak',
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
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
    window.show();
  });
  loadRenderer(window, options.renderer).catch((error: unknown) => {
    log.error('The renderer failed to load.', error);
  });
  return window;
}
