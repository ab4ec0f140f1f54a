import { z } from 'zod';
import { LANGUAGES } from './domain.js';

/**
 * The desktop's per-user settings (stored by Electron main in the user's data folder, edited in
 * the renderer's settings dialog). One schema validates the file on load, every change over IPC
 * and the dialog's form, so a bad value is refused with a message wherever it comes from.
 */

/** z.url() checks the scheme and that WHATWG URL can parse the rest. */
const httpUrl = z.url({ protocol: /^https?$/ });
/**
 * What a base URL may look like once z.url() has accepted it: scheme, a non-empty authority, an
 * optional path, and nothing that URL parsing would quietly repair (it deletes tabs and newlines)
 * or that would break `${base}/api/...`: no query, fragment, whitespace, control characters or
 * backslashes.
 */
const BASE_URL_SHAPE =
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  /^https?:\/\/[^/?#\\\s\u0000-\u001f\u007f]+(?:\/[^?#\\\s\u0000-\u001f\u007f]*)?$/i;
const CREDENTIALS = /^https?:\/\/[^/?#]*@/i;

const LOOPBACK_HTTP = /^http:\/\/(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d+)?(?:\/|$)/i;

/**
 * Plain http only to this machine (a gateway on the agent's own PC, development): across a
 * network the session token and customer data must travel encrypted.
 */
export function plainHttpProblem(value: string): string | null {
  return /^http:/i.test(value) && !LOOPBACK_HTTP.test(value)
    ? 'must use https:// (plain http:// only to localhost or 127.0.0.1)'
    : null;
}

/** For messages and logs: never echo a password someone pasted into a URL. */
export const maskUrlCredentials = (value: string): string => value.replace(/\/\/[^/@]*@/, '//***@');

/** Why `value` is not an acceptable base URL (one reason, the first that applies), or null. */
function baseUrlProblem(value: string): string | null {
  if (value.length > 2048) return 'must be at most 2048 characters';
  if (!httpUrl.safeParse(value).success) return 'must be an http:// or https:// URL';
  if (CREDENTIALS.test(value)) return 'must not carry a user name or password';
  const plain = plainHttpProblem(value);
  if (plain !== null) return plain;
  if (!BASE_URL_SHAPE.test(value))
    return 'must be a base URL such as https://gateway.example.com, without "?", "#", spaces or backslashes';
  return null;
}

/**
 * An http(s) base URL without credentials; scheme and host lower-cased, trailing slash dropped.
 * shared/ has no DOM or Node types, so no URL class: the checks above are string checks.
 */
export const httpBaseUrlSchema = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const problem = baseUrlProblem(value);
    if (problem === null) {
      return value.replace(/^[^/]+\/\/[^/]*/, (origin) => origin.toLowerCase()).replace(/\/+$/, '');
    }
    ctx.addIssue({ code: 'custom', message: problem, input: value });
    return z.NEVER;
  });

/**
 * What a pop does to the window:
 * - `focus`: always bring the window to the front;
 * - `flash-when-busy`: bring it forward unless the agent is typing in another app (then flash
 *   the taskbar entry, so no keystroke lands in the wrong window);
 * - `flash`: never take focus, only flash.
 */
export const POP_BEHAVIOURS = ['focus', 'flash-when-busy', 'flash'] as const;
export type PopBehaviour = (typeof POP_BEHAVIOURS)[number];

const MODIFIER =
  '(?:CommandOrControl|CmdOrCtrl|Command|Cmd|Control|Ctrl|Alt|Option|AltGr|Shift|Super|Meta)';
const KEY =
  '(?:[A-Z0-9]|F(?:[1-9]|1[0-9]|2[0-4])|Space|Enter|Return|Tab|Insert|Delete|Home|End|PageUp|PageDown|Up|Down|Left|Right)';
