import path from 'node:path';
import { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcInvokeContract } from '../../shared/ipc.js';
import { fakeElectron } from '../testing/fake-electron.js';
import type { FakeIpcSender, FakeWindow } from '../testing/fake-electron.js';
import { createHandle, isOurRendererFrame, registerDesktopIpc } from './ipc.js';
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
let readiness: RendererReadiness;
let openExternal: ReturnType<typeof vi.fn<(url: string) => Promise<boolean>>>;

beforeEach(async () => {
  fake.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  ourWindow = new BrowserWindow();
  await ourWindow.loadURL(rendererUrl);
  ours = fake.windowFor(ourWindow);
  readiness = createRendererReadiness();
  openExternal = vi.fn(() => Promise.resolve(true));
  registerDesktopIpc({
    handle: createHandle((event) =>
      isOurRendererFrame(event, ourWindow, (url) => isRendererUrl(renderer, url)),
    ),
    gatewayUrl: 'http://127.0.0.1:4300',
    readiness,
    openExternal,
  });
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
    createHandle(() => true)('config:get', () => ({
      gatewayUrl: 'not a url',
      appVersion: '1',
      platform: 'linux',
    }));

    await expect(fake.invokeMain('config:get', { window: fake.windowFor(window) })).rejects.toThrow(
      'config:get: internal error.',
    );
  });
});
