import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { app } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeElectron } from '../testing/fake-electron.js';
import { applyStartAtLogin, desktopEntryExecValue } from './login-item.js';

const fake = fakeElectron();
let home: string;

beforeEach(() => {
  fake.reset();
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'firebreak-home-'));
  app.setPath('home', home);
});
afterEach(() => {
  fs.rmSync(home, { recursive: true, force: true });
});

const entryIn = (configHome: string) => path.join(configHome, 'autostart', 'firebreak.desktop');
const defaultEntry = () => entryIn(path.join(home, '.config'));
const execLine = (file: string) =>
  fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('Exec='));

describe.each(['darwin', 'win32'] as const)('on %s', (platform) => {
  it('turns the OS login item on and off', () => {
    applyStartAtLogin(true, { platform });
    expect(app.getLoginItemSettings().openAtLogin).toBe(true);

    applyStartAtLogin(false, { platform });
    expect(app.getLoginItemSettings().openAtLogin).toBe(false);

    expect(fake.app.loginItemCalls).toEqual([{ openAtLogin: true }, { openAtLogin: false }]);
    expect(fs.readdirSync(home)).toEqual([]); // no autostart files
  });
});

describe('on Linux (XDG autostart)', () => {
  const linux = { platform: 'linux', execPath: '/opt/Firebreak/firebreak', env: {} } as const;

  it('writes ~/.config/autostart/firebreak.desktop that starts this executable', () => {
    applyStartAtLogin(true, linux);

    expect(fs.readFileSync(defaultEntry(), 'utf8')).toBe(
      [
        '[Desktop Entry]',
        'Type=Application',
        'Version=1.0',
        'Name=Firebreak',
        'Comment=Start Firebreak when you log in',
        'Exec="/opt/Firebreak/firebreak"',
        'Terminal=false',
        'X-GNOME-Autostart-enabled=true',
        '',
      ].join('\n'),
    );
    expect(fake.app.loginItemCalls).toEqual([]); // Electron has no login items on Linux
  });

  it('removes the entry when turned off, and is quiet when there is none', () => {
    applyStartAtLogin(true, linux);

    applyStartAtLogin(false, linux);
    applyStartAtLogin(false, linux);

    expect(fs.existsSync(defaultEntry())).toBe(false);
  });

  it('starts the AppImage, not the binary inside its temporary mount', () => {
    applyStartAtLogin(true, {
      ...linux,
      execPath: '/tmp/.mount_FirebrXYZ/firebreak',
      env: { APPIMAGE: '/home/agent/Applications/Firebreak-1.2.0.AppImage' },
    });

    expect(execLine(defaultEntry())).toEqual([
      'Exec="/home/agent/Applications/Firebreak-1.2.0.AppImage"',
    ]);
  });

  it('uses XDG_CONFIG_HOME when it is an absolute path, and ignores a relative one', () => {
    const configHome = path.join(home, 'cfg');

    applyStartAtLogin(true, { ...linux, env: { XDG_CONFIG_HOME: configHome } });
    expect(fs.existsSync(entryIn(configHome))).toBe(true);

    applyStartAtLogin(true, { ...linux, env: { XDG_CONFIG_HOME: 'relative/cfg' } });
    expect(fs.existsSync(defaultEntry())).toBe(true);
  });

  it('replaces an older entry whole', () => {
    applyStartAtLogin(true, { ...linux, env: { APPIMAGE: '/old/Firebreak.AppImage' } });

    applyStartAtLogin(true, { ...linux, env: { APPIMAGE: '/new/Firebreak.AppImage' } });

    expect(execLine(defaultEntry())).toEqual(['Exec="/new/Firebreak.AppImage"']);
    expect(fs.readdirSync(path.dirname(defaultEntry()))).toEqual(['firebreak.desktop']);
  });

  it('says which file it could not write, and leaves nothing behind', () => {
    const notAFolder = path.join(home, 'config-is-a-file');
    fs.writeFileSync(notAFolder, '');

    expect(() => {
      applyStartAtLogin(true, { ...linux, env: { XDG_CONFIG_HOME: notAFolder } });
    }).toThrow(`Could not write the autostart entry ${entryIn(notAFolder)}: `);
  });

  it('refuses an executable path a desktop entry cannot hold, keeping the old entry', () => {
    applyStartAtLogin(true, linux);
    const before = fs.readFileSync(defaultEntry(), 'utf8');

    expect(() => {
      applyStartAtLogin(true, { ...linux, env: { APPIMAGE: '/opt/fire\u0007break.AppImage' } });
    }).toThrow('The executable path holds control characters');
    expect(fs.readFileSync(defaultEntry(), 'utf8')).toBe(before);
  });
});

describe('desktopEntryExecValue (Desktop Entry Specification quoting)', () => {
  it.each([
    ['/opt/Firebreak/firebreak', '"/opt/Firebreak/firebreak"'],
    ['/home/agent/My Apps/Firebreak.AppImage', '"/home/agent/My Apps/Firebreak.AppImage"'],
    // Each backslash the quoting adds is then escaped as a string value: \" becomes \\".
    ['/opt/"quoted"/app', '"/opt/\\\\"quoted\\\\"/app"'],
    ['/opt/$HOME/`id`/app', '"/opt/\\\\$HOME/\\\\`id\\\\`/app"'],
    ['/opt/100%/app', '"/opt/100%%/app"'],
    // A literal backslash: escaped for the quoting, then again as a string value → four.
    ['/opt/back\\slash', '"/opt/back\\\\\\\\slash"'],
    ['/opt/new\nline', '"/opt/new\\nline"'],
  ])('writes %j as %s', (executable, value) => {
    expect(desktopEntryExecValue(executable)).toBe(value);
  });

  it('keeps the value on one line whatever the path holds', () => {
    expect(desktopEntryExecValue('/a\nb\rc\td')).not.toMatch(/[\n\r\t]/);
  });
});
