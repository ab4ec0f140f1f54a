import {
  desktopSettingsSchema,
  type DesktopSettings,
  type DesktopSettingsPatch,
  type PopBehaviour,
} from '../../../../shared/desktop-settings';
import type { Language } from '../../../../shared/domain';

/** `app`: follow the language chosen in the app (null in the settings). */
export type LanguageChoice = Language | 'app';

/**
 * What the dialog's form holds: the settings as the controls edit them (text for the nullable
 * text fields, a 0–100 volume for the slider). Field names are the settings' own paths.
 */
export interface SettingsFormValues {
  gatewayUrl: string;
  language: LanguageChoice;
  sound: { enabled: boolean; volume: number };
  pop: {
    behaviour: PopBehaviour;
    notification: boolean;
    compactWindow: boolean;
    acceptShortcut: string;
  };
  startAtLogin: boolean;
}

/** The fields an error can point at (`form`: none in particular). */
export const SETTINGS_FIELDS = [
  'gatewayUrl',
  'language',
  'sound.enabled',
  'sound.volume',
  'pop.behaviour',
  'pop.notification',
  'pop.compactWindow',
  'pop.acceptShortcut',
  'startAtLogin',
] as const;
export type SettingsField = (typeof SETTINGS_FIELDS)[number];
export type SettingsErrors = Partial<Record<SettingsField | 'form', string>>;

export const toPercent = (volume: number) => Math.round(volume * 100);

export function toFormValues(settings: DesktopSettings): SettingsFormValues {
  return {
    gatewayUrl: settings.gatewayUrl ?? '',
    language: settings.language ?? 'app',
    sound: { enabled: settings.sound.enabled, volume: toPercent(settings.sound.volume) },
    pop: { ...settings.pop, acceptShortcut: settings.pop.acceptShortcut ?? '' },
    startAtLogin: settings.startAtLogin,
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The settings the form describes, not yet checked. */
function fromFormValues(values: SettingsFormValues): DesktopSettings {
  return {
    gatewayUrl: orNull(values.gatewayUrl),
    language: values.language === 'app' ? null : values.language,
    sound: { enabled: values.sound.enabled, volume: values.sound.volume / 100 },
    pop: { ...values.pop, acceptShortcut: orNull(values.pop.acceptShortcut) },
    startAtLogin: values.startAtLogin,
  };
}

const asField = (path: string): SettingsField | 'form' =>
  SETTINGS_FIELDS.find((field) => field === path) ?? 'form';

export type CheckedSettings =
  | { ok: true; settings: DesktopSettings }
  | { ok: false; problems: Partial<Record<SettingsField | 'form', string>> };

/** Checks the form with the one settings schema; each problem keyed by the field it concerns. */
export function checkSettings(values: SettingsFormValues): CheckedSettings {
  const parsed = desktopSettingsSchema.safeParse(fromFormValues(values));
  if (parsed.success) return { ok: true, settings: parsed.data };
  const problems: Partial<Record<SettingsField | 'form', string>> = {};
  for (const issue of parsed.error.issues) {
    problems[asField(issue.path.map(String).join('.'))] ??= issue.message;
  }
  return { ok: false, problems };
}

/**
 * Only what the agent changed: fields whose control differs from what was loaded, with their
 * checked value. Compared as the controls hold them, so a volume the slider rounds is not sent
 * back unless moved.
 */
export function settingsPatch(
  loaded: SettingsFormValues,
  edited: SettingsFormValues,
  checked: DesktopSettings,
): DesktopSettingsPatch {
  const patch: DesktopSettingsPatch = {};
  if (loaded.gatewayUrl.trim() !== edited.gatewayUrl.trim()) patch.gatewayUrl = checked.gatewayUrl;
  if (loaded.language !== edited.language) patch.language = checked.language;
  if (loaded.startAtLogin !== edited.startAtLogin) patch.startAtLogin = checked.startAtLogin;

  const sound: NonNullable<DesktopSettingsPatch['sound']> = {};
  if (loaded.sound.enabled !== edited.sound.enabled) sound.enabled = checked.sound.enabled;
  if (loaded.sound.volume !== edited.sound.volume) sound.volume = checked.sound.volume;
  if (Object.keys(sound).length > 0) patch.sound = sound;

  const pop: NonNullable<DesktopSettingsPatch['pop']> = {};
  const was = loaded.pop;
  const now = edited.pop;
  if (was.behaviour !== now.behaviour) pop.behaviour = checked.pop.behaviour;
  if (was.notification !== now.notification) pop.notification = checked.pop.notification;
  if (was.compactWindow !== now.compactWindow) pop.compactWindow = checked.pop.compactWindow;
  if (was.acceptShortcut.trim() !== now.acceptShortcut.trim()) {
    pop.acceptShortcut = checked.pop.acceptShortcut;
  }
  if (Object.keys(pop).length > 0) patch.pop = pop;
  return patch;
}

/**
 * Main's refusal as the agent should read it: without Electron's "Error invoking remote
 * method" wrapper, and the field it names (`pop.acceptShortcut: …`, `→ at gatewayUrl`).
 */
export function describeRefusal(error: unknown): { message: string; field: SettingsField | null } {
  const raw = error instanceof Error ? error.message : String(error);
  const message = raw
    .replace(/^Error invoking remote method '[^']*':\s*/, '')
    .replace(/^\w*Error:\s*/, '');
  const field =
    [...SETTINGS_FIELDS]
      .sort((a, b) => b.length - a.length)
      .find((name) => new RegExp(`(?:^|[\\s(;:])${name.replace('.', '\\.')}\\b`).test(message)) ??
    null;
  return { message, field };
}

export const isEmptyPatch = (patch: DesktopSettingsPatch) => Object.keys(patch).length === 0;
