/**
 * A readable fake of the parts of `electron` Firebreak uses. The vitest `electron` project
 * aliases `electron` to this file; tests drive it through `fakeElectron()` from
 * electron/testing/fake-electron.ts (the controls' types live there, see why in that file).
 * The pieces live in test/fakes/electron/, one per Electron module or so.
 *
 * Where Electron has a default, the fake keeps it, so a missing hardening step shows up:
 * no window-open handler allows the popup, no permission handler grants the permission.
 */
import { fakeApp } from './electron/app.js';
import { defaultSession } from './electron/session.js';

export const app = fakeApp;
export const session = { defaultSession };
export { BrowserWindow } from './electron/window.js';
export { contextBridge, ipcMain, ipcRenderer } from './electron/ipc.js';
export { dialog, shell } from './electron/dialogs.js';
export { protocol } from './electron/protocol.js';
export { Notification } from './electron/notification.js';
export { Menu, MenuItem } from './electron/menu.js';
export { Tray } from './electron/tray.js';
export { globalShortcut } from './electron/global-shortcut.js';
export { powerMonitor, screen } from './electron/screen.js';
export { safeStorage } from './electron/safe-storage.js';
export { fakeElectron } from './electron/controls.js';