/** One or more modifiers then one key: a global shortcut without a modifier would eat typing. */
const ACCELERATOR = new RegExp(`^(?:${MODIFIER}\\+)+${KEY}$`);
/** Modifiers that do not type: Shift, Alt/Option and AltGr with a letter do (É, å, @…). */
const COMMAND_MODIFIERS: ReadonlySet<string> = new Set([
  'CommandOrControl',
  'CmdOrCtrl',
  'Command',
  'Cmd',
  'Control',
  'Ctrl',
  'Super',
  'Meta',
]);
const FUNCTION_KEY = /^F\d+$/;

/** Why an accelerator cannot be a system-wide shortcut, or null when it can. */
function acceleratorProblem(value: string): string | null {
  if (value.length > 64) return 'must be at most 64 characters';
  if (!ACCELERATOR.test(value))
    return 'must be modifiers then one key, such as CommandOrControl+Shift+A';
  const parts = value.split('+');
  const key = parts.pop() ?? '';
  if (new Set(parts).size !== parts.length) return 'must not repeat a modifier';
  if (!FUNCTION_KEY.test(key) && !parts.some((part) => COMMAND_MODIFIERS.has(part)))
    return 'needs CommandOrControl, Control, Command or Super unless the key is F1 to F24: Shift, Alt and AltGr alone would capture typing';
  return null;
}

export const acceleratorSchema = z.string().superRefine((value, ctx) => {
  const problem = acceleratorProblem(value);
  if (problem !== null) ctx.addIssue({ code: 'custom', message: problem, input: value });
});

export const desktopSettingsSchema = z.object({
  /** null: the gateway from FIREBREAK_GATEWAY_URL (or the default). Applies after a restart. */
  gatewayUrl: httpBaseUrlSchema.nullable(),
  /** null: the language the agent last chose in the app, else the system's. */
  language: z.enum(LANGUAGES).nullable(),
  sound: z.object({
    /** The ring when a contact is offered. */
    enabled: z.boolean(),
    volume: z.number().min(0).max(1),
  }),
  pop: z.object({
    behaviour: z.enum(POP_BEHAVIOURS),
    /** An OS notification with customer, tier and risk. */
    notification: z.boolean(),
    /** A small always-on-top window with the offer and an Accept button. */
    compactWindow: z.boolean(),
    /** System-wide shortcut that accepts the ringing offer; null turns it off. */
    acceptShortcut: acceleratorSchema.nullable(),
  }),
  startAtLogin: z.boolean(),
});
export type DesktopSettings = z.infer<typeof desktopSettingsSchema>;

export const DEFAULT_DESKTOP_SETTINGS: DesktopSettings = {
  gatewayUrl: null,
  language: null,
  sound: { enabled: true, volume: 0.8 },
  pop: {
    behaviour: 'flash-when-busy',
    notification: true,
    compactWindow: false,
    acceptShortcut: 'CommandOrControl+Shift+A',
  },
  startAtLogin: false,
};

/** A change to some settings: any top-level key, and any key of `sound` and `pop`. */
export const desktopSettingsPatchSchema = z
  .object({
    gatewayUrl: desktopSettingsSchema.shape.gatewayUrl,
    language: desktopSettingsSchema.shape.language,
    sound: desktopSettingsSchema.shape.sound.partial().strict(),
    pop: desktopSettingsSchema.shape.pop.partial().strict(),
    startAtLogin: desktopSettingsSchema.shape.startAtLogin,
  })
  .partial()
  .strict();
export type DesktopSettingsPatch = z.infer<typeof desktopSettingsPatchSchema>;

/** `settings` with `patch` applied (nested objects merged, not replaced). */
export function applySettingsPatch(
  settings: DesktopSettings,
  patch: DesktopSettingsPatch,
): DesktopSettings {
  return {
    ...settings,
    ...(patch.gatewayUrl !== undefined && { gatewayUrl: patch.gatewayUrl }),
    ...(patch.language !== undefined && { language: patch.language }),
    ...(patch.startAtLogin !== undefined && { startAtLogin: patch.startAtLogin }),
    sound: { ...settings.sound, ...patch.sound },
    pop: { ...settings.pop, ...patch.pop },
  };
}
