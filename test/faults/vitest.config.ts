import { defineConfig } from 'vitest/config';

/**
 * Fault tests (`npm run test:faults`): a real gateway on 127.0.0.1, with desktops behind a loopback
 * TCP proxy we control (cut, delay, reset) and the gateway killed and restarted mid-work. One file
 * at a time: each owns its ports, processes and timing.
 */
export default defineConfig({
  test: {
    name: 'faults',
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/faults/**/*.faults.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
