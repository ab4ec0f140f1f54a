/**
 * The fake globalShortcut. Like Electron: it refuses to work before the app is ready, and
 * register() answers false, silently, for an accelerator another app (or this one) already
 * holds, and throws for one it cannot parse (here: an empty part, as in 'Ctrl+'). Accelerators are compared as written ('CmdOrCtrl+A' and 'CommandOrControl+A' differ
 * here, though Electron would parse them to the same keys).
 */
import type { FakeGlobalShortcut } from '../../../electron/testing/fake-electron.js';
import { fakeApp } from './app.js';

function requireReady(): void {
  if (!fakeApp.isReady()) throw new Error('globalShortcut cannot be used before the app is ready');
}

class GlobalShortcut implements FakeGlobalShortcut {
  private readonly ours = new Map<string, () => void>();
  private readonly others = new Set<string>();
  unregisterAllCalls = 0;

  // ── the part of globalShortcut main code calls ──
  register(accelerator: string, callback: () => void): boolean {
    requireReady();
    if (accelerator.split('+').some((part) => part.trim() === '')) {
      throw new TypeError(
        `Error processing argument at index 0, conversion failure from ${accelerator}`,
      );
    }
    if (this.others.has(accelerator) || this.ours.has(accelerator)) return false;
    this.ours.set(accelerator, callback);
    return true;
  }
  unregister(accelerator: string): void {
    requireReady();
    this.ours.delete(accelerator);
  }
  unregisterAll(): void {
    requireReady();
    this.unregisterAllCalls += 1;
    this.ours.clear();
  }
  isRegistered(accelerator: string): boolean {
    return this.ours.has(accelerator);
  }

  // ── FakeGlobalShortcut: the OS and the user ──
  get registered(): string[] {
    return [...this.ours.keys()];
  }
  takeByOtherApp(accelerator: string): void {
    this.others.add(accelerator);
  }
  press(accelerator: string): boolean {
    const callback = this.ours.get(accelerator);
    if (callback === undefined) return false;
    callback();
    return true;
  }

  reset(): void {
    this.ours.clear();
    this.others.clear();
    this.unregisterAllCalls = 0;
  }
}

export const globalShortcut = new GlobalShortcut();
