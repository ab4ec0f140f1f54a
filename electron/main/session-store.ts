/**
 * Where the agent's session (access and refresh tokens, agent, expiries) waits between launches,
 * so a restart does not mean signing in again. The renderer saves it again after every refresh,
 * since the refresh token rotates. It is encrypted with Electron's safeStorage, whose key lives in
 * the OS key store (Keychain, DPAPI, libsecret or KWallet), and written atomically with mode 0600.
 *
 * When the OS offers no real key store, the key store is `none`: safeStorage is unavailable, or on
 * Linux its backend is `basic_text` (no secret service: Electron then encrypts with a hard-coded
 * key, which protects nothing) or `unknown` (asked before `ready`). Then the tokens never touch
 * the disk, a file left from before is deleted, and the caller learns `stored: false` /
 * `keyStore: 'none'` so the app can say the agent will sign in again after a restart.
 *
 * Use it only after app `ready`: before it, safeStorage cannot tell whether a key store exists,
 * and the store refuses (throws) rather than conclude `none` and delete a good session.
 * Asynchronous, like safeStorage's current API (the synchronous calls are deprecated since
 * Electron 45). When the OS rotated its key, a load re-encrypts the session with the new one.
 * The tokens are never logged.
 */
import fs from 'node:fs';
import { app, safeStorage } from 'electron';
import { storedSessionSchema } from '../../shared/ipc.js';
import type { KeyStore, StoredSession } from '../../shared/ipc.js';
import { removeFileSync, writeFileAtomicSync } from './atomic-file.js';
import { log } from './log.js';

export interface SessionStore {
  /** `os` when safeStorage is backed by a real OS key store, else `none`. */
  keyStore(): Promise<KeyStore>;
  /**
   * Keeps the session for the next launch. `stored: false` when there is no key store (nothing
   * written, any old file deleted) or the write failed (logged; the old file deleted, so an older
   * session cannot come back).
   * @throws Error when `session` is not a valid StoredSession (the message holds no token).
   */
  save(session: StoredSession): Promise<{ stored: boolean; keyStore: KeyStore }>;
  /**
   * The saved session, or null: none saved, no key store, ended at `now` (ms since the epoch: its
   * refresh token expired; an expired access token is fine, the renderer refreshes it),
   * undecryptable (key changed) or invalid. A bad file is deleted and logged, never thrown.
   */
  load(now?: number): Promise<{ session: StoredSession | null; keyStore: KeyStore }>;
  /** Forgets the saved session (sign-out). @throws when the file exists and cannot be deleted. */
  clear(): void;
}

/** Linux backends that are not a real key store (see the module comment). */
const NO_KEY_STORE_BACKENDS: ReadonlySet<string> = new Set(['basic_text', 'unknown']);

/**
 * @param options.file `path.join(app.getPath('userData'), 'session.bin')`.
 * @param options.platform for tests; defaults to `process.platform`.
 */
export function createSessionStore(options: {
  readonly file: string;
  readonly platform?: NodeJS.Platform;
}): SessionStore {
  const { file, platform = process.platform } = options;
  let saidNoKeyStore = false;

  /** Why safeStorage would not really protect the token, or null when it would. */
  const noKeyStoreReason = async (): Promise<string | null> => {
    if (!app.isReady()) {
      throw new Error(
        'The session store was used before the app was ready: safeStorage cannot tell yet whether the OS has a key store.',
      );
    }
    if (!(await safeStorage.isAsyncEncryptionAvailable())) {
      return 'safeStorage encryption is not available';
    }
    if (platform === 'linux') {
      const backend = safeStorage.getSelectedStorageBackend();
      if (NO_KEY_STORE_BACKENDS.has(backend)) return `safeStorage backend: ${backend}`;
    }
    return null;
  };

  const keyStore = async (): Promise<KeyStore> => {
    const reason = await noKeyStoreReason();
    if (reason === null) return 'os';
    if (!saidNoKeyStore) {
      saidNoKeyStore = true;
      log.warn(
        `The OS offers no key store for the session token (${reason}): it is kept in memory only, so agents sign in again after a restart.`,
      );
    }
    return 'none';
  };

  /** Deletes the file, logging rather than throwing: used on paths that must not fail. */
  const discard = (why: string): void => {
    try {
      removeFileSync(file);
    } catch (error) {
      log.error(`Could not delete the saved session (${why}).`, error);
    }
  };

  /** Encrypts and writes atomically; throws what safeStorage or the file system threw. */
  const write = async (session: StoredSession): Promise<void> => {
    const encrypted = await safeStorage.encryptStringAsync(JSON.stringify(session));
    writeFileAtomicSync(file, encrypted, { mode: 0o600 });
  };

  const save = async (session: StoredSession): Promise<{ stored: boolean; keyStore: KeyStore }> => {
    const parsed = storedSessionSchema.safeParse(session);
    if (!parsed.success) {
      const fields = [
        ...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || 'session')),
      ];
      throw new Error(`Invalid session, not saved: bad ${fields.join(', ')}.`);
    }
    const store = await keyStore();
    if (store === 'none') {
      discard('no key store');
      return { stored: false, keyStore: store };
    }
    try {
      await write(parsed.data);
      return { stored: true, keyStore: store };
    } catch (error) {
      log.error('Could not save the session; the agent will sign in again after a restart.', error);
      discard('the save failed');
      return { stored: false, keyStore: store };
    }
  };

  const load = async (
    now = Date.now(),
  ): Promise<{ session: StoredSession | null; keyStore: KeyStore }> => {
    const store = await keyStore();
    const none = { session: null, keyStore: store };
    if (store === 'none') {
      discard('no key store');
      return none;
    }
    let encrypted: Buffer;
    try {
      encrypted = fs.readFileSync(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        log.warn(
          `The saved session cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}); signing in again.`,
        );
        discard('unreadable');
      }
      return none;
    }
    const drop = (why: string) => {
      log.warn(`The saved session was dropped: ${why}.`);
      discard(why);
      return none;
    };
    let text: string;
    let reEncrypt: boolean;
    try {
      const decrypted = await safeStorage.decryptStringAsync(encrypted);
      text = decrypted.result;
      reEncrypt = decrypted.shouldReEncrypt;
    } catch {
      return drop('it cannot be decrypted (the OS key changed?)');
    }
    let stored: unknown;
    try {
      stored = JSON.parse(text);
    } catch {
      return drop('it is not JSON');
    }
    const parsed = storedSessionSchema.safeParse(stored);
    if (!parsed.success) return drop('it does not hold a valid session');
    if (Date.parse(parsed.data.refreshExpiresAt) <= now) return drop('it has expired');
    if (reEncrypt) {
      // The OS rotated its key: write the session again under the new one. Failing that, the
      // session still works for this launch; the old file stays readable until the next try.
      await write(parsed.data).catch((error: unknown) => {
        log.error('The saved session could not be re-encrypted with the new OS key.', error);
      });
    }
    return { session: parsed.data, keyStore: store };
  };

  return {
    keyStore,
    save,
    load,
    clear() {
      removeFileSync(file);
    },
  };
}
