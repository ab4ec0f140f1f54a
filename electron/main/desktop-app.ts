import path from 'node:path';
import { app, dialog } from 'electron';
import type { BrowserWindow } from 'electron';
import { handleAppProtocol, registerAppScheme } from './app-protocol.js';
import { loadDesktopConfig } from './config.js';
import type { DesktopEnvConfig } from './config.js';
import { buildContentSecurityPolicy } from './csp.js';
import { createHandle, isOurRendererFrame, registerDesktopIpc } from './ipc.js';
import { log } from './log.js';
import { devServerOrigin, isRendererUrl, resolveRendererLocation } from './renderer-location.js';
import type { RendererLocation } from './renderer-location.js';
import { createRendererReadiness } from './renderer-readiness.js';
import { safeOpenExternal } from './safe-open-external.js';
import { createMainWindow } from './window.js';

export interface DesktopAppOptions {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The folder holding the built main bundle (`out/main`); preload and renderer sit beside it. */
  readonly mainDir: string;
}

interface Startup {
  readonly config: DesktopEnvConfig;
  readonly renderer: RendererLocation;
}

/** Config problems stop the app with a message a support desk can act on. */
function readStartup(options: DesktopAppOptions): Startup | undefined {
  try {
    return {
      config: loadDesktopConfig(options.env),
      renderer: resolveRendererLocation({
        isPackaged: app.isPackaged,
        env: options.env,
        rendererDir: path.join(options.mainDir, '../renderer'),
      }),
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
 * Single-window lifecycle: config, sandbox, the app:// scheme, IPC, then the one hardened window.
 * Runs synchronously up to `whenReady`, so everything that must precede `ready` does.
 */
export function startDesktopApp(options: DesktopAppOptions): void {
  const startup = readStartup(options);
  if (startup === undefined) return;
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.enableSandbox();
  registerAppScheme();

  const { config, renderer } = startup;
  const isOurRendererUrl = (url: string): boolean => isRendererUrl(renderer, url);
  const contentSecurityPolicy = buildContentSecurityPolicy({
    gatewayUrl: config.gatewayUrl,
    devServerOrigin: devServerOrigin(renderer),
  });
  const readiness = createRendererReadiness();
  let mainWindow: BrowserWindow | null = null;

  registerDesktopIpc({
    handle: createHandle((event) => isOurRendererFrame(event, mainWindow, isOurRendererUrl)),
    gatewayUrl: config.gatewayUrl,
    readiness,
    openExternal: (url) => safeOpenExternal(url, mainWindow),
  });

  const openMainWindow = (): void => {
    const window = createMainWindow({
      preloadPath: path.join(options.mainDir, '../preload/preload.cjs'),
      renderer,
      contentSecurityPolicy,
    });
    window.webContents.on('did-start-navigation', (details) => {
      if (details.isMainFrame && !details.isSameDocument) readiness.reset();
    });
    window.webContents.on('render-process-gone', () => {
      readiness.reset();
    });
    window.on('closed', () => {
      readiness.reset();
      mainWindow = null;
    });
    mainWindow = window;
  };

  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (mainWindow === null && app.isReady()) openMainWindow();
  });
  app
    .whenReady()
    .then(() => {
      if (renderer.kind === 'bundled') {
        handleAppProtocol({ rendererDir: renderer.rendererDir, contentSecurityPolicy });
      }
      openMainWindow();
    })
    .catch((error: unknown) => {
      log.error('Firebreak could not open its window.', error);
      app.exit(1);
    });
}
