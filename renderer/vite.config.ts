import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const fromRepo = (p: string) => fileURLToPath(new URL(`../${p}`, import.meta.url));

/**
 * Web build of the renderer: the gateway serves `dist/renderer` at its root in web mode.
 * `base: './'` keeps asset URLs relative so the same output also loads under the desktop's app:// scheme
 * (electron-vite builds `renderer/index.html` with its own config for the desktop package).
 */
export default defineConfig({
  root: fromRepo('renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: fromRepo('dist/renderer'),
    emptyOutDir: true,
    // One bundle (React + antd + the app, ~380 kB gzipped) loaded from disk or the LAN gateway:
    // splitting would add requests without making the first paint faster.
    chunkSizeWarningLimit: 1_600,
    rollupOptions: {
      // The agent desktop, and the customer's chat page (served by the gateway at /chat/).
      input: {
        index: fromRepo('renderer/index.html'),
        customer: fromRepo('renderer/customer.html'),
      },
      onwarn(warning, warn) {
        // zod ships comments Rollup cannot place; harmless, and noise in every build.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules/zod')) return;
        warn(warning);
      },
    },
  },
});
