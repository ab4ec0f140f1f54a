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
