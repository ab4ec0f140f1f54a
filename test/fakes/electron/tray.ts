/** The fake Tray: records its tooltip and context menu; the user can click the icon. */
import { EventEmitter } from 'node:events';
import type { NativeImage } from 'electron';
import type { FakeTray } from '../../../electron/testing/fake-electron.js';
import { electronEvent } from './events.js';
import type { Menu } from './menu.js';

export const trays: Tray[] = [];

export class Tray extends EventEmitter implements FakeTray {
  readonly imagePath: string | null;
  toolTip = '';
  contextMenu: Menu | null = null;
  contextMenuSets = 0;
  destroyed = false;

  constructor(image: NativeImage | string) {
    super();
    this.imagePath = typeof image === 'string' ? image : null;
    trays.push(this);
  }

  // ── the part of Tray main code calls (like Electron, it throws once destroyed) ──
  setToolTip(toolTip: string): void {
    this.alive();
    this.toolTip = toolTip;
  }
  setContextMenu(menu: Menu | null): void {
    this.alive();
    this.contextMenu = menu;
    this.contextMenuSets += 1;
  }
  destroy(): void {
    this.destroyed = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }

  // ── FakeTray: what the user does ──
  click(): void {
    this.alive();
    const bounds = { x: 0, y: 0, width: 16, height: 16 };
    this.emit('click', electronEvent({}), bounds, { x: 8, y: 8 });
  }

  private alive(): void {
    if (this.destroyed) throw new TypeError('Tray is destroyed');
  }
}
