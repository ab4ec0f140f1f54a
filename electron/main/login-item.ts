/**
 * "Start at login": the setting made real in the OS.
 * - macOS and Windows: Electron's login item (`app.setLoginItemSettings`).
 * - Linux (and other XDG desktops), where Electron has no login items: an XDG autostart entry,
 *   `$XDG_CONFIG_HOME/autostart/firebreak.desktop` (default `~/.config/autostart`), written
 *   atomically; it starts the AppImage when the app runs from one (`$APPIMAGE`), else this
 *   executable. Disabling deletes the entry.
 *
 * Call it for the packaged app only: in development the executable is Electron itself, and the OS
 * would start a bare Electron at login.
 */
import path from 'node:path';
import { app } from 'electron';
import { removeFileSync, writeFileAtomicSync } from './atomic-file.js';

export interface StartAtLoginDeps {
  /** Default `process.platform`. */
  readonly platform?: NodeJS.Platform;
  /** Default `process.env` (XDG_CONFIG_HOME, APPIMAGE). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Default `app.getPath('home')`. */
  readonly homeDir?: string;
  /** Default `process.execPath`. */
  readonly execPath?: string;
}

/** The name of the autostart entry (and of the desktop file, in XDG terms). */
export const AUTOSTART_FILE_NAME = 'firebreak.desktop';

/**
 * Turns starting at login on or off for the current user.
 * @throws Error naming the file when the Linux autostart entry cannot be written or deleted.
 */
export function applyStartAtLogin(enabled: boolean, deps: StartAtLoginDeps = {}): void {
  const platform = deps.platform ?? process.platform;
  if (platform === 'darwin' || platform === 'win32') {
    app.setLoginItemSettings({ openAtLogin: enabled });
    return;
  }
  const env = deps.env ?? process.env;
  const file = autostartEntryPath(env, deps.homeDir ?? app.getPath('home'));
  try {
    if (enabled) {
      const executable = launchedExecutable(env, deps.execPath ?? process.execPath);
      writeFileAtomicSync(file, autostartEntry(executable));
    } else {
      removeFileSync(file);
    }
  } catch (error) {
    const action = enabled ? 'write' : 'delete';
    throw new Error(
      `Could not ${action} the autostart entry ${file}: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
}

/** `$XDG_CONFIG_HOME/autostart/firebreak.desktop`; a relative or empty XDG_CONFIG_HOME is ignored, as the spec says. */
export function autostartEntryPath(
  env: Readonly<Record<string, string | undefined>>,
  homeDir: string,
): string {
  const configured = env.XDG_CONFIG_HOME;
  const configHome =
    configured !== undefined && path.isAbsolute(configured)
      ? configured
      : path.join(homeDir, '.config');
  return path.join(configHome, 'autostart', AUTOSTART_FILE_NAME);
}

/** The AppImage (the running binary lives in a temporary mount that is gone at next login). */
function launchedExecutable(
  env: Readonly<Record<string, string | undefined>>,
  execPath: string,
): string {
  const appImage = env.APPIMAGE;
  return appImage !== undefined && path.isAbsolute(appImage) ? appImage : execPath;
}

/** The desktop entry that starts `executable`. */
export function autostartEntry(executable: string): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.0',
    'Name=Firebreak',
    'Comment=Start Firebreak when you log in',
    `Exec=${desktopEntryExecValue(executable)}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/**
 * One program path as the value of an `Exec` key (Desktop Entry Specification, "The Exec key"):
 * quoted in double quotes with `"`, `` ` ``, `$` and `\` backslash-escaped; `%` doubled (field
 * codes); then the general escapes of a string value (`\\`, `\n`, `\t`, `\r`), which a reader
 * undoes first. So every backslash is doubled once more: `"` is written `\\"`, and a literal
 * backslash becomes four, as the specification spells out.
 * @throws Error for other control characters, which a desktop entry cannot hold.
 */
export function desktopEntryExecValue(executable: string): string {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(executable)) {
    throw new Error(
      'The executable path holds control characters: no autostart entry can start it.',
    );
  }
  const quoted = `"${executable.replace(/["`$\\]/g, (char) => `\\${char}`).replace(/%/g, '%%')}"`;
  return quoted.replace(/[\\\n\t\r]/g, (char) =>
    char === '\n' ? '\\n' : char === '\t' ? '\\t' : char === '\r' ? '\\r' : '\\\\',
  );
}
