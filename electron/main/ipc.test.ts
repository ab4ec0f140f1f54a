import path from 'node:path';
import { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcInvokeContract } from '../../shared/ipc.js';
import { fakeElectron } from '../testing/fake-electron.js';
import type { FakeIpcSender, FakeWindow } from '../testing/fake-electron.js';
import { DEFAULT_DESKTOP_SETTINGS } from '../../shared/desktop-settings.js';
import type { OfferAttention } from '../../shared/ipc.js';
import { createHandle, registerDesktopIpc, senderRoleAmong } from './ipc.js';
import type { DesktopIpcDependencies } from './ipc.js';
import { isRendererUrl } from './renderer-location.js';
import type { RendererLocation } from './renderer-location.js';
import { createRendererReadiness } from './renderer-readiness.js';
import type { RendererReadiness } from './renderer-readiness.js';

const fake = fakeElectron();
const rendererDir = path.resolve('/opt/firebreak/out/renderer');
const renderer: RendererLocation = { kind: 'bundled', rendererDir };
const rendererUrl = 'app://firebreak/index.html';

let ourWindow: BrowserWindow;
let ours: FakeWindow;
let popWindow: BrowserWindow;
let pop: FakeWindow;
let readiness: RendererReadiness;
let popReadiness: RendererReadiness;
let openExternal: ReturnType<typeof vi.fn<(url: string) => Promise<boolean>>>;
let deps: DesktopIpcDependencies;

const offer: OfferAttention = {
  contactId: 'c-1',
  channel: 'voice',
  customerName: 'Wang Fang',
  tier: 'diamond',
  risk: { score: 82, band: 'high' },
  reason: 'Claim payment late',
  notification: { title: 'Call: Wang Fang', body: 'Diamond · risk 82' },
};

beforeEach(async () => {
  fake.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  ourWindow = new BrowserWindow();
  await ourWindow.loadURL(rendererUrl);
  ours = fake.windowFor(ourWindow);
  popWindow = new BrowserWindow();
  await popWindow.loadURL(`${rendererUrl}?view=pop`);
  pop = fake.windowFor(popWindow);
  readiness = createRendererReadiness();
  popReadiness = createRendererReadiness();
  openExternal = vi.fn(() => Promise.resolve(true));
  deps = {
    handle: createHandle(
      senderRoleAmong(
        () => [
          ['main', ourWindow],
          ['pop', popWindow],
        ],
        (url) => isRendererUrl(renderer, url),
      ),
    ),
    gatewayUrl: 'http://127.0.0.1:4300',
    readiness: { main: readiness, pop: popReadiness },
    openExternal,
    settings: {
      get: vi.fn(() => DEFAULT_DESKTOP_SETTINGS),
      update: vi.fn(() => ({ settings: DEFAULT_DESKTOP_SETTINGS, restartNeeded: false })),
    },
    session: {
      load: vi.fn(() => Promise.resolve({ session: null, keyStore: 'os' as const })),
      save: vi.fn(() => Promise.resolve({ stored: true, keyStore: 'os' as const })),
      clear: vi.fn(),
    },
    attention: {
      offer: vi.fn(() => ({ notified: true })),
      offerEnded: vi.fn(),
      current: vi.fn(() => offer),
      accept: vi.fn(),
    },
    tray: { update: vi.fn() },
  };
  registerDesktopIpc(deps);
});

