import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeElectron } from '../testing/fake-electron.js';
import { buildContentSecurityPolicy } from './csp.js';
import type { RendererLocation } from './renderer-location.js';
import { createMainWindow, createPopWindow } from './window.js';

const fake = fakeElectron();
const rendererDir = path.resolve('/opt/firebreak/out/renderer');
const rendererUrl = 'app://firebreak/index.html';
const renderer: RendererLocation = { kind: 'bundled', rendererDir };
const policy = buildContentSecurityPolicy({ gatewayUrl: 'http://127.0.0.1:4300' });

function openWindow(openExternal = vi.fn(() => Promise.resolve(true))) {
  const window = createMainWindow({
    preloadPath: '/opt/firebreak/out/preload/preload.cjs',
    renderer,
    contentSecurityPolicy: policy,
    openExternal,
  });
  return { window: fake.windowFor(window), openExternal };
}

beforeEach(() => {
  fake.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('createMainWindow', () => {
  it('creates the window with exactly the hardened webPreferences', () => {
    const { window } = openWindow();

    expect(window.options.webPreferences).toStrictEqual({
      preload: '/opt/firebreak/out/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
    });
  });

  it('loads app://firebreak/index.html and shows the window only when it is ready to show', () => {
    const { window } = openWindow();

    expect(window.loaded).toEqual({ url: rendererUrl });
    expect(window.mainFrame.url).toBe(rendererUrl);
    expect(window.shown).toBe(false);
    window.becomeReadyToShow();
    expect(window.shown).toBe(true);
  });

  it('loads the dev server in development', () => {
    const window = fake.windowFor(
      createMainWindow({
        preloadPath: '/p.cjs',
        renderer: { kind: 'dev-server', url: new URL('http://localhost:5173/') },
        contentSecurityPolicy: policy,
      }),
    );
    expect(window.loaded).toEqual({ url: 'http://localhost:5173/' });
  });

  it('prevents navigating away from the renderer', () => {
    const { window } = openWindow();

    expect(window.navigate('https://evil.example/phish')).toBe(true);
    expect(window.navigate(`${rendererUrl}?other`)).toBe(true);
    expect(window.navigate('file:///etc/passwd')).toBe(true);
    expect(window.navigate(pathToFileURL(path.join(rendererDir, 'index.html')).href)).toBe(true);
  });

  it('prevents navigating to other app:// hosts or documents', () => {
    const { window } = openWindow();

    expect(window.navigate('app://evil/index.html')).toBe(true);
    expect(window.navigate('app://firebreak.evil/index.html')).toBe(true);
    expect(window.navigate('app://firebreak/assets/other.html')).toBe(true);
  });

  it('lets same-document navigations (hash and history routing) through', () => {
    const { window } = openWindow();

    expect(window.navigate(`${rendererUrl}#/contacts`, { isSameDocument: true })).toBe(false);
  });

  it('denies window.open and hands allow-listed https links to safeOpenExternal', () => {
    const { window, openExternal } = openWindow();

    expect(window.windowOpen('https://firebreak.example.com/help')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
    expect(openExternal).toHaveBeenCalledWith(
      'https://firebreak.example.com/help',
      expect.anything(),
    );
  });

  it('denies window.open for anything else without offering to open it', () => {
    const { window, openExternal } = openWindow();

    for (const url of [
      'http://firebreak.example.com/',
      'https://evil.example/',
      'file:///etc/passwd',
      'javascript:alert(1)',
    ]) {
      expect(window.windowOpen(url)).toEqual({ action: 'deny' });
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('refuses <webview>', () => {
    const { window } = openWindow();

    expect(window.attachWebview()).toBe(true);
  });
});

describe('the window session', () => {
  it('denies permission requests by default', async () => {
    openWindow();

    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'display-capture',
      'openExternal',
      'fileSystem',
    ]) {
      await expect(fake.session.requestPermission(permission, rendererUrl)).resolves.toBe(false);
      expect(fake.session.checkPermission(permission, rendererUrl)).toBe(false);
    }
  });

  it('grants clipboard writing to our renderer only, not to other pages or iframes', async () => {
    openWindow();

    await expect(
      fake.session.requestPermission('clipboard-sanitized-write', rendererUrl),
    ).resolves.toBe(true);
    await expect(
      fake.session.requestPermission('clipboard-sanitized-write', 'https://evil.example/'),
    ).resolves.toBe(false);
    await expect(
      fake.session.requestPermission('clipboard-sanitized-write', rendererUrl, false),
    ).resolves.toBe(false);
    await expect(fake.session.requestPermission('clipboard-read', rendererUrl)).resolves.toBe(
      false,
    );
    for (const other of ['app://evil/index.html', pathToFileURL('/etc/passwd').href]) {
      await expect(
        fake.session.requestPermission('clipboard-sanitized-write', other),
      ).resolves.toBe(false);
    }
  });

  it('sets a Content-Security-Policy header on responses, replacing any other', async () => {
    openWindow();

    const { responseHeaders } = await fake.session.receiveHeaders({
      url: rendererUrl,
      responseHeaders: {
        'content-security-policy': ["script-src * 'unsafe-eval'"],
        'X-Other': ['kept'],
      },
    });

    expect(responseHeaders).toEqual({ 'Content-Security-Policy': [policy], 'X-Other': ['kept'] });
    expect(policy).not.toContain('unsafe-eval');
  });
});

describe('createPopWindow', () => {
  function openPopWindow(openExternal = vi.fn(() => Promise.resolve(true))) {
    const window = createPopWindow({
      preloadPath: '/opt/firebreak/out/preload/preload.cjs',
      renderer,
      contentSecurityPolicy: policy,
      openExternal,
    });
    return { window: fake.windowFor(window), openExternal };
  }

  it('is hardened exactly as the main window', () => {
    const main = openWindow().window;
    const { window } = openPopWindow();

    expect(window.options.webPreferences).toStrictEqual(main.options.webPreferences);
    expect(window.options.webPreferences?.sandbox).toBe(true);
    expect(window.options.webPreferences?.contextIsolation).toBe(true);
  });

  it('loads the pop view of the same renderer document', () => {
    const { window } = openPopWindow();

    expect(window.loaded).toEqual({ url: `${rendererUrl}?view=pop` });
  });

  it('is a small frameless always-on-top window with no taskbar entry', () => {
    const { window } = openPopWindow();

    expect(window.options).toMatchObject({
      width: 360,
      height: 140,
      frame: false,
      alwaysOnTop: true,
      skipTaskbar: true,
      resizable: false,
      minimizable: false,
      maximizable: false,
      fullscreenable: false,
    });
    expect(window.alwaysOnTop).toBe(true);
  });

  it('appears once painted without taking the focus from the app the agent types in', () => {
    const { window } = openPopWindow();

    expect(window.visible).toBe(false);
    window.becomeReadyToShow();
    expect(window.visible).toBe(true);
    expect(window.focused).toBe(false);
  });

  it('blocks navigation, <webview> and window.open like the main window', () => {
    const { window, openExternal } = openPopWindow();

    expect(window.navigate('https://evil.example/phish')).toBe(true);
    expect(window.attachWebview()).toBe(true);
    expect(window.windowOpen('https://evil.example/')).toEqual({ action: 'deny' });
    expect(window.windowOpen('https://firebreak.example.com/help')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('denies permissions and sets the CSP on its session', async () => {
    openPopWindow();

    await expect(fake.session.requestPermission('media', `${rendererUrl}?view=pop`)).resolves.toBe(
      false,
    );
    const { responseHeaders } = await fake.session.receiveHeaders({ url: rendererUrl });
    expect(responseHeaders).toEqual({ 'Content-Security-Policy': [policy] });
  });
});
