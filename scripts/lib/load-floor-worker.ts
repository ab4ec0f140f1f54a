/**
 * Worker thread (see load-floor.ts): a thousand desktops and the CTI posting to them. Each agent
 * accepts an offer as it is applied, talks for a while, ends and wraps up; an agent put away for
 * an offer that rang out comes back a second later. Contacts are posted, signed, on a fixed
 * schedule; a refused or failed POST is retried every 500 ms with the same externalId.
 */
import { randomUUID } from 'node:crypto';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { agentStatusSchema } from '../../shared/schemas/auth.js';
import { contactSchema } from '../../shared/schemas/contact.js';
import type {
  ClientEventName,
  ClientEventRequest,
  ClientEventResponse,
} from '../../shared/schemas/socket.js';
import { inBatches } from './chat-traffic.js';
import { ContactLedger, type ContactTrack } from './contact-ledger.js';
import { isolateMemory } from './isolate-memory.js';
import { LoadDesktop, type ReadyAnswer } from './load-desktop.js';
import type {
  FloorCommand,
  FloorReport,
  LoadFloorJob,
  PhasePlan,
  PhaseResult,
  Reconnect,
} from './load-floor.js';
import { makeContact, postSigned } from './simulator.js';

const job = workerData as LoadFloorJob;
const report = (r: FloorReport) => parentPort?.postMessage(r);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let seed = 20_261_123;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const between = (min: number, max: number) => min + random() * (max - min);

/** An object, so checks after an await are not narrowed away by the compiler. */
const run = { stopping: false, phase: 'connect' };
const problems = new Map<string, number>();
const problem = (what: string) => {
  if (run.stopping) return;
  const kind = `${run.phase}: ${what.replace(/CT-[0-9a-z-]+/gi, 'CT-…')}`;
  problems.set(kind, (problems.get(kind) ?? 0) + 1);
};

const ledger = new ContactLedger();
const counters = () => ({
  duplicateOffers: 0,
  doubleAccepts: 0,
  accepted: 0,
  wrapped: 0,
  ringOuts: 0,
});
let count = counters();
let generation = 0;

interface Desk {
  agentId: string;
  desktop: LoadDesktop;
  /** Contacts offered since the desktop last started afresh (a second offer is a duplicate). */
  seen: Set<string>;
  /** The contact's work in progress on this desk, by generation (a newer offer supersedes it). */
  work: Map<string, number>;
  epoch: string | null;
  comingBack: boolean;
}

/** Since the gateway went down: when each desktop was answered by the new one. */
const restart = {
  downAt: null as number | null,
  upAt: null as number | null,
  epochBefore: new Map<string, string | null>(),
  back: new Map<string, number>(),
  resumed: 0,
  held: 0,
};

/**
 * A client event once the desktop is ready; null when refused or unanswered, or when `current`
 * says the work was superseded meanwhile (a fresh start re-offered the contact while it waited).
 */
async function call<E extends ClientEventName>(
  desk: Desk,
  event: E,
  payload: ClientEventRequest<E>,
  current: () => boolean = () => !run.stopping,
): Promise<ClientEventResponse<E> | null> {
  if (!(await desk.desktop.whenReady(performance.now() + 60_000))) {
    problem(`${event}: the desktop was not back within 60 s`);
    return null;
  }
  if (!current()) return null;
  const ack = await desk.desktop.request(event, payload);
  if (ack === null) problem(`${event}: no answer within 10 s`);
  else if (!ack.ok) problem(`${event} refused: ${ack.error.message}`);
  return ack?.ok ? ack.data : null;
}

/** The agent's work on a contact from the state it was offered in, until wrapped up. */
function work(desk: Desk, contactId: string, from: string): void {
  const gen = ++generation;
  desk.work.set(contactId, gen);
  const current = () => !run.stopping && desk.work.get(contactId) === gen;
  /** A step failed: nothing is in progress on this contact any more (a later update may resume it). */
  const drop = () => {
    if (desk.work.get(contactId) === gen) desk.work.delete(contactId);
  };
  const steps = async () => {
    let state = from;
    if (state === 'offered') {
      if (!(await call(desk, 'contact.accept', { contactId }, current))) {
        drop();
        return;
      }
      count.accepted += 1;
      if (!ledger.accepted(contactId, desk.agentId)) count.doubleAccepts += 1;
      state = 'active';
    }
    if (state === 'active') {
      await sleep(between(job.handleSeconds[0], job.handleSeconds[1]) * 1000);
      if (!(await call(desk, 'contact.end', { contactId }, current))) {
        drop();
        return;
      }
      state = 'wrap_up';
    }
    if (state !== 'wrap_up') return;
    await sleep(between(500, 2000));
    const key = idempotencyKeys.get(contactId) ?? randomUUID();
    idempotencyKeys.set(contactId, key);
    const wrap = { contactId, disposition: 'resolved' as const, idempotencyKey: key };
    if (!(await call(desk, 'contact.wrap-up', wrap, current))) {
      drop();
      return;
    }
    count.wrapped += 1;
    desk.work.delete(contactId);
    ledger.wrapped(contactId);
  };
  void steps();
}
const idempotencyKeys = new Map<string, string>();

