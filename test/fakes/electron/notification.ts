/**
 * The fake Notification. As in Electron, constructing one shows nothing: it is on screen from
 * show() until close() or the user dismisses it, and it only emits what the OS would.
 */
import { EventEmitter } from 'node:events';
import type { NotificationConstructorOptions } from 'electron';
import type {
  FakeNotification,
  FakeNotifications,
} from '../../../electron/testing/fake-electron.js';
import { electronEvent } from './events.js';

export class Notification extends EventEmitter implements FakeNotification {
  static isSupported(): boolean {
    return notifications.supported;
  }

  shown = false;
  private closed = false;

  constructor(readonly options: NotificationConstructorOptions = {}) {
    super();
    notifications.all.push(this);
  }

  // ── the part of Notification main code calls ──
  show(): void {
    this.shown = true;
    this.closed = false;
    this.emit('show', electronEvent({}));
  }
  close(): void {
    if (!this.open) return;
    this.closed = true;
    this.emit('close', electronEvent({}));
  }

  // ── FakeNotification: what the user does ──
  get open(): boolean {
    return this.shown && !this.closed;
  }
  click(): void {
    if (!this.open) throw new Error('The notification is not on screen: nobody can click it.');
    this.emit('click', electronEvent({}));
  }
  dismiss(): void {
    this.close();
  }
}

class Notifications implements FakeNotifications {
  supported = true;
  readonly all: Notification[] = [];
  get open(): Notification[] {
    return this.all.filter((notification) => notification.open);
  }
  reset(): void {
    this.supported = true;
    this.all.length = 0;
  }
}

export const notifications = new Notifications();
