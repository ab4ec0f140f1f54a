import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

/**
 * A CPU profile of this thread (the gateway's, in the benchmarks that run it in-process), written
 * as a `.cpuprofile` that Chromium's DevTools opens. `start(undefined)` profiles nothing, so a
 * benchmark calls it unconditionally with its `--profile` option.
 */
export async function startThreadProfile(
  file: string | undefined,
): Promise<{ stop(): Promise<void> }> {
  if (file === undefined) return { stop: () => Promise.resolve() };
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return {
    async stop() {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(file, JSON.stringify(profile));
      session.disconnect();
    },
  };
}
