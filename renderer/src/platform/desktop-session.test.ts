import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StoredSession } from '../../../shared/ipc';
import { appStore } from '../state';
import { initialAppData } from '../state/store';
import { getDesktopKeyStore, setDesktopKeyStore, syncDesktopSession } from './desktop-session';
import { installFakeDesktop } from './test-desktop-api';

const agent = {
  id: 'a-1',
  username: 'li.na',
  displayName: 'Li Na',
  role: 'csr' as const,
  queues: ['motor'],
};
const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();
const agoMs = (ms: number) => new Date(Date.now() - ms).toISOString();
const stored = (): StoredSession => ({
  sessionId: 'session-1',
  token: 'token-from-disk',
  expiresAt: inAnHour(),
  refreshToken: 'refresh-from-disk',
  refreshExpiresAt: inAnHour(),
  agent,
});

let stop: () => void = () => undefined;
afterEach(() => {
  stop();
  appStore.setState(initialAppData());
  setDesktopKeyStore(null);
  Reflect.deleteProperty(window, 'firebreak');
});

describe('syncDesktopSession', () => {
  it('does nothing in a browser', async () => {
    stop = await syncDesktopSession(appStore);
    expect(getDesktopKeyStore()).toBeNull();
    expect(appStore.getState().token).toBeNull();
  });

  it('signs the agent back in with the session main kept', async () => {
    const session = stored();
    installFakeDesktop({
      loadSession: () => Promise.resolve({ session, keyStore: 'os' }),
    });
    stop = await syncDesktopSession(appStore);

    expect(appStore.getState().token).toBe('token-from-disk');
    expect(appStore.getState().refreshToken).toBe('refresh-from-disk');
    expect(appStore.getState().agent?.displayName).toBe('Li Na');
    expect(getDesktopKeyStore()).toBe('os');
  });

  it('signs back in when only the access token has expired: the refresh token renews it', async () => {
    installFakeDesktop({
      loadSession: () =>
        Promise.resolve({ session: { ...stored(), expiresAt: agoMs(60_000) }, keyStore: 'os' }),
    });
    stop = await syncDesktopSession(appStore);
    expect(appStore.getState().refreshToken).toBe('refresh-from-disk');
  });

  it('ignores a stored session that has ended', async () => {
    installFakeDesktop({
      loadSession: () =>
        Promise.resolve({
          session: { ...stored(), expiresAt: agoMs(60_000), refreshExpiresAt: agoMs(1000) },
          keyStore: 'os',
        }),
    });
    stop = await syncDesktopSession(appStore);
    expect(appStore.getState().token).toBeNull();
  });

  it('saves on sign-in and clears on sign-out', async () => {
    const desktop = installFakeDesktop();
    stop = await syncDesktopSession(appStore);
    const session = stored();

    appStore.getState().signIn(session);
    expect(desktop.api.saveSession).toHaveBeenCalledWith(session);

    appStore.getState().signOut();
    expect(desktop.api.clearSession).toHaveBeenCalledTimes(1);
  });

  it('saves again after every refresh, so a restart never presents a spent refresh token', async () => {
    const desktop = installFakeDesktop();
    stop = await syncDesktopSession(appStore);
    appStore.getState().signIn(stored());

    const rotated = { ...stored(), token: 'token-2', refreshToken: 'refresh-2' };
    appStore.getState().refreshed(rotated);
    expect(desktop.api.saveSession).toHaveBeenLastCalledWith(rotated);
    expect(desktop.api.saveSession).toHaveBeenCalledTimes(2);

    // A late answer for a session since signed out is not saved.
    appStore.getState().signOut();
    appStore.getState().refreshed({ ...rotated, refreshToken: 'refresh-3' });
    expect(desktop.api.saveSession).toHaveBeenCalledTimes(2);
  });

  it('reports when the OS offers no key store, and still starts when main fails', async () => {
    installFakeDesktop({ loadSession: () => Promise.resolve({ session: null, keyStore: 'none' }) });
    stop = await syncDesktopSession(appStore);
    expect(getDesktopKeyStore()).toBe('none');

    stop();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    installFakeDesktop({ loadSession: () => Promise.reject(new Error('ipc down')) });
    stop = await syncDesktopSession(appStore);
    expect(appStore.getState().token).toBeNull();
  });
});
