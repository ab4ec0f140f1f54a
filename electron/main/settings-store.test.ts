import type * as FsModule from 'node:fs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { app } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MockInstance } from 'vitest';
import { DEFAULT_DESKTOP_SETTINGS } from '../../shared/desktop-settings.js';
import { fakeElectron } from '../testing/fake-electron.js';
import { SettingsError, createSettingsStore } from './settings-store.js';

/** Lets a test make the final rename fail, as a locked file or a full disk would. */
const failing = vi.hoisted(() => ({ rename: false }));
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof FsModule>();
  const patched: typeof FsModule = {
    ...real,
    renameSync: (from, to) => {
      if (failing.rename && String(from).endsWith('.tmp')) {
        throw Object.assign(new Error('EPERM: operation not permitted, rename'), { code: 'EPERM' });
      }
      real.renameSync(from, to);
    },
  };
  return { ...patched, default: patched };
});

const fake = fakeElectron();
let dir: string;
let file: string;
let warn: MockInstance<typeof console.warn>;

beforeEach(() => {
  fake.reset();
  failing.rename = false;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'firebreak-settings-'));
  app.setPath('userData', dir);
  file = path.join(app.getPath('userData'), 'settings.json');
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

const writeSettingsFile = (content: unknown) => {
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
};
const readSettingsFile = (): unknown => JSON.parse(fs.readFileSync(file, 'utf8'));
const keptAside = () =>
  fs.readdirSync(dir).filter((name) => name.startsWith('settings.json.invalid-'));
const warnings = () => warn.mock.calls.map((call) => call.join(' '));

