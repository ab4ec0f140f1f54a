import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const fromRoot = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

/**
 * Desktop build: out/main/main.js (ES module), out/preload/preload.cjs, out/renderer.
 * Main and preload bundle their dependencies (externalizeDeps: false) so out/ is self-contained
 * and the installer need not ship the gateway's node_modules.
 * The preload is CommonJS in one file: a sandboxed preload can only `require('electron')` and a
 * few built-ins, so it can be neither an ES module nor split into chunks.
 */
export default defineConfig({
  main: {
    build: {
      outDir: fromRoot('./out/main'),
      externalizeDeps: false,
      rollupOptions: {
        input: { main: fromRoot('./electron/main/main.ts') },
        onwarn(warning, warn) {
          // zod ships comments next to its @__PURE__ annotations that rollup drops, loudly.
          if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/node_modules/zod/'))
            return;
          warn(warning);
        },
      },
    },
  },
  preload: {
    build: {
      outDir: fromRoot('./out/preload'),
      externalizeDeps: false,
      rollupOptions: {
        input: { preload: fromRoot('./electron/preload/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', inlineDynamicImports: true },
      },
    },
  },
  renderer: {
    root: fromRoot('./renderer'),
    plugins: [react()],
    build: {
      outDir: fromRoot('./out/renderer'),
      rollupOptions: { input: { index: fromRoot('./renderer/index.html') } },
    },
  },
});
