import { SingleBar } from 'cli-progress';

/** A progress bar on a terminal; silent when the output is piped (logs stay readable). */
export function progressBar(
  label: string,
  total: number,
): { update(done: number): void; stop(): void } {
  if (!process.stdout.isTTY) return { update: () => undefined, stop: () => undefined };
  const bar = new SingleBar({
    format: `${label} [{bar}] {value}/{total} | {duration_formatted}`,
    hideCursor: true,
    clearOnComplete: true,
  });
  bar.start(total, 0);
  return { update: (done) => bar.update(done), stop: () => bar.stop() };
}
