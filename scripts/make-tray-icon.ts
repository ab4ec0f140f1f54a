/**
 * `npx tsx scripts/make-tray-icon.ts`: writes assets/tray.png (16×16) and assets/tray@2x.png
 * (32×32, which Electron picks on HiDPI screens), the desktop's tray icon (see
 * scripts/lib/tray-icon.ts). Deterministic: running it again gives the same bytes.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { drawTrayIcon, encodePng } from './lib/tray-icon.js';

for (const [name, size] of [
  ['tray.png', 16],
  ['tray@2x.png', 32],
] as const) {
  const target = fileURLToPath(new URL(`../assets/${name}`, import.meta.url));
  const png = encodePng(drawTrayIcon(size), size, size);
  writeFileSync(target, png);
  console.log(`${target}: ${String(png.byteLength)} bytes`);
}
