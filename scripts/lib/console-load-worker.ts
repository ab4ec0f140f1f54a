/** Worker thread (see console-load.ts): the CTI posting contacts, and the lead's socket. */
import { parentPort, workerData } from 'node:worker_threads';
import { io } from 'socket.io-client';
import { BoardFollower } from '../../shared/console-board-patch.js';
import type { ConsoleBoard, ConsoleBoardPatch } from '../../shared/schemas/console.js';
import type { Ack } from '../../shared/schemas/socket.js';
import type { BoardSeen, Change } from './board-lag.js';
import type { ConsoleLoadJob, ConsoleLoadReport } from './console-load.js';
import { postSigned } from './simulator.js';

const job = workerData as ConsoleLoadJob;
const report = (r: ConsoleLoadReport) => parentPort?.postMessage(r);

const boards: BoardSeen[] = [];
let last: ConsoleBoard | null = null;
const lead = io(job.url, {
  auth: { token: job.leadToken },
  transports: ['websocket'],
  reconnection: false,
});
lead.on('console.board', (board: ConsoleBoard) => {
  boards.push({ generatedAt: Date.parse(board.generatedAt), receivedAt: Date.now() });
  last = board;
});
// Each board after the first comes as a patch; one that does not apply (this socket connected
// after the first board) is followed by the whole board, as a desktop asks for it.
const follower = new BoardFollower({
  current: () => last ?? undefined,
  hold: (board) => {
    last = board;
  },
  resync: async () => {
    const answer = (await lead.emitWithAck('console.resync', {})) as Ack<ConsoleBoard>;
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.data;
  },
  resyncFailed: () => undefined, // the summary's last board is then an older one
  resyncWithoutBoard: true,
});
lead.on('console.board-patch', (patch: ConsoleBoardPatch) => {
  boards.push({ generatedAt: Date.parse(patch.generatedAt), receivedAt: Date.now() });
  follower.patch(patch);
});
await new Promise<void>((resolve, reject) => {
  lead.once('connect', () => resolve());
  lead.once('connect_error', reject);
});
await lead.timeout(5000).emitWithAck('agent.ready', {});

const failures = new Map<string, number>();
const failed = (what: string) => failures.set(what, (failures.get(what) ?? 0) + 1);
let seed = 7;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;

/** Posts `rate` contacts a second for `seconds`; resolves when every POST was answered. */
async function post(seconds: number, tag: string, answered: (change: Change) => void) {
  const started = Date.now();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < job.rate * seconds; i++) {
    const wait = started + (i * 1000) / job.rate - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const queue = job.queues[Math.floor(random() * job.queues.length)];
    const phone = job.phones[Math.floor(random() * job.phones.length)];
    if (!queue || !phone) throw new Error('empty world');
    const changedAt = Date.now();
    inFlight.push(
      postSigned(job.url, job.secret, '/api/v1/contacts', {
        externalId: `bench-console-${tag}-${String(started)}-${String(i)}`,
        channel: queue.channel,
        from: { phone },
        queue: queue.id,
      }).then(
        (res) => {
          if (res.ok) answered({ changedAt, settledAt: Date.now() });
          else failed(`HTTP ${String(res.status)}`);
        },
        (error: unknown) => {
          failed(String(error));
        },
      ),
    );
  }
  await Promise.all(inFlight);
}

// A warmed-up gateway: the same load, not measured, then time for the floor to finish it.
if (job.warmupSeconds > 0) {
  await post(job.warmupSeconds, 'warmup', () => undefined);
  await new Promise((r) => setTimeout(r, job.drainMs));
}
report({ kind: 'ready' });
await new Promise<void>((resolve) => parentPort?.once('message', () => resolve()));

const changes: Change[] = [];
const started = Date.now();
await post(job.seconds, 'load', (change) => changes.push(change));
const postedIn = (Date.now() - started) / 1000;
report({ kind: 'posted' });
await new Promise((r) => setTimeout(r, job.tailMs));
lead.close();
const final = last as ConsoleBoard | null;
report({
  kind: 'done',
  changes,
  boards,
  failures: [...failures],
  postedIn,
  last:
    final === null
      ? null
      : {
          waiting: final.queues.reduce((n, q) => n + q.waiting, 0),
          risk: final.risk.length,
        },
});
