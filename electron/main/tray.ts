import { Menu, Tray } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../shared/domain.js';
import type { DesktopCommand, TrayStatus } from '../../shared/ipc.js';
import { formatCount, mainStrings } from './main-strings.js';

/**
 * The tray (notification area) icon: the agent's presence and how many contacts wait, and a
 * menu to go Available or Away, show the window or quit. The renderer owns presence: a click
 * here only asks it (`set-presence`), and the menu shows what the renderer reports back through
 * `tray:update`.
 */
export interface DesktopTray {
  /** The renderer's latest status (presence, waiting count, language). */
  update(status: TrayStatus): void;
  destroy(): void;
}

export interface DesktopTrayDependencies {
  /** The tray icon (a small PNG, see assets/tray.png; Electron picks tray@2x.png on HiDPI). */
  readonly iconPath: string;
  showMainWindow(): void;
  push(command: DesktopCommand): void;
  quit(): void;
  /** The menu's language until the renderer's first update (default English). */
  readonly language?: Language;
  /** Default process.platform. */
  readonly platform?: NodeJS.Platform;
}

/** The presences an agent may pick from the tray: the others belong to the contact's flow. */
const SETTABLE_PRESENCES = ['available', 'away'] as const;
type SettablePresence = (typeof SETTABLE_PRESENCES)[number];

const isSettable = (presence: TrayStatus['presence']): presence is SettablePresence =>
  presence === 'available' || presence === 'away';

/** "Available · 3 waiting", or "Signed out". */
export function trayStatusLine(status: TrayStatus): string {
  const strings = mainStrings(status.language);
  if (status.presence === null) return strings.signedOut;
  return [
    strings.presence[status.presence],
    strings.waiting(formatCount(status.language, status.waiting)),
  ].join(strings.separator);
}

const sameStatus = (a: TrayStatus, b: TrayStatus): boolean =>
  a.presence === b.presence && a.waiting === b.waiting && a.language === b.language;

export function createDesktopTray(deps: DesktopTrayDependencies): DesktopTray {
  const platform = deps.platform ?? process.platform;
  const tray = new Tray(deps.iconPath);
  let status: TrayStatus = { presence: null, waiting: 0, language: deps.language ?? 'en' };
  /** A radio click checks its item at once, before the renderer confirms: redraw next update. */
  let stale = false;

  const choosePresence = (state: SettablePresence): void => {
    stale = true;
    if (status.presence !== state) deps.push({ type: 'set-presence', state });
  };

  const template = (): MenuItemConstructorOptions[] => {
    const strings = mainStrings(status.language);
    const settable = isSettable(status.presence);
    return [
      { label: trayStatusLine(status), enabled: false },
      { type: 'separator' },
      ...SETTABLE_PRESENCES.map((state): MenuItemConstructorOptions => ({
        type: 'radio',
        label: strings.presence[state],
        checked: status.presence === state,
        enabled: settable,
        click: () => {
          choosePresence(state);
        },
      })),
      { type: 'separator' },
      { label: strings.showApp, click: () => deps.showMainWindow() },
      { type: 'separator' },
      { label: strings.quit, click: () => deps.quit() },
    ];
  };

  /**
   * A fresh menu every time, set again: on Linux the tray shows a changed menu only when
   * setContextMenu is called again, and elsewhere a rebuilt menu is as cheap.
   */
  const render = (): void => {
    stale = false;
    tray.setToolTip(`Firebreak${mainStrings(status.language).separator}${trayStatusLine(status)}`);
    tray.setContextMenu(Menu.buildFromTemplate(template()));
  };

  // Windows and Linux (StatusNotifier) users click the icon to get the window back; on macOS a
  // click opens the menu.
  if (platform !== 'darwin') {
    tray.on('click', () => {
      deps.showMainWindow();
    });
  }
  render();

  return {
    update(next) {
      if (tray.isDestroyed()) return;
      // Unchanged: leave the menu alone (replacing it can close it under the agent's pointer).
      if (sameStatus(status, next) && !stale) return;
      status = { ...next };
      render();
    },
    destroy() {
      if (!tray.isDestroyed()) tray.destroy();
    },
  };
}
