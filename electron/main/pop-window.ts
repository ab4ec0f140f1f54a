import { screen } from 'electron';
import type { BrowserWindow, Rectangle } from 'electron';
import type { DesktopCommand, OfferAttention } from '../../shared/ipc.js';

/**
 * The compact pop window (settings.pop.compactWindow): a small always-on-top window with the
 * ringing offer and an Accept button, in the bottom-right corner of the primary screen, shown
 * without taking the focus. It lives only while an offer rings: close() destroys it, so no idle
 * renderer process sits in memory all day (a new one takes a moment to paint; an offer rings for
 * many seconds).
 *
 * The window's renderer asks `pop-window:current` when it starts and then listens for
 * `offer-changed`; this controller pushes that only to a window that already exists, so a new
 * window never races its own first question.
 */
export interface PopWindowController {
  /** Shows `offer` (opening the window if needed) or updates the window's offer. */
  show(offer: OfferAttention): void;
  /** The offer is over: closes the window. */
  close(): void;
  /** The window, while there is one. */
  window(): BrowserWindow | null;
  /** The offer the window shows (what `pop-window:current` answers). */
  current(): OfferAttention | null;
}

export interface PopWindowDependencies {
  /** Opens a hardened pop window (window.ts createPopWindow): hidden until painted. */
  readonly createWindow: () => BrowserWindow;
  /** Sends a command to that window's renderer (after it announced it is ready). */
  push(window: BrowserWindow, command: DesktopCommand): void;
}

/** The gap between the window and the edges of the work area, in DIPs. */
export const POP_WINDOW_MARGIN = 16;

/** Where a window of `size` sits in the bottom-right corner of `workArea`, `margin` from its edges. */
export function bottomRightPosition(
  workArea: Rectangle,
  size: { readonly width: number; readonly height: number },
  margin = POP_WINDOW_MARGIN,
): { x: number; y: number } {
  return {
    x: Math.round(workArea.x + workArea.width - size.width - margin),
    y: Math.round(workArea.y + workArea.height - size.height - margin),
  };
}

export function createPopWindowController(deps: PopWindowDependencies): PopWindowController {
  let window: BrowserWindow | null = null;
  let offer: OfferAttention | null = null;
  /** The agent closed the window (Alt+F4) while this contact rang: do not reopen it for updates. */
  let dismissedFor: string | null = null;

  const alive = (): BrowserWindow | null =>
    window !== null && !window.isDestroyed() ? window : null;

  const open = (): void => {
    const opened = deps.createWindow();
    const [width = 0, height = 0] = opened.getSize();
    const { x, y } = bottomRightPosition(screen.getPrimaryDisplay().workArea, { width, height });
    opened.setPosition(x, y);
    opened.once('closed', () => {
      if (window !== opened) return; // closed by close(): nothing to remember
      window = null;
      dismissedFor = offer?.contactId ?? null;
    });
    window = opened;
  };

  return {
    show(next) {
      offer = next;
      if (dismissedFor === next.contactId) return;
      dismissedFor = null;
      const existing = alive();
      if (existing === null) open();
      else deps.push(existing, { type: 'offer-changed', offer: next });
    },
    close() {
      offer = null;
      dismissedFor = null;
      const existing = alive();
      window = null;
      existing?.destroy();
    },
    window: alive,
    current: () => offer,
  };
}
