import path from 'node:path';
import { app, dialog } from 'electron';
import type { BrowserWindow } from 'electron';
import { handleAppProtocol, registerAppScheme } from './app-protocol.js';
import { startAutoUpdates } from './auto-update.js';
import { loadDesktopConfig } from './config.js';
import { buildContentSecurityPolicy } from './csp.js';
import { registerDeepLinks } from './deep-links.js';
import { createDesktopServices } from './desktop-services.js';
import { createHandle, registerDesktopIpc, senderRoleAmong } from './ipc.js';
import { log } from './log.js';
import { devServerOrigin, isRendererUrl, resolveRendererLocation } from './renderer-location.js';
import type { RendererLocation } from './renderer-location.js';
import { safeOpenExternal } from './safe-open-external.js';
import { createSettingsStore } from './settings-store.js';
import type { SettingsStore } from './settings-store.js';
import { createMainWindow, createPopWindow } from './window.js';

export interface DesktopAppOptions {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The folder holding the built main bundle (`out/main`); preload and renderer sit beside it. */
  readonly mainDir: string;
}

interface Startup {
  readonly gatewayUrl: string;
  readonly renderer: RendererLocation;
  readonly settings: SettingsStore;
}

/**
 * Config problems stop the app with a message a support desk can act on. The agent's own
 * gateway setting wins over FIREBREAK_GATEWAY_URL (which an installer or admin sets).
 */
function readStartup(options: DesktopAppOptions): Startup | undefined {
  try {
    const settings = createSettingsStore({
      file: path.join(app.getPath('userData'), 'settings.json'),
    });
    const { gatewayUrl } = settings.load();
    return {
      gatewayUrl: gatewayUrl ?? loadDesktopConfig(options.env).gatewayUrl,
      renderer: resolveRendererLocation({
        isPackaged: app.isPackaged,
        env: options.env,
        rendererDir: path.join(options.mainDir, '../renderer'),
      }),
      settings,
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log.error(message);
    dialog.showErrorBox('Firebreak cannot start', message);
    app.exit(1);
    return undefined;
  }
}

/**
 * The desktop's lifecycle: config and settings, single instance and deep links, sandbox, the
 * app:// scheme, IPC, then the hardened main window, tray and updates once ready. Runs
 * synchronously up to `whenReady`, so everything that must precede `ready` does.
 */
export function startDesktopApp(options: DesktopAppOptions): void {
  if (!app.requestSingleInstanceLock()) {
    // The running app gets our argv (and any deep link) in its `second-instance` event.
    app.quit();
    return;
  }
  const startup = readStartup(options);
  if (startup === undefined) return;
  app.enableSandbox();
  registerAppScheme();

  const { gatewayUrl, renderer, settings } = startup;
  const isOurRendererUrl = (url: string): boolean => isRendererUrl(renderer, url);
  const contentSecurityPolicy = buildContentSecurityPolicy({
    gatewayUrl,
    devServerOrigin: devServerOrigin(renderer),
  });
  const preloadPath = path.join(options.mainDir, '../preload/preload.cjs');
  let mainWindow: BrowserWindow | null = null;

  const showMainWindow = (): void => {
    if (mainWindow === null || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  };
  const services = createDesktopServices({
    settings,
    mainWindow: () => mainWindow,
    showMainWindow,
    createPopWindow: () => createPopWindow({ preloadPath, renderer, contentSecurityPolicy }),
    // Packaged: electron-builder copies assets/ into resources (extraResources).
    assetsDir:
      app.isPackaged && typeof process.resourcesPath === 'string'
        ? path.join(process.resourcesPath, 'assets')
        : path.join(options.mainDir, '../../assets'),
  });
  const { readiness } = services;

  registerDesktopIpc({
    handle: createHandle(
      senderRoleAmong(
        () => [
          ['main', mainWindow],
          ['pop', services.popWindow()],
        ],
        isOurRendererUrl,
      ),
    ),
    gatewayUrl,
    readiness,
    openExternal: (url) => safeOpenExternal(url, mainWindow),
    settings,
    session: services.session,
    attention: services.attention,
    tray: { update: (status) => services.tray()?.update(status) },
  });

  // Before `ready`: macOS delivers a launching link in `open-url` that early.
  registerDeepLinks({
    onLink: (link) => services.pushToMain({ type: 'open-link', link }),
    focus: showMainWindow,
    isPackaged: app.isPackaged,
  });

  const openMainWindow = (): void => {
    const window = createMainWindow({ preloadPath, renderer, contentSecurityPolicy });
    window.webContents.on('did-start-navigation', (details) => {
      if (details.isMainFrame && !details.isSameDocument) readiness.main.reset();
    });
    window.webContents.on('render-process-gone', () => {
      readiness.main.reset();
    });
    window.on('closed', () => {
      readiness.main.reset();
      mainWindow = null;
      services.closePopWindow();
    });
    mainWindow = window;
  };

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (mainWindow === null && app.isReady()) openMainWindow();
  });
  app.on('before-quit', () => {
    services.dispose();
  });
  app
    .whenReady()
    .then(() => {
      if (renderer.kind === 'bundled') {
        handleAppProtocol({ rendererDir: renderer.rendererDir, contentSecurityPolicy });
      }
      openMainWindow();
      services.startTray();
      void startAutoUpdates({ isPackaged: app.isPackaged, env: options.env });
    })
    .catch((error: unknown) => {
      log.error('Firebreak could not open its window.', error);
      app.exit(1);
    });
}
