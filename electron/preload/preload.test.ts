import { ipcRenderer } from 'electron';
import { beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP_COMMAND_CHANNEL, ipcInvokeContract } from '../../shared/ipc.js';
import type { DesktopCommand, DesktopConfig, FirebreakDesktopApi } from '../../shared/ipc.js';
import { fakeElectron } from '../testing/fake-electron.js';

const fake = fakeElectron();
const config: DesktopConfig = {
  gatewayUrl: 'http://127.0.0.1:4300',
  appVersion: '0.1.0',
  platform: 'linux',
};
let exposed: ReadonlyMap<string, unknown>;
let api: FirebreakDesktopApi;

/** The preload runs once per page, at import. */
beforeAll(async () => {
  fake.reset();
  fake.answerRendererInvocations((channel, args) => {
    if (channel === 'config:get') return config;
    if (channel === 'shell:open-external') return { opened: args.length === 1 };
    return undefined;
  });
  await import('./preload.js');
  exposed = new Map(fake.exposedInMainWorld);
  api = exposed.get('firebreak') as FirebreakDesktopApi;
});

const lastInvocation = () => fake.rendererInvocations.at(-1);

describe('preload', () => {
  it('exposes one API, window.firebreak, with exactly the named capabilities', () => {
    expect([...exposed.keys()]).toEqual(['firebreak']);
    expect(Object.keys(api).sort()).toEqual([
      'acceptOffer',
      'clearSession',
      'currentOffer',
      'getConfig',
      'getSettings',
      'loadSession',
      'offerArrived',
      'offerEnded',
      'onCommand',
      'openExternal',
      'rendererReady',
      'saveSession',
      'updateSettings',
      'updateTray',
    ]);
    for (const capability of Object.values(api)) expect(typeof capability).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('never exposes ipcRenderer or a generic invoke/send/on', () => {
    expect(Object.values(api)).not.toContain(ipcRenderer);
    for (const name of ['ipcRenderer', 'invoke', 'send', 'on', 'sendSync'])
      expect(api).not.toHaveProperty(name);
  });

  it('getConfig asks main on config:get with no payload', async () => {
    await expect(api.getConfig()).resolves.toEqual(config);
    expect(lastInvocation()).toEqual({ channel: 'config:get', args: [] });
  });

  it('rendererReady announces the renderer on app:renderer-ready', async () => {
    await expect(api.rendererReady()).resolves.toBeUndefined();
    expect(lastInvocation()).toEqual({ channel: 'app:renderer-ready', args: [] });
  });

  it('openExternal sends only the URL on shell:open-external', async () => {
    await expect(api.openExternal('https://firebreak.example.com/')).resolves.toEqual({
      opened: true,
    });
    expect(lastInvocation()).toEqual({
      channel: 'shell:open-external',
      args: [{ url: 'https://firebreak.example.com/' }],
    });
  });

  it('uses only the contract’s channel names', async () => {
    await Promise.all([
      api.getConfig(),
      api.rendererReady(),
      api.openExternal('https://firebreak.example.com/'),
    ]);
    const channels = new Set(fake.rendererInvocations.map(({ channel }) => channel));
    for (const channel of channels) expect(Object.keys(ipcInvokeContract)).toContain(channel);
  });

  it.each([
    ['offerEnded', () => api.offerEnded('c-1'), 'attention:offer-ended', [{ contactId: 'c-1' }]],
    ['acceptOffer', () => api.acceptOffer('c-1'), 'pop-window:accept', [{ contactId: 'c-1' }]],
    ['clearSession', () => api.clearSession(), 'session:clear', []],
    ['getSettings', () => api.getSettings(), 'settings:get', []],
    ['currentOffer', () => api.currentOffer(), 'pop-window:current', []],
    [
      'updateSettings',
      () => api.updateSettings({ sound: { volume: 0.5 } }),
      'settings:update',
      [{ sound: { volume: 0.5 } }],
    ],
  ])('%s invokes its one channel with only its payload', async (_name, call, channel, args) => {
    await call();
    expect(lastInvocation()).toEqual({ channel, args });
  });

  it('onCommand hands the listener the command alone, never the IPC event', () => {
    const received: unknown[][] = [];
    const unsubscribe = api.onCommand((...args: unknown[]) => received.push(args));
    const command: DesktopCommand = { type: 'accept-offer', contactId: 'c-7' };

    expect(fake.pushToRenderer(DESKTOP_COMMAND_CHANNEL, command)).toBe(1);

    expect(received).toEqual([[command]]);
    unsubscribe();
    expect(fake.pushToRenderer(DESKTOP_COMMAND_CHANNEL, command)).toBe(0);
    expect(received).toHaveLength(1);
  });

  it('onCommand refuses something that is not a function', () => {
    expect(() => api.onCommand('alert(1)' as unknown as () => void)).toThrow(TypeError);
  });
});
