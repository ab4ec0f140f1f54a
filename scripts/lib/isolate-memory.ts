/**
 * Memory of the calling thread's V8 isolate after a full collection, for figures per connection:
 * what is still referenced, not garbage waiting for the next GC. `rss` is the whole process's.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface MemoryFigures {
  rss: number;
  heapUsed: number;
  /** C++ objects bound to JavaScript ones (socket buffers, PGlite's WebAssembly memory). */
  external: number;
  arrayBuffers: number;
}

// Exposes `gc` to a fresh context without starting Node with --expose-gc (tsx runs the script).
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

export function isolateMemory(): MemoryFigures {
  collect();
  collect(); // a second pass frees what the first one's finalizers let go
  const { rss, heapUsed, external, arrayBuffers } = process.memoryUsage();
  return { rss, heapUsed, external, arrayBuffers };
}

export const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
export const kib = (bytes: number) => `${(bytes / 2 ** 10).toFixed(1)} KiB`;
