/** The fake `app`: lifecycle flags the tests set and read. */
import { EventEmitter } from 'node:events';
import type { FakeApp } from '../../../electron/testing/fake-electron.js';

export class App extends EventEmitter implements FakeApp {
  isPackaged = false;
  version = '0.1.0';
  hasSingleInstanceLock = true;
  exitCode: number | undefined = undefined;
  quitRequested = false;
  sandboxEnabled = false;
  private ready = false;

  whenReady(): Promise<void> {
    return Promise.resolve().then(() => {
      this.ready = true;
    });
  }
  isReady = (): boolean => this.ready;
  getVersion = (): string => this.version;
  requestSingleInstanceLock = (): boolean => this.hasSingleInstanceLock;
  enableSandbox(): void {
    this.sandboxEnabled = true;
  }
  exit(code = 0): void {
    this.exitCode = code;
  }
  quit(): void {
    this.quitRequested = true;
  }
  reset(): void {
    this.removeAllListeners();
    this.isPackaged = false;
    this.version = '0.1.0';
    this.hasSingleInstanceLock = true;
    this.exitCode = undefined;
    this.quitRequested = false;
    this.sandboxEnabled = false;
    this.ready = false;
  }
}

export const fakeApp = new App();
