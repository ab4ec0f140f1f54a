import { app, Notification, powerMonitor } from 'electron';
import type { BrowserWindow } from 'electron';
import type { DesktopSettings, PopBehaviour } from '../../shared/desktop-settings.js';
import type { DesktopCommand, OfferAttention } from '../../shared/ipc.js';
import type { AcceptShortcut } from './accept-shortcut.js';
import type { PopWindowController } from './pop-window.js';

/**
 * "Attention on pop": what the OS does when a contact is offered to the agent. The renderer
 * reports the ringing offer (`attention:offer`) and its end (`attention:offer-ended`); this
 * module brings the window forward or flashes it (settings.pop.behaviour), shows an OS
 * notification, opens the compact pop window and holds the global accept shortcut, all for as
 * long as the offer rings and no longer. One offer rings at a time: a new one replaces it.
 *
 * Main never decides what an offer says: the notification's title and body come translated from
 * the renderer, shown as plain text. It makes no sound either (`silent`): the renderer plays the
 * ring, at the agent's volume.
 */
export interface Attention {
  /** A contact is offered (or the ringing offer's details changed). */
  offer(offer: OfferAttention): { notified: boolean };
  /** The offer stopped ringing (accepted, declined, missed, withdrawn). Other ids are ignored. */
  offerEnded(contactId: string): void;
  /** The ringing offer, if any. */
  current(): OfferAttention | null;
  /** Accept from the compact window: ignored unless `contactId` is still the ringing offer. */
  accept(contactId: string): void;
  /** Quitting: closes the notification and pop window, stops flashing, releases the shortcut. */
  dispose(): void;
}

export interface AttentionDependencies {
  getSettings(): DesktopSettings;
  getMainWindow(): BrowserWindow | null;
  /** Sends a command to the main window's renderer (after it announced it is ready). */
  push(command: DesktopCommand): void;
  /** Seconds since the last keyboard or mouse input, system-wide. Default powerMonitor's. */
  idleSeconds?: () => number;
  popWindow: PopWindowController;
  shortcut: AcceptShortcut;
  /** Default process.platform. */
  platform?: NodeJS.Platform;
}

/**
 * Under this many seconds of system idle time the agent is typing or clicking, maybe in another
 * app: `flash-when-busy` then flashes instead of taking the focus (a keystroke meant for a CRM
 * must not land in Firebreak).
 */
export const BUSY_IDLE_SECONDS = 3;

/**
 * Linux notification servers (GNOME, KDE, dunst, …) read a body as markup when they support
 * `body-markup`, and Electron passes it through as is. Escaping keeps a customer's name plain
 * text there. Titles are never markup; other platforms take text as text.
 */
function escapeBodyMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

interface Ringing {
  offer: OfferAttention;
  notification: Notification | null;
}

export function createAttention(deps: AttentionDependencies): Attention {
  const platform = deps.platform ?? process.platform;
  const idleSeconds = deps.idleSeconds ?? (() => powerMonitor.getSystemIdleTime());
  let ringing: Ringing | null = null;
  /** The window we asked to flash (it stops when the offer ends or the agent focuses it). */
  let flashing: BrowserWindow | null = null;

  const mainWindow = (): BrowserWindow | null => {
    const window = deps.getMainWindow();
    return window !== null && !window.isDestroyed() ? window : null;
  };

  const stopFlashing = (): void => {
    if (flashing === null) return;
    const window = flashing;
    flashing = null;
    window.off('focus', stopFlashing);
    if (!window.isDestroyed()) window.flashFrame(false);
  };

  /** Flashes the taskbar entry (Dock bounce on macOS) without taking the focus. */
  const flash = (window: BrowserWindow): void => {
    stopFlashing();
    // A hidden window has no taskbar entry to flash: show it, without the focus.
    if (!window.isVisible() && !window.isMinimized()) window.showInactive();
    window.flashFrame(true);
    flashing = window;
    window.once('focus', stopFlashing);
  };

  /**
   * Restores, shows and focuses the main window. On macOS focusing a window does not activate a
   * background app, so app.focus({steal: true}) does; it runs only when bringing the window
   * forward is the point (the `focus` behaviour, an idle agent, or the agent's own click or
   * shortcut). Windows may still refuse the foreground to a background app and flash the
   * taskbar button itself: that is the OS's rule.
   */
  const bringForward = (): void => {
    stopFlashing();
    const window = mainWindow();
    if (window === null) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
    if (platform === 'darwin') app.focus({ steal: true });
  };

  const attract = (behaviour: PopBehaviour): void => {
    const window = mainWindow();
    // The agent is already looking at Firebreak: nothing to do to the window.
    if (window === null || window.isFocused()) return;
    switch (behaviour) {
      case 'focus':
        bringForward();
        return;
      case 'flash':
        flash(window);
        return;
      case 'flash-when-busy':
        if (idleSeconds() < BUSY_IDLE_SECONDS) flash(window);
        else bringForward();
        return;
    }
  };

  const notify = (offer: OfferAttention): Notification | null => {
    if (!Notification.isSupported()) return null;
    const notification = new Notification({
      title: offer.notification.title,
      body:
        platform === 'linux' ? escapeBodyMarkup(offer.notification.body) : offer.notification.body,
      silent: true,
      // Main closes it when the offer ends; until then it stays (Windows would otherwise move
      // it to the Action Center after a few seconds).
      timeoutType: 'never',
      ...(platform === 'linux' && { urgency: 'critical' as const }),
    });
    notification.on('click', () => {
      bringForward();
      // Only a notification of the ringing offer opens it; an old one just shows the app.
      if (ringing?.notification === notification) {
        deps.push({ type: 'show-offer', contactId: offer.contactId });
      }
    });
    notification.show();
    return notification;
  };

  const closeNotification = (): void => {
    ringing?.notification?.close();
    if (ringing !== null) ringing.notification = null;
  };

  const acceptRinging = (contactId: string): void => {
    if (ringing?.offer.contactId !== contactId) return;
    deps.push({ type: 'accept-offer', contactId });
    bringForward();
  };

  const end = (): void => {
    closeNotification();
    stopFlashing();
    deps.shortcut.disarm();
    deps.popWindow.close();
    ringing = null;
  };

  return {
    offer(offer) {
      const pop = deps.getSettings().pop;
      const update = ringing?.offer.contactId === offer.contactId;
      if (!update) closeNotification();
      ringing = { offer, notification: update ? (ringing?.notification ?? null) : null };

      if (pop.compactWindow) deps.popWindow.show(offer);
      else deps.popWindow.close();
      // An update (the risk score arrived, say) refreshes the pop window; it does not ring again.
      if (update) return { notified: ringing.notification !== null };

      deps.shortcut.arm(pop.acceptShortcut, () => {
        if (ringing !== null) acceptRinging(ringing.offer.contactId);
      });
      attract(pop.behaviour);
      ringing.notification = pop.notification ? notify(offer) : null;
      return { notified: ringing.notification !== null };
    },
    offerEnded(contactId) {
      if (ringing?.offer.contactId === contactId) end();
    },
    current: () => ringing?.offer ?? null,
    accept: acceptRinging,
    dispose: end,
  };
}
