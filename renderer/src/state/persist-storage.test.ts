import { describe, expect, it } from 'vitest';
import { aLogin } from '../../../test/setup/renderer-providers';
import { DEFAULT_DESKTOP_SETTINGS } from '../../../shared/desktop-settings';
import { appStore, STORE_NAME } from './index';
import { createSplitStorage } from './persist-storage';

const storage = createSplitStorage();
const past = () => new Date(Date.now() - 60_000).toISOString();
const DEFAULT_SOUND = DEFAULT_DESKTOP_SETTINGS.sound;
const signedOut = {
  token: null,
  agent: null,
  expiresAt: null,
  sessionId: null,
  refreshToken: null,
  refreshExpiresAt: null,
  language: null,
} as const;

describe('persisted client state', () => {
  it('keeps the session (refresh token too) for this tab and the language for this machine', () => {
    const session = aLogin({ token: 't', refreshToken: 'r' });
    storage.setItem('fb', { version: 1, state: { ...session, language: 'fa' } });

    expect(JSON.parse(window.sessionStorage.getItem('fb:session') ?? 'null')).toEqual(session);
    expect(window.localStorage.getItem('fb:ui')).toBe('{"language":"fa"}');
    expect(storage.getItem('fb')).toMatchObject({
      state: { token: 't', refreshToken: 'r', sessionId: 'session-1', language: 'fa' },
    });
  });

  it('forgets the session on sign-out', () => {
    storage.setItem('fb', { version: 1, state: { ...aLogin(), language: null } });
    storage.setItem('fb', { version: 1, state: signedOut });
    expect(window.sessionStorage.getItem('fb:session')).toBeNull();
  });

  it('restores a session whose access token expired while its refresh token lives', () => {
    window.sessionStorage.setItem('fb:session', JSON.stringify(aLogin({ expiresAt: past() })));
    expect(storage.getItem('fb')).toMatchObject({
      state: { token: 'test-token', refreshToken: 'test-refresh-token' },
    });
  });

  it('does not restore an ended or tampered session', () => {
    window.sessionStorage.setItem(
      'fb:session',
      JSON.stringify(aLogin({ expiresAt: past(), refreshExpiresAt: past() })),
    );
    expect(storage.getItem('fb')).toMatchObject({
      state: { token: null, agent: null, refreshToken: null },
    });

    window.sessionStorage.setItem('fb:session', '{"token": 42}');
    window.localStorage.setItem('fb:ui', '{"language":"klingon"}');
    expect(storage.getItem('fb')).toMatchObject({ state: { token: null, language: null } });
  });
});

describe('persisted ring sound', () => {
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
