import path from 'node:path';
import { app } from 'electron';
import type { BrowserWindow } from 'electron';
import { DESKTOP_COMMAND_CHANNEL } from '../../shared/ipc.js';
import type { DesktopCommand, IpcSenderRole } from '../../shared/ipc.js';
import { createAcceptShortcut } from './accept-shortcut.js';
import { createAttention } from './attention.js';
import type { Attention } from './attention.js';
import { log } from './log.js';
import { applyStartAtLogin } from './login-item.js';
import { createPopWindowController } from './pop-window.js';
import { createRendererReadiness } from './renderer-readiness.js';
import type { RendererReadiness } from './renderer-readiness.js';
import { createSessionStore } from './session-store.js';
import type { SessionStore } from './session-store.js';
import type { SettingsStore } from './settings-store.js';
import { createDesktopTray } from './tray.js';
import type { DesktopTray } from './tray.js';

/**
 * Sends `command` to the window's renderer once it has announced itself ready. `window` may be a
 * getter: the main window can be replaced (closed and reopened) while a push waits.
 */
function sendWhenReady(
  readiness: RendererReadiness,
  window: BrowserWindow | (() => BrowserWindow | null),
  command: DesktopCommand,
): void {
  readiness.whenReady(() => {
    const target = typeof window === 'function' ? window() : window;
    if (target !== null && !target.isDestroyed())
      target.webContents.send(DESKTOP_COMMAND_CHANNEL, command);
  });
}

export interface DesktopServicesDeps {
  readonly settings: SettingsStore;
  readonly mainWindow: () => BrowserWindow | null;
  readonly showMainWindow: () => void;
  /** Opens the compact pop window from the one hardened factory. */
  readonly createPopWindow: () => BrowserWindow;
  /** The folder of assets/ (icons), beside out/ in development and in the package. */
  readonly assetsDir: string;
}

/** Main's stateful parts beyond the window: per-window readiness, attention, tray, session. */
export interface DesktopServices {
  readonly readiness: Readonly<Record<IpcSenderRole, RendererReadiness>>;
  readonly pushToMain: (command: DesktopCommand) => void;
  readonly attention: Attention;
  readonly session: SessionStore;
  /** The compact pop window, while one is open. */
  popWindow(): BrowserWindow | null;
  /** The main window closed: the pop window must not keep the app alive on its own. */
  closePopWindow(): void;
  /** Created once the app is ready (Electron refuses a Tray before). */
  tray(): DesktopTray | null;
  startTray(): void;
  dispose(): void;
}

export function createDesktopServices(deps: DesktopServicesDeps): DesktopServices {
  const readiness = { main: createRendererReadiness(), pop: createRendererReadiness() };
  const pushToMain = (command: DesktopCommand) => {
    sendWhenReady(readiness.main, deps.mainWindow, command);
  };
  const popWindow = createPopWindowController({
    createWindow: () => {
      readiness.pop.reset();
      const window = deps.createPopWindow();
      window.on('closed', () => readiness.pop.reset());
      return window;
    },
    push: (window, command) => {
      sendWhenReady(readiness.pop, window, command);
    },
  });
  const attention = createAttention({
    getSettings: () => deps.settings.get(),
    getMainWindow: deps.mainWindow,
    push: pushToMain,
    popWindow,
    shortcut: createAcceptShortcut(),
  });
  const session = createSessionStore({
    file: path.join(app.getPath('userData'), 'session.bin'),
  });
  let tray: DesktopTray | null = null;

  deps.settings.onChange((settings, previous) => {
    pushToMain({ type: 'settings-changed', settings });
    // A development run must not register bare Electron to start at login.
    if (app.isPackaged && settings.startAtLogin !== previous.startAtLogin) {
      try {
        applyStartAtLogin(settings.startAtLogin);
      } catch (error) {
        log.error('Could not change start at login.', error);
      }
    }
  });

  return {
    readiness,
    pushToMain,
    attention,
    session,
    popWindow: () => popWindow.window(),
    closePopWindow: () => popWindow.close(),
    tray: () => tray,
    startTray() {
      tray ??= createDesktopTray({
        iconPath: path.join(deps.assetsDir, 'tray.png'),
        showMainWindow: deps.showMainWindow,
        push: (command) => {
          deps.showMainWindow();
          pushToMain(command);
        },
        quit: () => app.quit(),
        language: deps.settings.get().language ?? 'en',
      });
    },
    dispose() {
      attention.dispose();
      tray?.destroy();
      tray = null;
    },
  };
}
