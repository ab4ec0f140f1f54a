/**
 * The chat benchmark's clients (desktops and customer pages) run in a worker thread: the gateway
 * has the main thread to itself, as it would with clients on other machines, and a message's
 * send and its receipt on the other side are both timed on the worker's clock.
 */
import { startTsWorker } from './ts-worker.js';

export interface ChatClientsJob {
  url: string;
  agentUsernames: string[];
  password: string;
  chats: number;
  /** One per chat when customers are known; empty for anonymous chats. */
  customerPhones: string[];
  rounds: number;
  /** Paced phase: each chat's customer writes at a random moment within this window (ms). */
  paceWindowMs: number;
  timeoutMs: number;
}

export interface PhaseResult {
  /** ms from the customer's send to the agent's `chat.message`, one per delivered message. */
  toAgent: number[];
  toCustomer: number[];
  lost: number;
  /** Rounds run: fewer than asked when a round delivered nothing. */
  rounds: number;
  /** Chats with both sockets still connected at the end of the phase. */
  chatsLeft: number;
  seconds: number;
  /** The clients' own event-loop delay (ms): high means the figures include the clients' queueing. */
  clientLoop: { p50: number; p99: number; max: number };
}

export type PhaseName = 'burst' | 'paced';

export type WorkerReport =
  | { kind: 'ready'; agents: number; chats: number; perAgent: [number, number]; setupMs: number }
  | { kind: 'phase'; phase: PhaseName }
  | { kind: 'round'; phase: PhaseName; round: number }
  | { kind: 'closing' }
  | { kind: 'done'; burst: PhaseResult; paced: PhaseResult; problems: [string, number][] };

/** Starts the clients' worker; `onReport` sees every report, the promise the last one. */
export function runChatClients(
  job: ChatClientsJob,
  onReport: (report: WorkerReport) => void,
): Promise<Extract<WorkerReport, { kind: 'done' }>> {
  const worker = startTsWorker(new URL('./chat-clients-worker.ts', import.meta.url), job);
  return new Promise((resolve, reject) => {
    worker.on('message', (report: WorkerReport) => {
      onReport(report);
      if (report.kind === 'done') {
        resolve(report);
        void worker.terminate();
      }
    });
    worker.on('error', reject);
    worker.on('exit', (code) =>
      reject(new Error(`the clients' worker stopped (exit code ${String(code)})`)),
    );
  });
}
