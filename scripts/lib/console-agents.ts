/**
 * The console benchmark's agents: hundreds of desktops on the socket, in a worker thread so the
 * gateway keeps the main thread. Each agent answers its offers after a moment, talks, ends,
 * wraps up, and now and then takes a break, so the board has something to follow.
 */
import { startTsWorker, workerReports } from './ts-worker.js';

export interface ConsoleAgentsJob {
  url: string;
  /** One session token per agent (minted by the benchmark; no password hashing at start-up). */
  tokens: string[];
  /** Handle time of a contact, uniform in [min, max] seconds. */
  handleSeconds: [number, number];
}

export interface ConsoleAgentsTally {
  offers: number;
  accepted: number;
  wrapped: number;
  breaks: number;
  problems: [string, number][];
}

export type ConsoleAgentsReport =
  { kind: 'ready'; agents: number; setupMs: number } | ({ kind: 'done' } & ConsoleAgentsTally);

export interface ConsoleAgents {
  ready: Promise<Extract<ConsoleAgentsReport, { kind: 'ready' }>>;
  /** Stops taking work, closes the sockets and reports what the agents did. */
  stop(): Promise<ConsoleAgentsTally>;
}

export function startConsoleAgents(job: ConsoleAgentsJob): ConsoleAgents {
  const worker = startTsWorker(new URL('./console-agents-worker.ts', import.meta.url), job);
  const next = workerReports<ConsoleAgentsReport>(worker, "the agents' worker");
  const ready = next('ready');
  return {
    ready,
    async stop() {
      const done = next('done');
      worker.postMessage('stop');
      const { offers, accepted, wrapped, breaks, problems } = await done;
      await worker.terminate();
      return { offers, accepted, wrapped, breaks, problems };
    },
  };
}
