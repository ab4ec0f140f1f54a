/** Worker thread (see console-agents.ts): the agents' desktops, driven over the socket. */
import { parentPort, workerData } from 'node:worker_threads';
import { io, type Socket } from 'socket.io-client';
import type { ConsoleAgentsJob, ConsoleAgentsReport } from './console-agents.js';

const job = workerData as ConsoleAgentsJob;
const report = (r: ConsoleAgentsReport) => parentPort?.postMessage(r);
const tally = { offers: 0, accepted: 0, wrapped: 0, breaks: 0 };
const problems = new Map<string, number>();
/** An object, not a `let`: set from the parent's message, read across awaits. */
const run = { stopping: false };
/** A call, so checks after an await are not narrowed away by the compiler. */
const stopped = () => run.stopping;
const problem = (what: string) => {
  if (stopped()) return;
  const kind = what.replace(/CT-[0-9a-f-]+/gi, 'CT-…');
  problems.set(kind, (problems.get(kind) ?? 0) + 1);
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let seed = 20_261_122;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const between = (min: number, max: number) => min + random() * (max - min);

interface Ack {
  ok: boolean;
  error?: { message: string };
}

async function call(socket: Socket, event: string, payload: unknown): Promise<boolean> {
  try {
    const ack = (await socket.timeout(10_000).emitWithAck(event, payload)) as Ack;
    if (!ack.ok) problem(`${event}: ${ack.error?.message ?? 'refused'}`);
    return ack.ok;
  } catch {
    problem(`${event}: no answer in 10 s`);
    return false;
  }
}

/** Answer after a ring, talk, end, wrap up: the life of one contact at a desk. */
async function work(socket: Socket, contactId: string): Promise<void> {
  await sleep(between(300, 1500));
  if (stopped() || !(await call(socket, 'contact.accept', { contactId }))) return;
  tally.accepted += 1;
  await sleep(between(job.handleSeconds[0], job.handleSeconds[1]) * 1000);
  if (stopped() || !(await call(socket, 'contact.end', { contactId }))) return;
  await sleep(between(500, 2000));
  if (stopped()) return;
  if (await call(socket, 'contact.wrap-up', { contactId, disposition: 'resolved' })) tally.wrapped += 1;
}

async function connect(token: string): Promise<Socket> {
  const socket = io(job.url, { auth: { token }, transports: ['websocket'], reconnection: false });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  socket.on('contact.offered', (offer: { contact: { id: string; state: string } }) => {
    if (stopped() || offer.contact.state !== 'offered') return;
    tally.offers += 1;
    void work(socket, offer.contact.id);
  });
  await call(socket, 'agent.ready', {});
  return socket;
}

/** Now and then an agent who is free takes a short break and comes back. */
async function breaks(sockets: Socket[]): Promise<void> {
  while (!stopped()) {
    await sleep(between(200, 600));
    const socket = sockets[Math.floor(random() * sockets.length)];
    if (!socket || stopped()) continue;
    if (!(await call(socket, 'agent.set-state', { state: 'away', reason: 'break' }))) continue;
    tally.breaks += 1;
    void sleep(between(2000, 6000)).then(() => !stopped() && call(socket, 'agent.set-state', { state: 'available' }));
  }
}

const started = performance.now();
const sockets: Socket[] = [];
for (let i = 0; i < job.tokens.length; i += 20) {
  sockets.push(...(await Promise.all(job.tokens.slice(i, i + 20).map(connect))));
}
report({ kind: 'ready', agents: sockets.length, setupMs: performance.now() - started });
void breaks(sockets);

parentPort?.on('message', (message) => {
  if (message !== 'stop') return;
  run.stopping = true;
  for (const socket of sockets) socket.close();
  report({ kind: 'done', ...tally, problems: [...problems.entries()].sort((a, b) => b[1] - a[1]) });
});
