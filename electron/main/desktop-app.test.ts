import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { app } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DESKTOP_COMMAND_CHANNEL } from '../../shared/ipc.js';
import { fakeElectron } from '../testing/fake-electron.js';
import { startDesktopApp } from './desktop-app.js';

const fake = fakeElectron();
const mainDir = path.resolve('/opt/firebreak/out/main');
const rendererUrl = 'app://firebreak/index.html';

async function start(env: Record<string, string> = {}, dir = mainDir) {
  startDesktopApp({ env, mainDir: dir });
  await vi.waitFor(() => {
    if (fake.app.exitCode === undefined && !fake.app.quitRequested)
      expect(fake.windows).toHaveLength(1);
  });
}

let userData: string;
beforeEach(async () => {
  fake.reset();
  userData = await mkdtemp(path.join(os.tmpdir(), 'firebreak-user-'));
  app.setPath('userData', userData);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(async () => {
  await rm(userData, { recursive: true, force: true });
});

describe('startDesktopApp', () => {
  it('stops with a clear message when FIREBREAK_GATEWAY_URL is bad', async () => {
    await start({ FIREBREAK_GATEWAY_URL: 'ftp://gateway.local' });

    expect(fake.app.exitCode).toBe(1);
    expect(fake.errorBoxes).toHaveLength(1);
    expect(fake.errorBoxes[0]?.title).toBe('Firebreak cannot start');
    expect(fake.errorBoxes[0]?.content).toContain(
      'FIREBREAK_GATEWAY_URL="ftp://gateway.local" must be an http:// or https:// URL.',
    );
    expect(fake.windows).toHaveLength(0);
    expect(fake.handledChannels).toHaveLength(0);
    expect(fake.protocol.handledSchemes).toHaveLength(0);
  });

  it('registers app: as a privileged scheme before the app is ready', () => {
    startDesktopApp({ env: {}, mainDir });

    // startDesktopApp returns before whenReady settles; the fake throws if this came after.
    expect(app.isReady()).toBe(false);
    expect(fake.protocol.privilegedSchemes).toEqual([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
      },
    ]);
  });

  it('opens one sandboxed window with the CommonJS preload and the built renderer', async () => {
    await start();

    expect(fake.app.sandboxEnabled).toBe(true);
    const [window] = fake.windows;
    expect(window?.options.webPreferences?.preload).toBe(
      path.resolve('/opt/firebreak/out/preload/preload.cjs'),
    );
    expect(window?.loaded).toEqual({ url: rendererUrl });
  });

  it('serves out/renderer on app://firebreak with the CSP for the configured gateway', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'firebreak-desktop-'));
    try {
      await mkdir(path.join(root, 'out', 'renderer'), { recursive: true });
      await mkdir(path.join(root, 'out', 'main'));
      await writeFile(path.join(root, 'out', 'renderer', 'index.html'), '<!doctype html>');
      await writeFile(path.join(root, 'out', 'main', 'main.js'), '// main');
      await start(
        { FIREBREAK_GATEWAY_URL: 'https://gw.example.com' },
        path.join(root, 'out', 'main'),
      );

      const response = await fake.protocol.request(rendererUrl);

      expect(response.status).toBe(200);
      await expect(response.text()).resolves.toBe('<!doctype html>');
      expect(response.headers.get('content-security-policy')).toContain(
        "connect-src 'self' https://gw.example.com wss://gw.example.com",
      );
      expect((await fake.protocol.request('app://firebreak/..%2fmain%2fmain.js')).status).toBe(404);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('answers IPC from its window, with the configured gateway', async () => {
    await start({ FIREBREAK_GATEWAY_URL: 'https://gw.example.com' });

    await expect(
      fake.invokeMain('config:get', { window: fake.windows[0]! }),
    ).resolves.toMatchObject({
      gatewayUrl: 'https://gw.example.com',
    });
  });

  it('stops answering IPC once its window is closed, and reopens one on activate', async () => {
    await start();
    const first = fake.windows[0]!;
    fake.app.emit('activate');
    expect(fake.windows).toHaveLength(1);

    first.close();
    await expect(fake.invokeMain('config:get', { window: first })).rejects.toThrow('rejected');

    fake.app.emit('activate');
    expect(fake.windows).toHaveLength(2);
    expect(fake.protocol.handledSchemes).toEqual(['app']); // handled once, not per window
    await expect(
      fake.invokeMain('config:get', { window: fake.windows[1]! }),
    ).resolves.toBeDefined();
  });

  it('leaves when another instance is already running', async () => {
    fake.app.hasSingleInstanceLock = false;

    await start();

    expect(fake.app.quitRequested).toBe(true);
    expect(fake.windows).toHaveLength(0);
    expect(fake.handledChannels).toHaveLength(0);
  });

  it('loads electron-vite’s dev server in development', async () => {
    await start({ ELECTRON_RENDERER_URL: 'http://localhost:5173' });

    expect(fake.windows[0]?.loaded).toEqual({ url: 'http://localhost:5173/' });
    expect(fake.protocol.handledSchemes).toEqual([]);
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app', async () => {
    fake.app.isPackaged = true;

    await start({ ELECTRON_RENDERER_URL: 'http://localhost:5173' });

    expect(fake.windows[0]?.loaded).toEqual({ url: rendererUrl });
  });

  it('refuses a dev server that is not on this machine', async () => {
    await start({ ELECTRON_RENDERER_URL: 'https://evil.example' });

    expect(fake.app.exitCode).toBe(1);
    expect(fake.errorBoxes[0]?.content).toContain('must be an http(s) dev server on this machine');
  });

  it('uses the agent’s own gateway setting over FIREBREAK_GATEWAY_URL', async () => {
    await writeFile(
      path.join(userData, 'settings.json'),
      JSON.stringify({ gatewayUrl: 'https://mine.example.com' }),
    );
    await start({ FIREBREAK_GATEWAY_URL: 'https://gw.example.com' });

    await expect(
      fake.invokeMain('config:get', { window: fake.windows[0]! }),
    ).resolves.toMatchObject({ gatewayUrl: 'https://mine.example.com' });
  });

  it('hands a second launch’s deep link to the renderer once it is ready, and focuses the window', async () => {
    await start();
    const window = fake.windows[0]!;
    const pushes = () => window.sent.filter(({ channel }) => channel === DESKTOP_COMMAND_CHANNEL);

    fake.app.emit(
      'second-instance',
      {},
      ['/opt/firebreak/firebreak', 'firebreak://customer/cust-42'],
      '/',
    );
    fake.app.emit(
      'second-instance',
      {},
      ['/opt/firebreak/firebreak', 'firebreak://customer/../x'],
      '/',
    );
    expect(pushes()).toHaveLength(0); // the renderer has not announced itself yet

    await fake.invokeMain('app:renderer-ready', { window });

    expect(pushes().map(({ args }) => args[0])).toEqual([
      { type: 'open-link', link: { kind: 'customer', customerId: 'cust-42' } },
    ]);
    expect(window.focused).toBe(true);
  });

  it('saves a settings change from the renderer and tells the renderer', async () => {
    await start();
    const window = fake.windows[0]!;
    await fake.invokeMain('app:renderer-ready', { window });

    await expect(
      fake.invokeMain('settings:update', { window }, { sound: { volume: 0.25 } }),
    ).resolves.toMatchObject({ settings: { sound: { volume: 0.25 } }, restartNeeded: false });

    expect(window.sent.at(-1)?.args[0]).toMatchObject({
      type: 'settings-changed',
      settings: { sound: { enabled: true, volume: 0.25 } },
    });
  });

  it('puts presence and the waiting count in the tray once ready', async () => {
    await start();
    await fake.invokeMain(
      'tray:update',
      { window: fake.windows[0]! },
      { presence: 'available', waiting: 3, language: 'en' },
    );
    expect(fake.trays).toHaveLength(1);
    expect(fake.trays[0]?.toolTip).toContain('3 waiting');
    expect(fake.trays[0]?.imagePath).toBe(path.resolve('/opt/firebreak/assets/tray.png'));
  });
});
