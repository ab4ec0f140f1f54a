import { describe, expect, it } from 'vitest';
import { anAgent } from '../../../test/setup/renderer-providers';
import { DEFAULT_DESKTOP_SETTINGS } from '../../../shared/desktop-settings';
import { appStore, STORE_NAME } from './index';
import { createSplitStorage } from './persist-storage';

const storage = createSplitStorage();
const future = () => new Date(Date.now() + 60_000).toISOString();
const past = () => new Date(Date.now() - 60_000).toISOString();
const DEFAULT_SOUND = DEFAULT_DESKTOP_SETTINGS.sound;

describe('persisted client state', () => {
  it('keeps the session for this tab and the language for this machine', () => {
    storage.setItem('fb', {
      version: 1,
      state: { token: 't', agent: anAgent(), expiresAt: future(), language: 'fa' },
    });

    expect(JSON.parse(window.sessionStorage.getItem('fb:session') ?? 'null')).toMatchObject({
      token: 't',
    });
    expect(window.localStorage.getItem('fb:ui')).toBe('{"language":"fa"}');
    expect(storage.getItem('fb')).toMatchObject({ state: { token: 't', language: 'fa' } });
  });

  it('forgets the session on sign-out', () => {
    storage.setItem('fb', {
      version: 1,
      state: { token: 't', agent: anAgent(), expiresAt: future(), language: null },
    });
    storage.setItem('fb', {
      version: 1,
      state: { token: null, agent: null, expiresAt: null, language: null },
    });
    expect(window.sessionStorage.getItem('fb:session')).toBeNull();
  });

  it('does not restore an expired or tampered session', () => {
    window.sessionStorage.setItem(
      'fb:session',
      JSON.stringify({ token: 't', agent: anAgent(), expiresAt: past() }),
    );
    expect(storage.getItem('fb')).toMatchObject({ state: { token: null, agent: null } });

    window.sessionStorage.setItem('fb:session', '{"token": 42}');
    window.localStorage.setItem('fb:ui', '{"language":"klingon"}');
    expect(storage.getItem('fb')).toMatchObject({ state: { token: null, language: null } });
  });
});

describe('persisted ring sound', () => {
  const signedOut = { token: null, agent: null, expiresAt: null, language: null } as const;

  it('keeps a changed ring on this machine and writes nothing for the default', () => {
    storage.setItem('fb', { version: 1, state: { ...signedOut, ringSound: { ...DEFAULT_SOUND } } });
    expect(window.localStorage.getItem('fb:ui')).toBe('{"language":null}');

    storage.setItem('fb', {
      version: 1,
      state: { ...signedOut, ringSound: { enabled: false, volume: 0.3 } },
    });
    expect(storage.getItem('fb')).toMatchObject({
      state: { ringSound: { enabled: false, volume: 0.3 } },
    });
  });

  it('starts from the desktop defaults and drops a tampered ring alone', () => {
    expect(storage.getItem('fb')).toMatchObject({ state: { ringSound: DEFAULT_SOUND } });

    for (const ringSound of [
      { enabled: 'yes', volume: 0.5 },
      { enabled: true, volume: 7 },
      'loud',
    ]) {
      window.localStorage.setItem('fb:ui', JSON.stringify({ language: 'fa', ringSound }));
      expect(storage.getItem('fb')).toMatchObject({
        state: { language: 'fa', ringSound: DEFAULT_SOUND },
      });
    }
  });
});

describe('ring sound in the store', () => {
  it('changes one part at a time, clamps the volume and is persisted', () => {
    const { setRingSound } = appStore.getState();
    setRingSound({ volume: 0.25 });
    expect(appStore.getState().ringSound).toEqual({ enabled: true, volume: 0.25 });
    setRingSound({ enabled: false });
    setRingSound({ volume: 3 });
    expect(appStore.getState().ringSound).toEqual({ enabled: false, volume: 1 });
    expect(JSON.parse(window.localStorage.getItem(`${STORE_NAME}:ui`) ?? 'null')).toEqual({
      language: null,
      ringSound: { enabled: false, volume: 1 },
    });
  });
});
