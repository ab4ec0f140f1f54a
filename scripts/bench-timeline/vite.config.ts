import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const fromRepo = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));

/**
 * The timeline benchmark page: TimelinePanel alone with generated data, built from the repo root
 * so the page's entry (under renderer/, where the UI code lives) resolves like the app's own.
 */
export default defineConfig({
  root: fromRepo(''),
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: fromRepo('.bench/timeline-web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4_000,
    rollupOptions: {
      input: fromRepo('scripts/bench-timeline/index.html'),
      onwarn(warning, warn) {
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules/zod'))
          return;
        warn(warning);
      },
    },
  },
});
