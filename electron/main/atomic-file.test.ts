import type * as FsModule from 'node:fs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { removeFileSync, writeFileAtomicSync } from './atomic-file.js';

/** Lets a test make one file operation fail, as a full disk or a locked file would. */
const failing = vi.hoisted(() => ({ rename: false, write: false }));
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof FsModule>();
  const patched: typeof FsModule = {
    ...real,
    renameSync: (from, to) => {
      if (failing.rename)
        throw Object.assign(new Error('EPERM: operation not permitted, rename'), { code: 'EPERM' });
      real.renameSync(from, to);
    },
    writeFileSync: (...args: Parameters<typeof real.writeFileSync>) => {
      if (failing.write)
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), {
          code: 'ENOSPC',
        });
      real.writeFileSync(...args);
    },
  };
  return { ...patched, default: patched };
});

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'firebreak-atomic-'));
  failing.rename = false;
  failing.write = false;
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('writeFileAtomicSync', () => {
  it('creates the file, and its folder', () => {
    const file = path.join(dir, 'nested', 'settings.json');

    writeFileAtomicSync(file, '{"a":1}');

    expect(fs.readFileSync(file, 'utf8')).toBe('{"a":1}');
    expect(fs.readdirSync(path.dirname(file))).toEqual(['settings.json']);
  });

  it('replaces an existing file', () => {
    const file = path.join(dir, 'settings.json');
    fs.writeFileSync(file, 'old');

    writeFileAtomicSync(file, Buffer.from('new'));

    expect(fs.readFileSync(file, 'utf8')).toBe('new');
  });

  it.skipIf(process.platform === 'win32')('gives the file the mode asked for', () => {
    const file = path.join(dir, 'session.bin');

    writeFileAtomicSync(file, 'secret', { mode: 0o600 });

    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it.each([
    ['the rename fails', 'rename', 'EPERM'],
    ['the disk is full', 'write', 'ENOSPC'],
  ] as const)('leaves the old file whole and no temporary file when %s', (_case, step, code) => {
    const file = path.join(dir, 'settings.json');
    fs.writeFileSync(file, 'old');
    failing[step] = true;

    expect(() => {
      writeFileAtomicSync(file, 'new');
    }).toThrow(code);

    expect(fs.readFileSync(file, 'utf8')).toBe('old');
    expect(fs.readdirSync(dir)).toEqual(['settings.json']);
  });
});

describe('removeFileSync', () => {
  it('deletes the file, and is quiet when there is none', () => {
    const file = path.join(dir, 'session.bin');
    fs.writeFileSync(file, 'x');

    removeFileSync(file);
    removeFileSync(file);

    expect(fs.existsSync(file)).toBe(false);
  });
});
