import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else if (!entry.name.includes('.test.')) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds the web renderer into dist/renderer when it is missing or older than its sources. */
export function ensureWebBuild(log: (line: string) => void = console.log): string {
  const out = path.join(root, 'dist', 'renderer');
  const index = path.join(out, 'index.html');
  const sourcesChanged = () =>
    Math.max(newestMtime(path.join(root, 'renderer')), newestMtime(path.join(root, 'shared'))) > statSync(index).mtimeMs;
  if (!existsSync(index) || sourcesChanged()) {
    log('Building the web renderer (vite)…');
    execFileSync('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
    });
  }
  return out;
}
