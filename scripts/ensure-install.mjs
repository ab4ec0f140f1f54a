#!/usr/bin/env node
// Makes a fresh clone ready using Node's built-ins only (it runs before node_modules exists):
//  - installs dependencies when node_modules is missing or older than package-lock.json,
//    never failing on Electron's binary download (unreachable on locked-down machines);
//  - with --browser, makes sure a Chromium for the end-to-end tests is there (Debian's package
//    when running as root with apt-get; otherwise it says what to install).
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const wantBrowser = process.argv.includes('--browser');

function run(command, args, extraEnv = {}) {
  console.log(`[setup] ${command} ${args.join(' ')}`);
  execFileSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...extraEnv } });
}

function depsAreCurrent() {
  const marker = path.join(root, 'node_modules', '.package-lock.json');
  if (!existsSync(marker)) return false;
  const lock = path.join(root, 'package-lock.json');
  return !existsSync(lock) || statSync(marker).mtimeMs >= statSync(lock).mtimeMs;
}

if (!depsAreCurrent()) {
  const args = existsSync(path.join(root, 'package-lock.json')) ? ['ci'] : ['install'];
  run('npm', [...args, '--no-audit', '--no-fund'], { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' });
}

export function findChromium() {
  const candidates = [process.env.FIREBREAK_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((c) => c && existsSync(c)) ?? null;
}

if (wantBrowser && !findChromium()) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], { DEBIAN_FRONTEND: 'noninteractive' });
  } else {
    console.error(
      '[setup] The end-to-end tests need Chromium. Install it (Debian/Ubuntu: sudo apt-get install chromium)\n' +
        '        or point FIREBREAK_CHROMIUM at a Chromium/Chrome binary.',
    );
    process.exit(1);
  }
}