/** Put away by routing for an offer that rang out: back at the desk a second later. */
function comeBack(desk: Desk): void {
  if (desk.comingBack) return;
  desk.comingBack = true;
  void sleep(1000)
    .then(() => call(desk, 'agent.set-state', { state: 'available' }))
    .finally(() => {
      desk.comingBack = false;
    });
}

function deskFor(agentId: string, token: string): Desk {
  const desk: Desk = {
    agentId,
    desktop: null as unknown as LoadDesktop,
    seen: new Set(),
    work: new Map(),
    epoch: null,
    comingBack: false,
  };
  desk.desktop = new LoadDesktop(job.url, token, {
    ready(answer: ReadyAnswer) {
      const { delivery } = answer;
      // A fresh start: the gateway offers every contact the agent holds again, with its state now;
      // the work in progress stops (a step waiting for the desktop would act on a stale state).
      if (!delivery.resumed) {
        desk.seen.clear();
        desk.work.clear();
      }
      if (
        restart.downAt !== null &&
        !restart.back.has(agentId) &&
        delivery.epoch !== restart.epochBefore.get(agentId)
      ) {
        restart.back.set(agentId, Date.now());
        if (delivery.resumed) restart.resumed += 1;
        restart.held += delivery.held.length;
      }
      desk.epoch = delivery.epoch;
      if (answer.state === 'away' && answer.reason === 'missed_offer') comeBack(desk);
    },
    applied(event, payload) {
      if (event === 'contact.offered') {
        const at = performance.now();
        const contact = contactSchema.parse((payload as { contact?: unknown }).contact);
        if (desk.seen.has(contact.id)) count.duplicateOffers += 1;
        desk.seen.add(contact.id);
        ledger.offered(contact.id, contact.externalId, at);
        work(desk, contact.id, contact.state);
      } else if (event === 'contact.updated') {
        // Accepted or ended although the answer was lost (a slow gateway, a dropped socket): the
        // desktop shows the contact in its new state, and the agent carries on from there.
        const contact = contactSchema.parse(payload);
        const carryOn = contact.state === 'active' || contact.state === 'wrap_up';
        if (carryOn && contact.ownerId === agentId && !desk.work.has(contact.id))
          work(desk, contact.id, contact.state);
      } else if (event === 'contact.ended') {
        const { contactId, reason } = payload as { contactId: string; reason: string };
        desk.work.delete(contactId);
        if (reason === 'ring_timeout') count.ringOuts += 1;
      }
    },
    broadcast(event, payload) {
      if (event !== 'agent.state-changed') return;
      const status = agentStatusSchema.safeParse(payload);
      if (
        status.success &&
        status.data.agentId === agentId &&
        status.data.reason === 'missed_offer'
      )
        comeBack(desk);
    },
    problem,
  });
  return desk;
}

const desks = job.agentIds.map((id, i) => deskFor(id, job.tokens[i] ?? ''));

/** Posts one contact until the gateway takes it or `window.giveUpAt` passes. */
async function postContact(
  track: ContactTrack,
  body: unknown,
  window: { giveUpAt: number },
  failures: Map<string, number>,
) {
  const failed = (what: string) => failures.set(what, (failures.get(what) ?? 0) + 1);
  for (;;) {
    try {
      const res = await postSigned(job.url, job.secret, '/api/v1/contacts', body);
      await res.arrayBuffer();
      if (res.status === 202) track.taken = true;
      else failed(`HTTP ${String(res.status)}`);
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause;
      failed(cause?.code ?? String(error));
    }
    if (track.taken || run.stopping || performance.now() > window.giveUpAt) break;
    await sleep(500);
  }
  track.settled = true;
}

