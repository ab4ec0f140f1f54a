/**
 * The console benchmark's load and its watching lead, in a worker thread so the gateway keeps
 * the main thread: contacts posted (signed, as a CTI would) at `rate` per second to random
 * queues from seeded customers' phones, and a lead's socket recording when each pushed board
 * arrives. In the gateway's thread they took a tenth of its time (fetch, signing, parsing the
 * boards), time a real gateway never spends.
 */
import type { BoardSeen, Change } from './board-lag.js';
import { startTsWorker, workerReports } from './ts-worker.js';

export interface ConsoleLoadJob {
  url: string;
  secret: string;
  leadToken: string;
  queues: { id: string; channel: string }[];
  phones: string[];
  rate: number;
  seconds: number;
  /** How long to keep watching boards after the last POST was answered. */
  tailMs: number;
  /** Seconds of the same load posted before `ready`, not measured (0: a cold gateway). */
  warmupSeconds: number;
  /** After the warm-up, how long the floor gets to finish its contacts before `ready`. */
  drainMs: number;
}

export interface ConsoleLoadResult {
  changes: Change[];
  boards: BoardSeen[];
  failures: [string, number][];
  postedIn: number;
  /** Of the last board: waiting contacts in all queues, and risk rows. */
  last: { waiting: number; risk: number } | null;
}

export type ConsoleLoadReport =
  { kind: 'ready' } | { kind: 'posted' } | ({ kind: 'done' } & ConsoleLoadResult);

export interface ConsoleLoad {
  /** The lead's socket is connected and ready. */
  ready: Promise<unknown>;
  /** Posts the load; `posted` resolves once every POST was answered, `done` after the tail. */
  start(): { posted: Promise<unknown>; done: Promise<ConsoleLoadResult> };
}

export function startConsoleLoad(job: ConsoleLoadJob): ConsoleLoad {
  const worker = startTsWorker(new URL('./console-load-worker.ts', import.meta.url), job);
  const next = workerReports<ConsoleLoadReport>(worker, "the load's worker");
  return {
    ready: next('ready'),
    start() {
      const posted = next('posted');
      const done = next('done').then(async (report) => {
        await worker.terminate();
        const { changes, boards, failures, postedIn, last } = report;
        return { changes, boards, failures, postedIn, last };
      });
      worker.postMessage('start');
      return { posted, done };
    },
  };
}
