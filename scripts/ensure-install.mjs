#!/usr/bin/env node
// Makes a fresh clone ready using Node's built-ins only (it runs before node_modules exists):
//  - installs dependencies when node_modules is missing or older than package-lock.json,
//    never failing on Electron's binary download (unreachable on locked-down machines);
//  - with --browser, makes sure a Chromium for the end-to-end tests is there (Debian's package
//    when running as root with apt-get; otherwise it says what to install).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const wantBrowser = process.argv.includes('--browser');

function run(command, args, extraEnv = {}) {
  console.log(`[setup] ${command} ${args.join(' ')}`);
  execFileSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...extraEnv } });
}

// What node_modules was installed from: package.json's dependency lists. (Not the lock file:
// `npm install` may rewrite it, and `npm ci` is not used because registries that lack some
// platforms' optional binaries make npm write locks that `npm ci` then rejects.)
const marker = path.join(root, 'node_modules', '.firebreak-installed');
function manifestHash() {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const deps = { d: pkg.dependencies, dev: pkg.devDependencies, opt: pkg.optionalDependencies };
  return createHash('sha256').update(JSON.stringify(deps)).digest('hex');
}

if (!existsSync(marker) || readFileSync(marker, 'utf8') !== manifestHash()) {
  run('npm', ['install', '--no-audit', '--no-fund'], { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' });
  writeFileSync(marker, manifestHash());
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
