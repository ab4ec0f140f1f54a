/**
 * Writing a small file so that a crash, a full disk or a failed rename never leaves it half
 * written: the data goes to a temporary file in the same folder, is flushed to disk (fsync), and
 * only then renamed over the target, which the OS does in one step. Readers see the old file or
 * the new one, never a mix. Synchronous: used for settings, the session and the autostart entry,
 * all a few hundred bytes written on a user's action.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface AtomicWriteOptions {
  /** Permissions of the new file (POSIX; Windows ignores them). Default 0o666 less the umask. */
  readonly mode?: number;
}

/**
 * Replaces `file` with `data` atomically, creating its folder if needed.
 * @throws the file system's error; `file` is then as it was, and no temporary file is left.
 */
export function writeFileAtomicSync(
  file: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): void {
  const folder = path.dirname(file);
  fs.mkdirSync(folder, { recursive: true });
  // Same folder, so the rename cannot cross file systems; random, so two writers never collide.
  const temp = path.join(folder, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    // 'wx': create, never follow or reuse something already there. The mode applies at creation.
    fd = fs.openSync(temp, 'wx', options.mode ?? 0o666);
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temp, file);
  } catch (error) {
    if (fd !== undefined) closeQuietly(fd);
    fs.rmSync(temp, { force: true });
    throw error;
  }
  syncFolder(folder);
}

/** Deletes `file` if it exists. @throws when it exists and cannot be deleted. */
export function removeFileSync(file: string): void {
  fs.rmSync(file, { force: true });
}

function closeQuietly(fd: number): void {
  try {
    fs.closeSync(fd);
  } catch {
    // Already failing: the original error is the one to report.
  }
}

/**
 * Makes the rename itself durable (POSIX: the folder's entry is flushed too). Best effort: the
 * new file is already in place, and Windows cannot open a folder for this at all.
 */
function syncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  let fd: number | undefined;
  try {
    fd = fs.openSync(folder, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Some file systems refuse fsync on a folder; the data itself is already on disk.
  } finally {
    if (fd !== undefined) closeQuietly(fd);
  }
}
