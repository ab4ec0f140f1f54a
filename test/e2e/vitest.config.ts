import { defineConfig } from 'vitest/config';

/** End-to-end: a real gateway on 127.0.0.1 and Debian's Chromium driven by playwright-core. */
export default defineConfig({
  test: {
    name: 'e2e',
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
