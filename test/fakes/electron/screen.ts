/**
 * The fake powerMonitor and screen: values a test sets. Like Electron, screen refuses to work
 * before the app is ready.
 */
import type { Display, Rectangle } from 'electron';
import type { FakePowerMonitor, FakeScreen } from '../../../electron/testing/fake-electron.js';
import { fakeApp } from './app.js';

class PowerMonitor implements FakePowerMonitor {
  systemIdleTime = 0;
  getSystemIdleTime(): number {
    return this.systemIdleTime;
  }
  reset(): void {
    this.systemIdleTime = 0;
  }
}

/** A 1920×1080 screen with a 40 px taskbar at the bottom. */
const defaultWorkArea = (): Rectangle => ({ x: 0, y: 0, width: 1920, height: 1040 });

class Screen implements FakeScreen {
  primaryWorkArea = defaultWorkArea();
  /** Only what main code reads of a Display. */
  getPrimaryDisplay(): Pick<Display, 'id' | 'workArea' | 'scaleFactor'> {
    if (!fakeApp.isReady()) {
      throw new Error("The 'screen' module can't be used before the app 'ready' event");
    }
    return { id: 1, workArea: { ...this.primaryWorkArea }, scaleFactor: 1 };
  }
  reset(): void {
    this.primaryWorkArea = defaultWorkArea();
  }
}

export const powerMonitor = new PowerMonitor();
export const screen = new Screen();
