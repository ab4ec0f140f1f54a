/**
 * The fake `safeStorage`. Like Electron on Windows and Linux, it reports encryption available
 * only once the app is ready, and the Linux backend is 'unknown' before then. On Linux without a
 * secret store Electron answers isAsyncEncryptionAvailable() true with the 'basic_text' backend
 * (a hard-coded key): set `storageBackend` to play that.
 *
 * encryptStringAsync really transforms the bytes (a tag, a key byte, then every byte XOR-ed with
 * it), so a test can show the plain text is not on disk; decryptStringAsync refuses anything it did
 * not produce, as the OS does after a key is lost, and answers shouldReEncrypt for data under a key
 * the OS rotated away from.
 */
import type { FakeSafeStorage, StorageBackend } from '../../../electron/testing/fake-electron.js';
import { fakeApp } from './app.js';

const TAG = Buffer.from('fake-safe-storage:v1:');
const FIRST_KEY = 0x5a;

export class SafeStorage implements FakeSafeStorage {
  encryptionAvailable = true;
  storageBackend: StorageBackend = 'gnome_libsecret';
  private key = FIRST_KEY;
  /** Keys rotated away from: still decrypt, with shouldReEncrypt. */
  private readonly retiredKeys = new Set<number>();

  // ── the part of safeStorage main code calls (the async API; the sync one is deprecated) ──
  isAsyncEncryptionAvailable = (): Promise<boolean> => Promise.resolve(this.available());
  getSelectedStorageBackend = (): StorageBackend =>
    fakeApp.isReady() ? this.storageBackend : 'unknown';
  encryptStringAsync = (plainText: string): Promise<Buffer> => {
    if (!this.available()) {
      return Promise.reject(
        new Error('Error while encrypting the text provided to safeStorage.encryptStringAsync.'),
      );
    }
    return Promise.resolve(this.encrypt(plainText));
  };
  decryptStringAsync = (
    encrypted: Buffer,
  ): Promise<{ shouldReEncrypt: boolean; result: string }> => {
    const tag = encrypted.subarray(0, TAG.length);
    const key = encrypted[TAG.length] ?? -1;
    const known = key === this.key || this.retiredKeys.has(key);
    if (!this.available() || !tag.equals(TAG) || !known) {
      return Promise.reject(
        new Error(
          'Error while decrypting the ciphertext provided to safeStorage.decryptStringAsync.',
        ),
      );
    }
    return Promise.resolve({
      shouldReEncrypt: key !== this.key,
      result: xor(encrypted.subarray(TAG.length + 1), key).toString('utf8'),
    });
  };

  // ── FakeSafeStorage ──
  encrypt(plainText: string): Buffer {
    return Buffer.concat([
      TAG,
      Buffer.from([this.key]),
      xor(Buffer.from(plainText, 'utf8'), this.key),
    ]);
  }

  changeKey(): void {
    this.retiredKeys.clear();
    this.key = nextKey(this.key);
  }

  rotateKey(): void {
    this.retiredKeys.add(this.key);
    this.key = nextKey(this.key);
  }

  reset(): void {
    this.encryptionAvailable = true;
    this.storageBackend = 'gnome_libsecret';
    this.key = FIRST_KEY;
    this.retiredKeys.clear();
  }

  private available(): boolean {
    return this.encryptionAvailable && fakeApp.isReady();
  }
}

const nextKey = (key: number): number => (key === 0xff ? 1 : key + 1);
const xor = (bytes: Buffer, key: number): Buffer => Buffer.from(bytes.map((byte) => byte ^ key));

export const safeStorage = new SafeStorage();
