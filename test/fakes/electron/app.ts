/** The fake `app`: lifecycle flags the tests set and read. */
import { EventEmitter } from 'node:events';
import type { LoginItemSettings, Settings } from 'electron';
import type { FakeApp, FakeProtocolClient } from '../../../electron/testing/fake-electron.js';
import { electronEvent } from './events.js';

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
  /** app.focus() calls, oldest first (macOS brings the app forward with it). */
  focusRequests: ({ steal?: boolean } | undefined)[] = [];
  focus(options?: { steal?: boolean }): void {
    this.focusRequests.push(options);
  }
  enableSandbox(): void {
    this.sandboxEnabled = true;
  }

  // ── paths, protocol client, login item, open-url and second-instance ──
  protocolClients: FakeProtocolClient[] = [];
  loginItemCalls: Settings[] = [];
  private readonly paths = new Map<string, string>();
  /** Knows only what a test set with app.setPath, so no test touches the real home folder. */
  getPath = (name: string): string => {
    const value = this.paths.get(name);
    if (value === undefined)
      throw new Error(`Failed to get '${name}' path (set it with app.setPath)`);
    return value;
  };
  setPath = (name: string, value: string): void => {
    this.paths.set(name, value);
  };
  setAsDefaultProtocolClient = (protocol: string, path?: string, args?: string[]): boolean => {
    this.protocolClients.push({ protocol, path, args: args && [...args] });
    return true;
  };
  setLoginItemSettings = (settings: Settings): void => {
    this.loginItemCalls.push(structuredClone(settings));
  };
  /** The fields that are not deprecated, from the last setLoginItemSettings call. */
  getLoginItemSettings = (): Partial<LoginItemSettings> => {
    const openAtLogin = this.loginItemCalls.at(-1)?.openAtLogin ?? false;
    return {
      openAtLogin,
      wasOpenedAtLogin: false,
      status: openAtLogin ? 'enabled' : 'not-registered',
      executableWillLaunchAtLogin: openAtLogin,
      launchItems: [],
    };
  };
  openUrl(url: string): boolean {
    const event = electronEvent({});
    this.emit('open-url', event, url);
    return event.defaultPrevented;
  }
  launchSecondInstance(argv: readonly string[], workingDirectory = '/'): void {
    this.emit('second-instance', electronEvent({}), [...argv], workingDirectory, {});
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
    this.protocolClients = [];
    this.loginItemCalls = [];
    this.paths.clear();
    this.focusRequests = [];
  }
}

export const fakeApp = new App();
