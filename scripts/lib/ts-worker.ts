import { Worker } from 'node:worker_threads';

/**
 * Starts a worker thread running a TypeScript module: a worker does not inherit tsx's loader,
 * so the loader is registered first, then the entry is imported.
 */
export function startTsWorker(entry: URL, workerData: unknown): Worker {
  const loader = import.meta.resolve('tsx/esm/api');
  const source = `import(${JSON.stringify(loader)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(source, { eval: true, workerData });
}

/**
 * Waits for the worker's reports by kind: `next('done')` resolves with the next report of that
 * kind, or rejects if the worker fails or exits first.
 */
export function workerReports<R extends { kind: string }>(
  worker: Worker,
  what: string,
): <K extends R['kind']>(kind: K) => Promise<Extract<R, { kind: K }>> {
  const failed = new Promise<never>((_, reject) => {
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`${what} stopped (exit ${String(code)})`)));
  });
  failed.catch(() => undefined); // reported through the next wait, if any
  return <K extends R['kind']>(kind: K) =>
    Promise.race([
      new Promise<Extract<R, { kind: K }>>((resolve) => {
        const listener = (report: R) => {
          if (report.kind !== kind) return;
          worker.off('message', listener);
          resolve(report as Extract<R, { kind: K }>);
        };
        worker.on('message', listener);
      }),
      failed,
    ]);
}
