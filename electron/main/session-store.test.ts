import type * as FsModule from 'node:fs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { app, safeStorage } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MockInstance } from 'vitest';
import type { StoredSession } from '../../shared/ipc.js';
import { fakeElectron } from '../testing/fake-electron.js';
import { createSessionStore } from './session-store.js';

/** Lets a test make the final rename fail, as a locked file or a full disk would. */
const failing = vi.hoisted(() => ({ rename: false }));
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof FsModule>();
  const patched: typeof FsModule = {
    ...real,
    renameSync: (from, to) => {
      if (failing.rename) throw Object.assign(new Error('EPERM: rename'), { code: 'EPERM' });
      real.renameSync(from, to);
    },
  };
  return { ...patched, default: patched };
});

const fake = fakeElectron();
const TOKEN = 'eyJhbGciOiJFUzI1NiJ9.agent-7-secret-token';
const REFRESH_TOKEN = 'agent-7-secret-refresh-token-0123456789abcdef';
const session: StoredSession = {
  sessionId: 'session-7',
  token: TOKEN,
  // The access token is short-lived: the stored session outlives it and is refreshed on start.
  expiresAt: '2030-01-01T07:15:00.000Z',
  refreshToken: REFRESH_TOKEN,
  refreshExpiresAt: '2030-01-01T08:00:00.000Z',
  agent: {
    id: 'agent-7',
    username: 'wang.fang',
    displayName: 'Wang Fang',
    role: 'csr',
    queues: ['motor-claims'],
  },
};
/** After the access token's expiry, before the session's end. */
const BEFORE_EXPIRY = Date.parse('2030-01-01T07:59:59.000Z');

let dir: string;
let file: string;
let warn: MockInstance<typeof console.warn>;
let error: MockInstance<typeof console.error>;

beforeEach(async () => {
  fake.reset();
  failing.rename = false;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'firebreak-session-'));
  app.setPath('userData', dir);
  file = path.join(app.getPath('userData'), 'session.bin');
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  await app.whenReady();
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

const linuxStore = () => createSessionStore({ file, platform: 'linux' });
const logged = () =>
  [...warn.mock.calls, ...error.mock.calls].map((call) => call.map(String).join(' '));

describe('which key store holds the token', () => {
  it.each([
    ['linux', 'gnome_libsecret', 'os'],
    ['linux', 'kwallet6', 'os'],
    ['linux', 'basic_text', 'none'],
    ['linux', 'unknown', 'none'],
    ['darwin', 'unknown', 'os'], // the backend is a Linux notion
    ['win32', 'basic_text', 'os'],
  ] as const)('on %s with the %s backend: %s', async (platform, backend, expected) => {
    fake.safeStorage.storageBackend = backend;

    expect(await createSessionStore({ file, platform }).keyStore()).toBe(expected);
  });

  it.each(['linux', 'darwin', 'win32'] as const)(
    'is none on %s when safeStorage has no encryption',
    async (platform) => {
      fake.safeStorage.encryptionAvailable = false;

      expect(await createSessionStore({ file, platform }).keyStore()).toBe('none');
    },
  );

  it('says once, in the log, that sessions will not survive a restart', async () => {
    fake.safeStorage.storageBackend = 'basic_text';
    const store = linuxStore();

    await store.keyStore();
    await store.save(session);
    await store.load();

    expect(warn).toHaveBeenCalledTimes(1);
    expect(logged()[0]).toContain(
      'The OS offers no key store for the session token (safeStorage backend: basic_text): it is kept in memory only',
    );
  });

  it('refuses to answer before the app is ready, rather than delete a good session', async () => {
    fake.reset(); // not ready again
    fs.writeFileSync(file, 'a session saved by the last run');

    await expect(linuxStore().load()).rejects.toThrow('used before the app was ready');
    expect(fs.readFileSync(file, 'utf8')).toBe('a session saved by the last run');
  });
});