describe('registerDesktopIpc', () => {
  it('handles exactly the channels of the contract', () => {
    expect([...fake.handledChannels].sort()).toEqual(Object.keys(ipcInvokeContract).sort());
  });

  it('answers config:get from the main frame of app://firebreak/index.html', async () => {
    expect(ours.mainFrame.url).toBe(rendererUrl);

    await expect(fake.invokeMain('config:get', { window: ours })).resolves.toEqual({
      gatewayUrl: 'http://127.0.0.1:4300',
      appVersion: '0.1.0',
      platform: process.platform,
    });
  });

  it('passes a valid shell:open-external request to safeOpenExternal and reports the outcome', async () => {
    await expect(
      fake.invokeMain(
        'shell:open-external',
        { window: ours },
        { url: 'https://firebreak.example.com/' },
      ),
    ).resolves.toEqual({ opened: true });
    expect(openExternal).toHaveBeenCalledWith('https://firebreak.example.com/');
  });

  it.each([
    ['no payload', []],
    ['a url that is not a string', [{ url: 42 }]],
    [
      'a url longer than the contract allows',
      [{ url: `https://firebreak.example.com/${'a'.repeat(2100)}` }],
    ],
    ['an extra argument', [{ url: 'https://firebreak.example.com/' }, 'extra']],
  ])('rejects shell:open-external with %s before the handler runs', async (_case, args) => {
    await expect(fake.invokeMain('shell:open-external', { window: ours }, ...args)).rejects.toThrow(
      /shell:open-external: (invalid request|expected at most one argument)/,
    );
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('passes a session with its refresh token to the session store', async () => {
    const session = {
      sessionId: 's-1',
      token: 'access-token',
      expiresAt: '2030-01-01T08:00:00.000Z',
      refreshToken: 'refresh-token',
      refreshExpiresAt: '2030-01-01T20:00:00.000Z',
      agent: { id: 'a-1', username: 'li.na', displayName: 'Li Na', role: 'csr', queues: [] },
    };
    await expect(fake.invokeMain('session:save', { window: ours }, session)).resolves.toEqual({
      stored: true,
      keyStore: 'os',
    });
    expect(deps.session.save).toHaveBeenCalledWith(session);
  });

  it('rejects a payload on a channel that takes none', async () => {
    await expect(
      fake.invokeMain('config:get', { window: ours }, { gatewayUrl: 'x' }),
    ).rejects.toThrow('config:get: invalid request');
  });

  describe('rejects senders that are not our renderer, before the handler runs', () => {
    const rejection = "shell:open-external: rejected, the sender is not Firebreak's renderer.";
    const openFrom = (sender: FakeIpcSender) =>
      fake.invokeMain('shell:open-external', sender, { url: 'https://firebreak.example.com/' });

    it('an iframe inside our page, even one showing our renderer', async () => {
      await expect(
        openFrom({ window: ours, frame: ours.addChildFrame(rendererUrl) }),
      ).rejects.toThrow(rejection);
      expect(openExternal).not.toHaveBeenCalled();
    });

    it('a frame that has already gone', async () => {
      await expect(openFrom({ window: ours, frame: null })).rejects.toThrow(rejection);
    });

    it('another window showing the same page', async () => {
      const other = new BrowserWindow();
      await other.loadURL(rendererUrl);

      await expect(openFrom({ window: fake.windowFor(other) })).rejects.toThrow(rejection);
      expect(openExternal).not.toHaveBeenCalled();
    });

    it.each([
      ['another origin', 'https://evil.example/'],
      ['another app:// host', 'app://evil/index.html'],
      ['another document of app://firebreak', 'app://firebreak/assets/evil.html'],
    ])('our window once it shows %s', async (_case, url) => {
      await ourWindow.loadURL(url);

      await expect(openFrom({ window: ours })).rejects.toThrow(rejection);
      expect(openExternal).not.toHaveBeenCalled();
    });

    it('our window showing the built index.html over file://', async () => {
      await ourWindow.loadFile(path.join(rendererDir, 'index.html'));

      expect(ours.mainFrame.url).toMatch(/^file:\/\/\//);
      await expect(openFrom({ window: ours })).rejects.toThrow(rejection);
      expect(openExternal).not.toHaveBeenCalled();
    });
  });

  describe('the compact pop window', () => {
    it('may read the current offer and accept it', async () => {
      await expect(fake.invokeMain('pop-window:current', { window: pop })).resolves.toEqual(offer);
      await fake.invokeMain('pop-window:accept', { window: pop }, { contactId: 'c-1' });
      expect(deps.attention.accept).toHaveBeenCalledWith('c-1');
    });

    it.each([
      ['session:load', []],
      ['config:get', []],
      ['settings:update', [{ startAtLogin: true }]],
      ['shell:open-external', [{ url: 'https://firebreak.example.com/' }]],
    ])('may not call %s', async (channel, args) => {
      await expect(fake.invokeMain(channel, { window: pop }, ...args)).rejects.toThrow(
        `${channel}: rejected, not open to the pop window.`,
      );
      expect(deps.session.load).not.toHaveBeenCalled();
      expect(deps.settings.update).not.toHaveBeenCalled();
      expect(openExternal).not.toHaveBeenCalled();
    });

    it('is the only window that may accept from the compact view', async () => {
      await expect(
        fake.invokeMain('pop-window:accept', { window: ours }, { contactId: 'c-1' }),
      ).rejects.toThrow('pop-window:accept: rejected, not open to the main window.');
      expect(deps.attention.accept).not.toHaveBeenCalled();
    });

    it('announces itself ready apart from the main window', async () => {
      await fake.invokeMain('app:renderer-ready', { window: pop });
      expect(popReadiness.isReady()).toBe(true);
      expect(readiness.isReady()).toBe(false);
    });
  });

  it.each([
    ['settings:update', [{ pop: { acceptShortcut: 'A' } }], /pop\.acceptShortcut/],
    ['settings:update', [{ gatewayUrl: 'file:///etc/passwd' }], /gatewayUrl/],
    ['settings:update', [{ theme: 'dark' }], /invalid request/],
    [
      'session:save',
      [{ token: '', agent: {}, expiresAt: 'soon' }],
      /session:save: invalid request/,
    ],
    [
      'session:save',
      [
        {
          sessionId: 's-1',
          token: 't',
          expiresAt: '2030-01-01T08:00:00.000Z',
          refreshExpiresAt: '2030-01-01T20:00:00.000Z',
          agent: { id: 'a-1', username: 'li.na', displayName: 'Li Na', role: 'csr', queues: [] },
        },
      ],
      /refreshToken/,
    ],
    [
      'attention:offer',
      [{ ...offer, notification: { title: 'x'.repeat(121), body: '' } }],
      /notification\.title/,
    ],
    ['attention:offer', [{ ...offer, risk: { score: 180, band: 'high' } }], /risk\.score/],
    ['tray:update', [{ presence: 'sleeping', waiting: 1, language: 'en' }], /presence/],
    ['tray:update', [{ presence: 'available', waiting: -1, language: 'en' }], /waiting/],
  ])('rejects a bad %s payload before main acts on it', async (channel, args, message) => {
    await expect(fake.invokeMain(channel, { window: ours }, ...args)).rejects.toThrow(message);
    expect(deps.settings.update).not.toHaveBeenCalled();
    expect(deps.session.save).not.toHaveBeenCalled();
    expect(deps.attention.offer).not.toHaveBeenCalled();
    expect(deps.tray.update).not.toHaveBeenCalled();
  });

  it('passes valid payloads through to main’s modules', async () => {
    await expect(fake.invokeMain('attention:offer', { window: ours }, offer)).resolves.toEqual({
      notified: true,
    });
    await fake.invokeMain(
      'tray:update',
      { window: ours },
      { presence: 'away', waiting: 3, language: 'fa' },
    );
    await fake.invokeMain('settings:update', { window: ours }, { sound: { volume: 0.4 } });

    expect(deps.attention.offer).toHaveBeenCalledWith(offer);
    expect(deps.tray.update).toHaveBeenCalledWith({ presence: 'away', waiting: 3, language: 'fa' });
    expect(deps.settings.update).toHaveBeenCalledWith({ sound: { volume: 0.4 } });
  });

  it('records app:renderer-ready; pushes wait for it', async () => {
    const push = vi.fn();
    readiness.whenReady(push);
    expect(readiness.isReady()).toBe(false);
    expect(push).not.toHaveBeenCalled();

    await expect(fake.invokeMain('app:renderer-ready', { window: ours })).resolves.toBeUndefined();

    expect(readiness.isReady()).toBe(true);
    expect(push).toHaveBeenCalledTimes(1);
  });
});

describe('createHandle', () => {
  it('refuses to send a response that breaks the contract', async () => {
    fake.reset();
    const window = new BrowserWindow();
    await window.loadURL(rendererUrl);
    createHandle(() => 'main')('config:get', () => ({
      gatewayUrl: 'not a url',
      appVersion: '1',
      platform: 'linux',
    }));

    await expect(fake.invokeMain('config:get', { window: fake.windowFor(window) })).rejects.toThrow(
      'config:get: internal error.',
    );
  });
});