async function reconnected(timeoutMs: number): Promise<Reconnect> {
  const started = Date.now();
  while (restart.downAt === null && Date.now() - started < timeoutMs) await sleep(50);
  const downAt = restart.downAt ?? started;
  while (restart.back.size < desks.length && Date.now() - downAt < timeoutMs) await sleep(50);
  const times = [...restart.back.values()];
  const upAt = restart.upAt ?? downAt;
  return {
    backMs: times.map((t) => t - downAt),
    afterUpMs: times.map((t) => Math.max(0, t - upAt)),
    notBack: desks.length - restart.back.size,
    resumed: restart.resumed,
    held: restart.held,
  };
}

let posted = 0;
const runId = Date.now().toString(36);

async function phase(plan: PhasePlan): Promise<PhaseResult> {
  run.phase = plan.name;
  count = counters();
  const failures = new Map<string, number>();
  const ignoredBefore = desks.reduce((n, d) => n + d.desktop.ignored, 0);
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const started = performance.now();
  const window = { giveUpAt: Number.POSITIVE_INFINITY };
  const tracks: ContactTrack[] = [];
  const posts: Promise<void>[] = [];
  report({ kind: 'posting', name: plan.name });
  const recent = monitorEventLoopDelay({ resolution: 10 });
  recent.enable();
  const progress = setInterval(() => {
    const loopMaxMs = recent.max / 1e6;
    recent.reset();
    report({
      kind: 'progress',
      name: plan.name,
      seconds: (performance.now() - started) / 1000,
      posted: tracks.length,
      taken: tracks.filter((t) => t.taken).length,
      offered: tracks.filter((t) => t.offeredAt !== null).length,
      wrapped: tracks.filter((t) => t.finished).length,
      ready: desks.filter((d) => d.desktop.ready).length,
      loopMaxMs,
    });
  }, 5000);
  const total = Math.round(plan.rate * plan.seconds);
  for (let i = 0; i < total && !run.stopping; i++) {
    const wait = started + (i * 1000) / plan.rate - performance.now();
    if (wait > 0) await sleep(wait);
    const queue = job.queueIds[Math.floor(random() * job.queueIds.length)] ?? '';
    posted += 1;
    const body = {
      ...makeContact(job, random, posted),
      externalId: `load-${runId}-${String(posted)}`,
      channel: 'voice',
      queue,
    };
    const track = ledger.post(plan.name, body.externalId, performance.now());
    tracks.push(track);
    posts.push(postContact(track, body, window, failures));
  }
  const reconnect =
    plan.reconnectTimeoutMs === undefined ? undefined : await reconnected(plan.reconnectTimeoutMs);
  window.giveUpAt = performance.now() + plan.drainMs;
  while (performance.now() < window.giveUpAt && ContactLedger.busy(tracks)) await sleep(100);
  // A POST still unanswered at the deadline is left to itself (counted as never taken).
  await Promise.race([Promise.all(posts), sleep(Math.max(0, window.giveUpAt - performance.now()))]);
  clearInterval(progress);
  recent.disable();
  loop.disable();
  return {
    name: plan.name,
    seconds: (performance.now() - started) / 1000,
    ...ContactLedger.summarize(tracks),
    postFailures: [...failures],
    ...count,
    resendsIgnored: desks.reduce((n, d) => n + d.desktop.ignored, 0) - ignoredBefore,
    clientLoop: {
      p50: loop.percentile(50) / 1e6,
      p99: loop.percentile(99) / 1e6,
      max: loop.max / 1e6,
    },
    ...(reconnect ? { reconnect } : {}),
  };
}

parentPort?.on('message', (command: FloorCommand) => {
  switch (command.kind) {
    case 'connect': {
      const started = performance.now();
      void inBatches(desks, job.connectBatch, (d) => d.desktop.start()).then(() =>
        report({ kind: 'connected', desktops: desks.length, setupMs: performance.now() - started }),
      );
      return;
    }
    case 'memory':
      report({ kind: 'memory', usage: isolateMemory() });
      return;
    case 'phase':
      void phase(command).then((result) => report({ kind: 'phase-done', result }));
      return;
    case 'gateway-down':
      restart.downAt = command.at;
      for (const d of desks) restart.epochBefore.set(d.agentId, d.epoch);
      return;
    case 'gateway-up':
      restart.upAt = command.at;
      return;
    case 'stop':
      run.stopping = true;
      for (const d of desks) d.desktop.close();
      report({ kind: 'stopped', problems: [...problems].sort((a, b) => b[1] - a[1]) });
      return;
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
});
report({ kind: 'started' });