describe('loading the settings', () => {
  it('uses the defaults when there is no file yet, quietly and without creating one', () => {
    const store = createSettingsStore({ file });

    expect(store.load()).toEqual(DEFAULT_DESKTOP_SETTINGS);
    expect(warn).not.toHaveBeenCalled();
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('reads what was saved', () => {
    const saved = { ...DEFAULT_DESKTOP_SETTINGS, language: 'fa', startAtLogin: true };
    writeSettingsFile(saved);

    expect(createSettingsStore({ file }).load()).toEqual(saved);
  });

  it('reads a file from an older version (missing keys) or a newer one (unknown keys)', () => {
    writeSettingsFile({
      language: 'en',
      sound: { volume: 0.4, ringtone: 'bell' },
      theme: 'dark',
    });

    const settings = createSettingsStore({ file }).load();

    expect(settings).toEqual({
      ...DEFAULT_DESKTOP_SETTINGS,
      language: 'en',
      sound: { enabled: true, volume: 0.4 },
    });
    expect(warn).not.toHaveBeenCalled();
  });

  it.each([
    ['is not JSON', '{"language": "en",', 'is not valid JSON'],
    ['is empty (a crash mid-write by an older version)', '', 'is not valid JSON'],
    ['is not an object', '["en"]', 'does not hold a JSON object'],
    [
      'has an invalid value',
      JSON.stringify({ sound: { volume: 7 }, pop: { acceptShortcut: 'A' } }),
      'has invalid values (sound.volume: Too big: expected number to be <=1; pop.acceptShortcut: must be modifiers then one key',
    ],
    ['has a group of the wrong type', JSON.stringify({ pop: 'focus' }), 'has invalid values (pop:'],
  ])(
    'keeps a file that %s aside, says what is wrong and uses the defaults',
    (_case, content, problem) => {
      writeSettingsFile(content);

      const settings = createSettingsStore({ file }).load();

      expect(settings).toEqual(DEFAULT_DESKTOP_SETTINGS);
      const [aside, ...more] = keptAside();
      expect(more).toEqual([]);
      expect(fs.readFileSync(path.join(dir, aside!), 'utf8')).toBe(content);
      expect(fs.existsSync(file)).toBe(false);
      expect(warnings()).toEqual([expect.stringContaining(`Settings file ${file} ${problem}`)]);
      expect(warnings()[0]).toContain(
        `it was kept as ${path.join(dir, aside!)}. Using the default settings.`,
      );
    },
  );

  it('keeps aside what cannot be read at all', () => {
    fs.mkdirSync(file); // EISDIR, as unreadable as it gets without root-proof permissions

    expect(createSettingsStore({ file }).load()).toEqual(DEFAULT_DESKTOP_SETTINGS);
    expect(keptAside()).toHaveLength(1);
    expect(warnings()[0]).toContain('cannot be read (EISDIR)');
  });

  it('never overwrites an earlier bad file it kept', () => {
    writeSettingsFile('first');
    createSettingsStore({ file }).load();
    writeSettingsFile('second');
    createSettingsStore({ file }).load();

    const contents = keptAside().map((name) => fs.readFileSync(path.join(dir, name), 'utf8'));
    expect(contents.sort()).toEqual(['first', 'second']);
  });

  it('loads on first use when load() was not called', () => {
    writeSettingsFile({ language: 'zh-CN' });

    expect(createSettingsStore({ file }).get().language).toBe('zh-CN');
  });
});

describe('changing the settings', () => {
  it('saves the change, merged into the rest, and returns what is now in effect', () => {
    const store = createSettingsStore({ file });
    store.load();

    const result = store.update({ sound: { volume: 0.25 }, pop: { behaviour: 'focus' } });

    const expected = {
      ...DEFAULT_DESKTOP_SETTINGS,
      sound: { enabled: true, volume: 0.25 },
      pop: { ...DEFAULT_DESKTOP_SETTINGS.pop, behaviour: 'focus' },
    };
    expect(result).toEqual({ settings: expected, restartNeeded: false });
    expect(store.get()).toEqual(expected);
    expect(readSettingsFile()).toEqual(expected);
    expect(createSettingsStore({ file }).load()).toEqual(expected);
  });

  it('tells its listeners the new and the previous settings, until they unsubscribe', () => {
    const store = createSettingsStore({ file });
    const listener = vi.fn();
    const unsubscribe = store.onChange(listener);

    store.update({ language: 'en' });
    unsubscribe();
    store.update({ language: 'fa' });

    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith(
      { ...DEFAULT_DESKTOP_SETTINGS, language: 'en' },
      DEFAULT_DESKTOP_SETTINGS,
    );
  });

  it('refuses a bad change with every bad field named, and changes nothing', () => {
    writeSettingsFile({ language: 'en' });
    const store = createSettingsStore({ file });
    store.load();
    const before = fs.readFileSync(file, 'utf8');
    const listener = vi.fn();
    store.onChange(listener);

    const update = () =>
      store.update({
        pop: { acceptShortcut: 'Shift+A', behaviour: 'steal' },
        sound: { volume: -1 },
        gatewayUrl: 'https://agent:pw@gw.example.com',
        theme: 'dark',
      });

    expect(update).toThrow(SettingsError);
    const problems = (() => {
      try {
        update();
      } catch (error) {
        return (error as SettingsError).problems;
      }
      return [];
    })();
    expect(problems).toEqual([
      'gatewayUrl: must not carry a user name or password',
      'sound.volume: Too small: expected number to be >=0',
      expect.stringMatching(/^pop\.behaviour: Invalid option/),
      expect.stringMatching(/^pop\.acceptShortcut: needs CommandOrControl/),
      'theme: is not a setting',
    ]);
    expect(update).toThrow(/^Invalid settings: gatewayUrl: must not carry/);
    expect(update).not.toThrow('pw@');
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
    expect(store.get()).toEqual({ ...DEFAULT_DESKTOP_SETTINGS, language: 'en' });
    expect(listener).not.toHaveBeenCalled();
  });

  it.each([null, 'en', 42, [], { sound: 'loud' }, { pop: { volume: 1 } }])(
    'refuses %j with a clear error',
    (patch) => {
      const store = createSettingsStore({ file });
      expect(() => store.update(patch)).toThrow(/^Invalid settings: \S+: /);
      expect(fs.existsSync(file)).toBe(false);
    },
  );

  it('says a restart is needed while the gateway differs from the one this run started with', () => {
    writeSettingsFile({ gatewayUrl: 'https://gw-a.example.com' });
    const store = createSettingsStore({ file });
    store.load();

    expect(store.update({ gatewayUrl: 'https://gw-b.example.com/' })).toMatchObject({
      settings: { gatewayUrl: 'https://gw-b.example.com' },
      restartNeeded: true,
    });
    expect(store.update({ sound: { enabled: false } }).restartNeeded).toBe(true);
    expect(store.update({ gatewayUrl: 'https://gw-a.example.com' }).restartNeeded).toBe(false);
    expect(store.update({ gatewayUrl: null }).restartNeeded).toBe(true);
  });

  it('does not write or announce a change that changes nothing', () => {
    const store = createSettingsStore({ file });
    const listener = vi.fn();
    store.onChange(listener);

    expect(store.update({ language: null, sound: {} })).toEqual({
      settings: DEFAULT_DESKTOP_SETTINGS,
      restartNeeded: false,
    });
    expect(fs.existsSync(file)).toBe(false);
    expect(listener).not.toHaveBeenCalled();
  });

  it('is all or nothing: when the save fails, the old file, get() and the listeners are untouched', () => {
    writeSettingsFile({ language: 'en' });
    const store = createSettingsStore({ file });
    store.load();
    const before = fs.readFileSync(file, 'utf8');
    const listener = vi.fn();
    store.onChange(listener);
    failing.rename = true;

    expect(() => store.update({ language: 'fa', startAtLogin: true })).toThrow(
      `Could not save the settings to ${file}: EPERM`,
    );

    expect(fs.readFileSync(file, 'utf8')).toBe(before);
    expect(fs.readdirSync(dir)).toEqual(['settings.json']); // no temporary file left behind
    expect(store.get()).toEqual({ ...DEFAULT_DESKTOP_SETTINGS, language: 'en' });
    expect(listener).not.toHaveBeenCalled();

    failing.rename = false;
    expect(store.update({ language: 'fa' }).settings.language).toBe('fa');
    expect(readSettingsFile()).toMatchObject({ language: 'fa', startAtLogin: false });
  });

  it('still saves and tells the other listeners when one listener throws', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const store = createSettingsStore({ file });
    const second = vi.fn();
    store.onChange(() => {
      throw new Error('boom');
    });
    store.onChange(second);

    expect(store.update({ startAtLogin: true }).settings.startAtLogin).toBe(true);
    expect(second).toHaveBeenCalledOnce();
    expect(readSettingsFile()).toMatchObject({ startAtLogin: true });
  });

  it('hands out settings nobody can change behind its back', () => {
    const store = createSettingsStore({ file });
    const settings = store.get();

    expect(() => {
      (settings.sound as { volume: number }).volume = 0;
    }).toThrow(TypeError);
    expect(store.get().sound.volume).toBe(DEFAULT_DESKTOP_SETTINGS.sound.volume);
  });
});
