/**
 * Electron security checklist item 16, "use a current version of Electron": the Electron the
 * desktop is built with must be one Electron still patches. This fails once the pinned major
 * falls out of support, which is the point: upgrade, do not silence it.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectedLatestMajor, oldestSupportedMajor } from './electron-support.js';

const require = createRequire(import.meta.url);
const installed = (require('electron/package.json') as { version: string }).version;
const declared = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    devDependencies: Record<string, string>;
  }
).devDependencies.electron ?? '';
const majorOf = (version: string): number => Number(/(\d+)\./.exec(version)?.[1]);

describe('the Electron the desktop is built with', () => {
  it('is a major Electron still supports today', () => {
    const today = new Date();
    expect(
      majorOf(installed),
      `Electron ${installed} is out of support since Electron ${oldestSupportedMajor(today) + 2} shipped: upgrade`,
    ).toBeGreaterThanOrEqual(oldestSupportedMajor(today));
  });

  it('is the major package.json asks for, so installers and tests use the same one', () => {
    expect(declared).toMatch(/^\^\d+\.\d+\.\d+$/);
    expect(majorOf(installed)).toBe(majorOf(declared.slice(1)));
  });
});

describe('the support window estimate', () => {
  it('follows the 8-week cadence, with two weeks of slack for a late release', () => {
    expect(expectedLatestMajor(new Date('2026-01-20'))).toBe(40);
    expect(expectedLatestMajor(new Date('2026-03-24'))).toBe(41);
    expect(expectedLatestMajor(new Date('2026-11-22'))).toBe(45);
    expect(oldestSupportedMajor(new Date('2026-11-22'))).toBe(43);
  });

  it('never estimates below the anchor for earlier dates', () => {
    expect(expectedLatestMajor(new Date('2025-06-01'))).toBe(40);
  });
});