describe('with an OS key store', () => {
  it('keeps the session for the next launch, its access token expired or not', async () => {
    expect(await linuxStore().save(session)).toEqual({ stored: true, keyStore: 'os' });

    expect(await linuxStore().load(BEFORE_EXPIRY)).toEqual({ session, keyStore: 'os' });
  });

  it('writes the tokens encrypted, never in plain text, readable by the user only', async () => {
    await linuxStore().save(session);

    const onDisk = fs.readFileSync(file);
    expect(onDisk.includes(TOKEN)).toBe(false);
    expect(onDisk.includes(REFRESH_TOKEN)).toBe(false);
    expect(onDisk.includes('wang.fang')).toBe(false);
    expect((await safeStorage.decryptStringAsync(onDisk)).result).toContain(TOKEN); // it is the session, encrypted
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it('replaces the previous session: after a refresh, only the new refresh token is kept', async () => {
    const store = linuxStore();
    await store.save(session);
    await store.save({ ...session, token: 'the-next-token', refreshToken: 'the-next-refresh' });

    expect((await store.load(BEFORE_EXPIRY)).session).toMatchObject({
      token: 'the-next-token',
      refreshToken: 'the-next-refresh',
    });
    expect(fs.readdirSync(dir)).toEqual(['session.bin']);
    expect((await safeStorage.decryptStringAsync(fs.readFileSync(file))).result).not.toContain(
      REFRESH_TOKEN,
    );
  });

  it('has nothing to load when nothing was saved', async () => {
    expect(await linuxStore().load()).toEqual({ session: null, keyStore: 'os' });
    expect(warn).not.toHaveBeenCalled();
  });

  it('drops and deletes a session that has ended (its refresh token expired)', async () => {
    const store = linuxStore();
    await store.save(session);

    expect(await store.load(Date.parse(session.refreshExpiresAt))).toEqual({
      session: null,
      keyStore: 'os',
    });
    expect(fs.existsSync(file)).toBe(false);
    expect(logged()).toEqual([
      expect.stringContaining('The saved session was dropped: it has expired.'),
    ]);
  });

  it('drops and deletes a session it can no longer decrypt (the OS key changed), without throwing', async () => {
    await linuxStore().save(session);
    fake.safeStorage.changeKey();

    expect(await linuxStore().load(BEFORE_EXPIRY)).toEqual({ session: null, keyStore: 'os' });
    expect(fs.existsSync(file)).toBe(false);
    expect(logged()).toEqual([expect.stringContaining('it cannot be decrypted')]);
  });

  it.each([
    ['garbage', () => Buffer.from('not encrypted at all'), 'it cannot be decrypted'],
    ['encrypted non-JSON', () => fake.safeStorage.encrypt('{"token":'), 'it is not JSON'],
    [
      'an encrypted non-session',
      () => fake.safeStorage.encrypt(JSON.stringify({ ...session, token: '' })),
      'it does not hold a valid session',
    ],
    [
      'an encrypted session without an agent',
      () =>
        fake.safeStorage.encrypt(JSON.stringify({ token: TOKEN, expiresAt: session.expiresAt })),
      'it does not hold a valid session',
    ],
    [
      'a session saved before refresh tokens (no way to renew it)',
      () =>
        fake.safeStorage.encrypt(
          JSON.stringify({
            token: TOKEN,
            agent: session.agent,
            expiresAt: session.refreshExpiresAt,
          }),
        ),
      'it does not hold a valid session',
    ],
  ])('drops and deletes %s', async (_case, content, reason) => {
    fs.writeFileSync(file, content());

    expect(await linuxStore().load(BEFORE_EXPIRY)).toEqual({ session: null, keyStore: 'os' });
    expect(fs.existsSync(file)).toBe(false);
    expect(logged()).toEqual([expect.stringContaining(reason)]);
  });

  it('refuses an invalid session with a message that names the field, not the token', async () => {
    const store = linuxStore();
    const bad = { ...session, token: TOKEN, expiresAt: 'tomorrow' };

    await expect(store.save(bad)).rejects.toThrow('Invalid session, not saved: bad expiresAt.');
    await expect(store.save(bad)).rejects.not.toThrow(TOKEN);
    const noRefresh = { ...session, refreshToken: '' };
    await expect(store.save(noRefresh)).rejects.toThrow(
      'Invalid session, not saved: bad refreshToken.',
    );
    expect(fs.existsSync(file)).toBe(false);
  });

  it('reports a failed save, and deletes the older session rather than bring it back later', async () => {
    const store = linuxStore();
    await store.save({ ...session, token: 'yesterdays-token' });
    failing.rename = true;

    expect(await store.save(session)).toEqual({ stored: false, keyStore: 'os' });

    expect(fs.readdirSync(dir)).toEqual([]);
    expect(logged()).toEqual([expect.stringContaining('Could not save the session')]);
  });

  it('re-encrypts the session under the new key when the OS rotated it', async () => {
    await linuxStore().save(session);
    const before = fs.readFileSync(file);
    fake.safeStorage.rotateKey();

    expect(await linuxStore().load(BEFORE_EXPIRY)).toEqual({ session, keyStore: 'os' });

    expect((await safeStorage.decryptStringAsync(before)).shouldReEncrypt).toBe(true);
    const after = await safeStorage.decryptStringAsync(fs.readFileSync(file));
    expect(after.shouldReEncrypt).toBe(false);
    expect(after.result).toContain(TOKEN);
  });

  it('forgets the session on clear, and clear is safe to repeat', async () => {
    const store = linuxStore();
    await store.save(session);

    store.clear();
    store.clear();

    expect(fs.existsSync(file)).toBe(false);
    expect((await store.load(BEFORE_EXPIRY)).session).toBeNull();
  });

  it('never logs the token', async () => {
    const store = linuxStore();
    await store.save(session);
    fake.safeStorage.changeKey();
    await store.load();
    failing.rename = true;
    await store.save(session);

    expect(logged().length).toBeGreaterThan(0);
    expect(logged().join('\n')).not.toContain(TOKEN);
    expect(logged().join('\n')).not.toContain(REFRESH_TOKEN);
  });
});

describe('without an OS key store (Linux with no secret service)', () => {
  beforeEach(() => {
    fake.safeStorage.storageBackend = 'basic_text';
  });

  it('never writes the token, and says so', async () => {
    expect(await linuxStore().save(session)).toEqual({ stored: false, keyStore: 'none' });

    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('deletes a session left on disk from when there was a key store', async () => {
    fake.safeStorage.storageBackend = 'gnome_libsecret';
    await linuxStore().save(session);
    fake.safeStorage.storageBackend = 'basic_text';

    expect(await linuxStore().load(BEFORE_EXPIRY)).toEqual({ session: null, keyStore: 'none' });
    expect(fs.existsSync(file)).toBe(false);
  });

  it('deletes it on save too', async () => {
    fake.safeStorage.storageBackend = 'gnome_libsecret';
    await linuxStore().save(session);
    fake.safeStorage.storageBackend = 'basic_text';

    await linuxStore().save(session);

    expect(fs.existsSync(file)).toBe(false);
  });
});
