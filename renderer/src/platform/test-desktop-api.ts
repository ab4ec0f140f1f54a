/**
 * Test-only: a FirebreakDesktopApi double installed as `window.firebreak`, recording what the
 * renderer asks of Electron main and letting a test play main's pushes (`send`).
 */
import { vi } from 'vitest';
import { DEFAULT_DESKTOP_SETTINGS } from '../../../shared/desktop-settings';
import type { DesktopCommand, FirebreakDesktopApi } from '../../../shared/ipc';

export interface FakeDesktop {
  api: { [K in keyof FirebreakDesktopApi]: ReturnType<typeof vi.fn> & FirebreakDesktopApi[K] };
  /** Main pushes a command to every onCommand listener. */
  send(command: DesktopCommand): void;
  listenerCount(): number;
  uninstall(): void;
}

export function installFakeDesktop(overrides: Partial<FirebreakDesktopApi> = {}): FakeDesktop {
  const listeners = new Set<(command: DesktopCommand) => void>();
  const api = {
    getConfig: vi.fn(() =>
      Promise.resolve({
        gatewayUrl: 'http://127.0.0.1:4300',
        appVersion: '0.1.0',
        platform: 'linux',
      }),
    ),
    rendererReady: vi.fn(() => Promise.resolve()),
    openExternal: vi.fn(() => Promise.resolve({ opened: true })),
    getSettings: vi.fn(() => Promise.resolve(DEFAULT_DESKTOP_SETTINGS)),
    updateSettings: vi.fn(() =>
      Promise.resolve({ settings: DEFAULT_DESKTOP_SETTINGS, restartNeeded: false }),
    ),
    loadSession: vi.fn(() => Promise.resolve({ session: null, keyStore: 'os' as const })),
    saveSession: vi.fn(() => Promise.resolve({ stored: true, keyStore: 'os' as const })),
    clearSession: vi.fn(() => Promise.resolve()),
    offerArrived: vi.fn(() => Promise.resolve({ notified: true })),
    offerEnded: vi.fn(() => Promise.resolve()),
    updateTray: vi.fn(() => Promise.resolve()),
    currentOffer: vi.fn(() => Promise.resolve(null)),
    acceptOffer: vi.fn(() => Promise.resolve()),
    onCommand: vi.fn((listener: (command: DesktopCommand) => void) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    }),
    ...overrides,
  } as FakeDesktop['api'];
  Object.defineProperty(window, 'firebreak', { value: api, configurable: true });
  return {
    api,
    send: (command) => {
      for (const listener of [...listeners]) listener(command);
    },
    listenerCount: () => listeners.size,
    uninstall: () => {
      Reflect.deleteProperty(window, 'firebreak');
    },
  };
}
