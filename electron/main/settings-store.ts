/**
 * The desktop's per-user settings, kept in `settings.json` in the user's data folder
 * (`app.getPath('userData')`). One schema (shared/desktop-settings.ts) checks the file on load and
 * every change, so what is in memory and on disk is always a valid DesktopSettings.
 *
 * - Load (synchronous, once at start-up, before the window opens; get() and update() load on
 *   first use if the caller has not): no file → the defaults. A file that cannot be read, is not
 *   JSON or does not pass the schema is kept as `settings.json.invalid-<time>` (never silently
 *   destroyed), one warning says what is wrong, and the defaults are used. Keys this version
 *   does not know are dropped; keys it knows but the file lacks come from the defaults.
 * - Update (synchronous, a few hundred bytes on a user's action): the patch is checked, merged,
 *   the whole checked again, written atomically (atomic-file.ts), and only then kept in memory
 *   and announced to listeners. A refused patch or a failed write changes nothing anywhere.
 */
import fs from 'node:fs';
import type { z } from 'zod';
import {
  DEFAULT_DESKTOP_SETTINGS,
  applySettingsPatch,
  desktopSettingsPatchSchema,
  desktopSettingsSchema,
} from '../../shared/desktop-settings.js';
import type { DesktopSettings } from '../../shared/desktop-settings.js';
import { writeFileAtomicSync } from './atomic-file.js';
import { log } from './log.js';

export interface SettingsUpdate {
  readonly settings: DesktopSettings;
  /** The gateway URL now differs from the one this run started with: it applies after a restart. */
  readonly restartNeeded: boolean;
}

export type SettingsListener = (settings: DesktopSettings, previous: DesktopSettings) => void;

export interface SettingsStore {
  /** Reads the file now (synchronous) and returns what is in effect. Call once at start-up. */
  load(): DesktopSettings;
  /** The settings in effect (frozen). */
  get(): DesktopSettings;
  /**
   * Applies a change from outside (IPC): checked, merged, saved, then announced.
   * @throws SettingsError listing each bad field, when the patch is refused (nothing changes).
   * @throws Error naming the file, when it cannot be saved (nothing changes).
   */
  update(patch: unknown): SettingsUpdate;
  /** Called after each saved change that altered something. Returns the unsubscribe. */
  onChange(listener: SettingsListener): () => void;
}

/** A refused change: `problems` are `field: what is wrong`, also joined in the message. */
export class SettingsError extends Error {
  override readonly name = 'SettingsError';
  constructor(readonly problems: readonly string[]) {
    super(`Invalid settings: ${problems.join('; ')}.`);
  }
}

/** `pop.acceptShortcut: must be …`, one line per problem; unknown keys are named one by one. */
function describeSettingsIssues(error: z.ZodError): string[] {
  return error.issues.flatMap((issue) => {
    const at = (key: PropertyKey): string => [...issue.path, key].map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => `${at(key)}: is not a setting`);
    }
    const field = issue.path.length === 0 ? 'settings' : issue.path.map(String).join('.');
    return [`${field}: ${issue.message}`];
  });
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The defaults overlaid with what the file holds, nested groups merged, so a file from an older
 * version (fewer keys) still loads. A group that is not an object is left for the schema to refuse.
 */
function withDefaults(stored: Record<string, unknown>): Record<string, unknown> {
  const group = (name: 'sound' | 'pop'): unknown => {
    const value = stored[name];
    if (value === undefined) return DEFAULT_DESKTOP_SETTINGS[name];
    return isPlainObject(value) ? { ...DEFAULT_DESKTOP_SETTINGS[name], ...value } : value;
  };
  return { ...DEFAULT_DESKTOP_SETTINGS, ...stored, sound: group('sound'), pop: group('pop') };
}

type FileRead =
  | { readonly kind: 'missing' }
  | { readonly kind: 'valid'; readonly settings: DesktopSettings }
  | { readonly kind: 'invalid'; readonly problem: string };

function readSettingsFile(file: string): FileRead {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'invalid', problem: `cannot be read (${code ?? String(error)})` };
  }
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch (error) {
    return { kind: 'invalid', problem: `is not valid JSON (${(error as Error).message})` };
  }
  if (!isPlainObject(stored)) return { kind: 'invalid', problem: 'does not hold a JSON object' };
  const parsed = desktopSettingsSchema.safeParse(withDefaults(stored));
  if (!parsed.success) {
    return {
      kind: 'invalid',
      problem: `has invalid values (${describeSettingsIssues(parsed.error).join('; ')})`,
    };
  }
  return { kind: 'valid', settings: parsed.data };
}

/** Moves a bad file aside as `<file>.invalid-<time>`; returns the new name, or null if it could not. */
function keepAside(file: string): string | null {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  let aside = `${file}.invalid-${stamp}`;
  for (let n = 2; fs.existsSync(aside); n++) aside = `${file}.invalid-${stamp}-${String(n)}`;
  try {
    fs.renameSync(file, aside);
    return aside;
  } catch {
    return null;
  }
}

function deepFreeze(settings: DesktopSettings): DesktopSettings {
  Object.freeze(settings.sound);
  Object.freeze(settings.pop);
  return Object.freeze(settings);
}

const sameSettings = (a: DesktopSettings, b: DesktopSettings): boolean =>
  JSON.stringify(a) === JSON.stringify(b); // Both come from the schema: same key order.

/** @param options.file `path.join(app.getPath('userData'), 'settings.json')`. */
export function createSettingsStore(options: { readonly file: string }): SettingsStore {
  const { file } = options;
  let current: DesktopSettings | null = null;
  /** The gateway URL this run uses: a change to it needs a restart, changing it back does not. */
  let startedWithGateway: string | null = null;
  const listeners = new Set<SettingsListener>();

  const load = (): DesktopSettings => {
    const read = readSettingsFile(file);
    let settings: DesktopSettings = DEFAULT_DESKTOP_SETTINGS;
    if (read.kind === 'valid') settings = read.settings;
    if (read.kind === 'invalid') {
      const aside = keepAside(file);
      log.warn(
        aside === null
          ? `Settings file ${file} ${read.problem}; it could not be moved aside and will be replaced on the next change. Using the default settings.`
          : `Settings file ${file} ${read.problem}; it was kept as ${aside}. Using the default settings.`,
      );
    }
    current = deepFreeze(structuredClone(settings));
    startedWithGateway = current.gatewayUrl;
    return current;
  };

  const get = (): DesktopSettings => current ?? load();

  const update = (patch: unknown): SettingsUpdate => {
    const previous = get();
    const parsedPatch = desktopSettingsPatchSchema.safeParse(patch);
    if (!parsedPatch.success) throw new SettingsError(describeSettingsIssues(parsedPatch.error));
    const merged = desktopSettingsSchema.safeParse(applySettingsPatch(previous, parsedPatch.data));
    if (!merged.success) throw new SettingsError(describeSettingsIssues(merged.error));
    const next = deepFreeze(merged.data);
    const result = { settings: next, restartNeeded: next.gatewayUrl !== startedWithGateway };
    if (sameSettings(previous, next)) return { ...result, settings: previous };

    try {
      writeFileAtomicSync(file, `${JSON.stringify(next, null, 2)}\n`);
    } catch (error) {
      throw new Error(`Could not save the settings to ${file}: ${(error as Error).message}`, {
        cause: error,
      });
    }
    current = next;
    for (const listener of [...listeners]) {
      try {
        listener(next, previous);
      } catch (error) {
        log.error('A settings listener failed.', error);
      }
    }
    return result;
  };

  return {
    load,
    get,
    update,
    onChange(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
