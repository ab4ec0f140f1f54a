/**
 * The load benchmark's floor of desktops, and the integration posting contacts to them, in a
 * worker thread: the gateway keeps the main thread (as it would with its clients on other
 * machines), and a contact's POST and its offer applied on a desktop are timed on one clock.
 * The main thread steps the worker through the run with commands; each is answered by a report.
 */
import type { MemoryFigures } from './isolate-memory.js';
import { startTsWorker } from './ts-worker.js';

export interface LoadFloorJob {
  url: string;
  secret: string;
  agentIds: string[];
  /** One access token per agent. */
  tokens: string[];
  queueIds: string[];
  /** Seeded customers CUS-000001 … the contacts come from (9 in 10; the rest unknown numbers). */
  customers: number;
  /** Talking time of a contact, uniform in [min, max] seconds; wrap-up takes 0.5–2 s more. */
  handleSeconds: [number, number];
  /** Desktops connecting at once while the floor signs in. */
  connectBatch: number;
}

export interface PhasePlan {
  name: string;
  rate: number;
  seconds: number;
  /** After the posting: how long to wait for every contact to be offered and wrapped up. */
  drainMs: number;
  /** For a restart: how long the desktops get to come back, from the gateway going down. */
  reconnectTimeoutMs?: number;
}

export type FloorCommand =
  | { kind: 'connect' }
  | { kind: 'memory' }
  | ({ kind: 'phase' } & PhasePlan)
  /** The gateway is about to close (`at`: Date.now() on the main thread). */
  | { kind: 'gateway-down'; at: number }
  | { kind: 'gateway-up'; at: number }
  | { kind: 'stop' };

export interface LoopDelay {
  p50: number;
  p99: number;
  max: number;
}

export interface Reconnect {
  /** ms from the gateway going down to each desktop's `agent.ready` answered by the new one. */
  backMs: number[];
  /** ms from the new gateway listening to the same. */
  afterUpMs: number[];
  notBack: number;
  /** Desktops that resumed their sequence (none should: a restart is a new epoch). */
  resumed: number;
  /** Contacts the new gateway said each desktop held, offered again (sum over desktops). */
  held: number;
}

export interface PhaseResult {
  name: string;
  seconds: number;
  /** Contacts the phase posted, the gateway took (202), and those it never answered 202 for. */
  posted: number;
  taken: number;
  notTaken: string[];
  /** Refused or failed POST attempts, by what happened (each retried, as a CTI would). */
  postFailures: [string, number][];
  /** ms from a contact's first POST to its offer applied on a desktop, one per contact offered. */
  delivery: number[];
  /** Contacts taken but never offered to any agent by the end of the drain, and their externalIds. */
  lost: number;
  neverOffered: string[];
  /** Offered but not wrapped up by the end of the drain. */
  unfinished: number;
  /** A contact's offer applied twice on one desktop (not after a fresh start that held it). */
  duplicateOffers: number;
  /** One contact accepted by two agents. */
  doubleAccepts: number;
  accepted: number;
  wrapped: number;
  /** Offers that rang out before the accept got through, and agents put away for it. */
  ringOuts: number;
  /** Sequenced events that arrived again (re-sends) and the desktops ignored. */
  resendsIgnored: number;
  clientLoop: LoopDelay;
  reconnect?: Reconnect;
}

export type FloorReport =
  | { kind: 'started' }
  | { kind: 'connected'; desktops: number; setupMs: number }
  | { kind: 'memory'; usage: MemoryFigures }
  | { kind: 'posting'; name: string }
  /** Every 5 s of a phase: where its contacts stand. */
  | {
      kind: 'progress';
      name: string;
      seconds: number;
      posted: number;
      taken: number;
      offered: number;
      wrapped: number;
      ready: number;
      loopMaxMs: number;
    }
  | { kind: 'phase-done'; result: PhaseResult }
  | { kind: 'stopped'; problems: [string, number][] };

type Reply<K extends FloorReport['kind']> = Extract<FloorReport, { kind: K }>;

export interface LoadFloor {
  send(command: FloorCommand): void;
  /** The next report of this kind (rejects if the worker fails). */
  next<K extends FloorReport['kind']>(kind: K): Promise<Reply<K>>;
  /** Sends a command and waits for its answer. */
  ask<K extends FloorReport['kind']>(command: FloorCommand, answer: K): Promise<Reply<K>>;
  /** Sees every progress report. */
  onProgress(listener: (report: Reply<'progress'>) => void): void;
  terminate(): Promise<void>;
}

export function startLoadFloor(job: LoadFloorJob): LoadFloor {
  const worker = startTsWorker(new URL('./load-floor-worker.ts', import.meta.url), job);
  let ended = false;
  const failed = new Promise<never>((_, reject) => {
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (!ended) reject(new Error(`the desktops' worker stopped (exit ${String(code)})`));
    });
  });
  failed.catch(() => undefined); // reported through next()
  const next = <K extends FloorReport['kind']>(kind: K) =>
    Promise.race([
      new Promise<Reply<K>>((resolve) => {
        const listener = (report: FloorReport) => {
          if (report.kind !== kind) return;
          worker.off('message', listener);
          resolve(report as Reply<K>);
        };
        worker.on('message', listener);
      }),
      failed,
    ]);
  const send = (command: FloorCommand) => worker.postMessage(command);
  return {
    send,
    next,
    ask(command, answer) {
      const reply = next(answer);
      send(command);
      return reply;
    },
    onProgress(listener) {
      worker.on('message', (report: FloorReport) => {
        if (report.kind === 'progress') listener(report);
      });
    },
    async terminate() {
      ended = true;
      await worker.terminate();
    },
  };
}
