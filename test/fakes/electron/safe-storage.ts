/**
 * The fake `safeStorage`. Like Electron on Windows and Linux, it reports encryption available
 * only once the app is ready, and the Linux backend is 'unknown' before then. On Linux without a
 * secret store Electron answers isEncryptionAvailable() true with the 'basic_text' backend
 * (a hard-coded key): set `storageBackend` to play that.
 *
 * encryptString really transforms the bytes (a tag, a key byte, then every byte XOR-ed with it),
 * so a test can show the plain text is not on disk; decryptString refuses anything it did not
 * produce with the current key, as the OS does after a key change.
 */
import type { FakeSafeStorage, StorageBackend } from '../../../electron/testing/fake-electron.js';
import { fakeApp } from './app.js';

const TAG = Buffer.from('fake-safe-storage:v1:');
const FIRST_KEY = 0x5a;

export class SafeStorage implements FakeSafeStorage {
  encryptionAvailable = true;
  storageBackend: StorageBackend = 'gnome_libsecret';
  private key = FIRST_KEY;

  // ── the part of safeStorage main code calls ──
  isEncryptionAvailable = (): boolean => this.encryptionAvailable && fakeApp.isReady();
  getSelectedStorageBackend = (): StorageBackend =>
    fakeApp.isReady() ? this.storageBackend : 'unknown';
  encryptString = (plainText: string): Buffer => {
    if (!this.isEncryptionAvailable()) {
      throw new Error(
        'Error while encrypting the text provided to safeStorage.encryptString. Encryption is not available.',
      );
    }
    return Buffer.concat([TAG, Buffer.from([this.key]), this.xor(Buffer.from(plainText, 'utf8'))]);
  };
  decryptString = (encrypted: Buffer): string => {
    const tag = encrypted.subarray(0, TAG.length);
    if (!this.isEncryptionAvailable() || !tag.equals(TAG) || encrypted[TAG.length] !== this.key) {
      throw new Error(
        'Error while decrypting the ciphertext provided to safeStorage.decryptString.',
      );
    }
    return this.xor(encrypted.subarray(TAG.length + 1)).toString('utf8');
  };

  // ── FakeSafeStorage ──
  changeKey(): void {
    this.key = this.key === 0xff ? 1 : this.key + 1;
  }

  reset(): void {
    this.encryptionAvailable = true;
    this.storageBackend = 'gnome_libsecret';
    this.key = FIRST_KEY;
  }

  private xor(bytes: Buffer): Buffer {
    return Buffer.from(bytes.map((byte) => byte ^ this.key));
  }
}

export const safeStorage = new SafeStorage();
