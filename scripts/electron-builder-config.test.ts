/**
 * The installer configuration (electron-builder.yml), checked without Electron's binary and
 * without building: loaded with electron-builder's own loader and validated with its own schema
 * (what `electron-builder` does first on every build), then the settings a security reviewer
 * asks about are asserted one by one.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { FuseState, SENTINEL } from '@electron/fuses/dist/constants.js';
import type { AfterPackContext, Configuration, FuseOptionsV1 } from 'app-builder-lib';
import { PlatformPackager } from 'app-builder-lib';
import type { AppInfo } from 'app-builder-lib/out/appInfo.js';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { expandMacro } from 'app-builder-lib/out/util/macroExpander.js';
import { DebugLogger } from 'builder-util';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import viteConfig from '../electron.vite.config.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const configFile = path.join(root, 'electron-builder.yml');

/** Where electron-builder records schema errors for `--debug`; off here. */
const debugLogger = new DebugLogger(false);

const validate = (configuration: Configuration): Promise<void> =>
  validateConfiguration(configuration, debugLogger);

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
async function pngSize(file: string): Promise<{ width: number; height: number }> {
  const bytes = await readFile(file);
  expect(bytes.subarray(0, 8)).toEqual(
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  );
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

let config: Configuration;

beforeAll(async () => {
  config = await getConfig(root, configFile, null);
});

afterEach(() => {
  vi.unstubAllEnvs();
});

/** A deep, writable copy of the loaded configuration with one change applied. */
function withChange(change: (copy: Record<string, unknown>) => void): Configuration {
  const copy = structuredClone(config);
  change(copy as Record<string, unknown>);
  return copy;
}

const section = (copy: Record<string, unknown>, key: string): Record<string, unknown> =>
  copy[key] as Record<string, unknown>;

describe('electron-builder.yml against electron-builder’s own schema', () => {
  it('is a valid configuration, as electron-builder checks it before every build', async () => {
    expect(config.appId).toBe('com.firebreak.desktop');
    expect(config.productName).toBe('Firebreak');
    await expect(validate(config)).resolves.toBeUndefined();
  });

  it.each<[string, (copy: Record<string, unknown>) => void, RegExp]>([
    [
      'a misspelt fuse',
      (copy) => {
        section(copy, 'electronFuses').runAsnode = false;
      },
      // ajv reports the failed anyOf (object | null) rather than the unknown key itself.
      /configuration\.electronFuses should be one of these/,
    ],
    [
      'an unknown top-level option',
      (copy) => {
        copy.autoUpdate = { url: 'https://updates.example.com' };
      },
      /configuration has an unknown property 'autoUpdate'/,
    ],
    [
      'a fuse that is not a boolean',
      (copy) => {
        section(copy, 'electronFuses').onlyLoadAppFromAsar = 'sometimes';
      },
      /configuration\.electronFuses\.onlyLoadAppFromAsar should be a boolean/,
    ],
    [
      'a protocol without schemes',
      (copy) => {
        copy.protocols = [{ name: 'Firebreak' }];
      },
      /configuration\.protocols\.0 misses the property 'schemes'/,
    ],
  ])('refuses an invalid copy with %s, naming the option', async (_case, change, message) => {
    const invalid = withChange(change);

    const rejection = expect(validate(invalid)).rejects;
    await rejection.toThrow('Invalid configuration object');
    await rejection.toThrow(message);
  });
});

describe('packaging hardening', () => {
  it('sets every security fuse as required', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    } satisfies Required<Omit<FuseOptionsV1, 'resetAdHocDarwinSignature'>>);
  });

  it('writes those fuses into the Electron binary through electron-builder’s own fuse step', async () => {
    // A stand-in for Electron's executable: the fuse wire as Electron ships it (sentinel,
    // version 1, eight fuses at their defaults), between other bytes.
    const shipped = [
      FuseState.ENABLE, // RunAsNode
      FuseState.DISABLE, // EnableCookieEncryption
      FuseState.ENABLE, // EnableNodeOptionsEnvironmentVariable
      FuseState.ENABLE, // EnableNodeCliInspectArguments
      FuseState.DISABLE, // EnableEmbeddedAsarIntegrityValidation
      FuseState.DISABLE, // OnlyLoadAppFromAsar
      FuseState.DISABLE, // LoadBrowserProcessSpecificV8Snapshot
      FuseState.ENABLE, // GrantFileProtocolExtraPrivileges
    ];
    const dir = await mkdtemp(path.join(os.tmpdir(), 'firebreak-fuses-'));
    try {
      const binary = path.join(dir, 'Firebreak.exe');
      await writeFile(
        binary,
        Buffer.concat([
          Buffer.from('MZ electron code…'),
          Buffer.from(SENTINEL),
          Buffer.from([1, shipped.length, ...shipped]),
          Buffer.from('…more code'),
        ]),
      );

      // PlatformPackager.doAddElectronFuses is the step electron-builder runs after packing and
      // before signing; `this` needs only the config and the executable's name. (If an
      // electron-builder upgrade moves it, follow it: this proves what lands in the binary.)
      const packager = Object.create(PlatformPackager.prototype, {
        config: { value: config },
        appInfo: { value: { productFilename: 'Firebreak' } },
      }) as { doAddElectronFuses(context: AfterPackContext): Promise<void> };
      vi.spyOn(console, 'log').mockImplementation(() => undefined);
      await packager.doAddElectronFuses({
        appOutDir: dir,
        electronPlatformName: 'win32',
      } as AfterPackContext);

      const wire = await getCurrentFuseWire(binary);
      const state = (fuse: FuseV1Options): 'on' | 'off' =>
        wire[fuse] === FuseState.ENABLE ? 'on' : 'off';
      expect({
        runAsNode: state(FuseV1Options.RunAsNode),
        nodeOptions: state(FuseV1Options.EnableNodeOptionsEnvironmentVariable),
        inspect: state(FuseV1Options.EnableNodeCliInspectArguments),
        cookieEncryption: state(FuseV1Options.EnableCookieEncryption),
        asarIntegrity: state(FuseV1Options.EnableEmbeddedAsarIntegrityValidation),
        onlyLoadAppFromAsar: state(FuseV1Options.OnlyLoadAppFromAsar),
        v8Snapshot: state(FuseV1Options.LoadBrowserProcessSpecificV8Snapshot),
        fileProtocolPrivileges: state(FuseV1Options.GrantFileProtocolExtraPrivileges),
      }).toEqual({
        runAsNode: 'off',
        nodeOptions: 'off',
        inspect: 'off',
        cookieEncryption: 'on',
        asarIntegrity: 'on',
        onlyLoadAppFromAsar: 'on',
        v8Snapshot: 'off',
        fileProtocolPrivileges: 'off',
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('packs out/ alone into app.asar: no node_modules, so electron-updater must be bundled', () => {
    expect(config.asar).toBe(true);
    // electron-builder's loader normalises `files` into one file set.
    expect(config.files).toEqual([{ filter: ['out/**', 'package.json', '!node_modules'] }]);
    expect(config.npmRebuild).toBe(false);
    // electron-vite bundles main's dependencies (electron-updater among them) into out/main.
    expect(viteConfig.main?.build?.externalizeDeps).toBe(false);
  });

  it('ships the tray icons main loads from resources/assets, and nothing else beside app.asar', async () => {
    expect(config.extraResources).toEqual([
      { from: 'assets', to: 'assets', filter: ['tray.png', 'tray@2x.png'] },
    ]);
    // Electron picks tray@2x.png on HiDPI screens: twice the size of tray.png.
    const [tray, tray2x] = await Promise.all([
      pngSize(path.join(root, 'assets/tray.png')),
      pngSize(path.join(root, 'assets/tray@2x.png')),
    ]);
    expect(tray2x).toEqual({ width: tray.width * 2, height: tray.height * 2 });
  });

  it('gives the macOS hardened runtime the JIT entitlement and nothing else', async () => {
    expect(config.mac?.hardenedRuntime).toBe(true);
    expect(config.mac?.entitlements).toBe('assets/entitlements.mac.plist');
    expect(config.mac?.entitlementsInherit).toBe('assets/entitlements.mac.plist');
    const plist = await readFile(path.join(root, 'assets/entitlements.mac.plist'), 'utf8');
    expect([...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((match) => match[1])).toEqual([
      'com.apple.security.cs.allow-jit',
    ]);
  });
});

describe('platforms, deep links and updates', () => {
  it('builds AppImage and deb for Linux, NSIS for Windows, dmg and zip for macOS', () => {
    expect({
      linux: config.linux?.target,
      win: config.win?.target,
      mac: config.mac?.target,
    }).toEqual({ linux: ['AppImage', 'deb'], win: ['nsis'], mac: ['dmg', 'zip'] });
    expect(config.linux?.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/);
    expect(config.linux?.category).toBe('Office');
  });

  it('hands firebreak:// links to the app (macOS Info.plist, the Linux desktop entry)', async () => {
    expect(config.protocols).toEqual([{ name: 'Firebreak', schemes: ['firebreak'] }]);
    expect(config.linux?.desktop?.entry?.MimeType).toBe('x-scheme-handler/firebreak;');
    // The .desktop file is named after package.json's desktopName, the executable's name.
    const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as {
      desktopName?: string;
    };
    expect(config.linux?.syncDesktopName).toBe(true);
    expect(pkg.desktopName).toBe(`${config.linux?.executableName ?? ''}.desktop`);
  });

  it('publishes to a generic feed whose URL is FIREBREAK_UPDATE_URL at build time', () => {
    expect(config.publish).toEqual({ provider: 'generic', url: '${env.FIREBREAK_UPDATE_URL}' });
    const url = (config.publish as { url: string }).url;
    // expandMacro reads the app's metadata only for ${productName}-style macros, never for ${env.*}.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment
    const appInfo = {} as AppInfo;

    vi.stubEnv('FIREBREAK_UPDATE_URL', 'https://updates.firebreak.example.com/desktop');
    expect(expandMacro(url, null, appInfo)).toBe('https://updates.firebreak.example.com/desktop');

    vi.stubEnv('FIREBREAK_UPDATE_URL', undefined);
    expect(() => expandMacro(url, null, appInfo)).toThrow(
      'env FIREBREAK_UPDATE_URL is not defined',
    );
  });

  it('declares electron-updater for the app and the build tools as devDependencies', async () => {
    const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    expect(pkg.dependencies).toHaveProperty('electron-updater');
    // electron-builder refuses to build when electron is a runtime dependency.
    expect(pkg.devDependencies).toHaveProperty('electron');
    expect(pkg.devDependencies).toHaveProperty('electron-builder');
    expect(pkg.dependencies).not.toHaveProperty('electron');
  });
});

describe('icons', () => {
  it('gives every platform the same icon from assets/, a square PNG of at least 512×512', async () => {
    const icons = new Set([config.linux?.icon, config.win?.icon, config.mac?.icon]);
    expect([...icons]).toEqual(['assets/icon.png']);
    expect(config.directories?.buildResources).toBe('assets');

    const { width, height } = await pngSize(path.join(root, 'assets/icon.png'));
    expect(width).toBe(height);
    expect(width).toBeGreaterThanOrEqual(512);
  });
});
