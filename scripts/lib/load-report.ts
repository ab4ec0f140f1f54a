/** What `npm run bench:load` prints: one block per phase, memory per connection, the restart. */
import type { IntervalHistogram } from 'node:perf_hooks';
import { kib, mib, type MemoryFigures } from './isolate-memory.js';
import { fmtMs } from './latency-table.js';
import type { LoopDelay, PhaseResult, Reconnect } from './load-floor.js';
import { summarize } from './stats.js';

const log = (line: string) => console.log(line);
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT MET');

export const fmtLoop = (h: IntervalHistogram) =>
  `p50 ${fmtMs(h.percentile(50) / 1e6)}, p99 ${fmtMs(h.percentile(99) / 1e6)}, max ${fmtMs(h.max / 1e6)}`;
const fmtDelay = (d: LoopDelay) => `p50 ${fmtMs(d.p50)}, p99 ${fmtMs(d.p99)}, max ${fmtMs(d.max)}`;

/** n, p50/p95/p99/max of the samples (ms), each shown with `unit`. */
export function dist(samples: readonly number[], unit: (ms: number) => string = fmtMs): string {
  if (samples.length === 0) return 'n = 0';
  const s = summarize(samples);
  return `n = ${String(s.n)}: p50 ${unit(s.p50)}, p95 ${unit(s.p95)}, p99 ${unit(s.p99)}, max ${unit(s.max)}`;
}

/**
 * Contacts, delivery, lost and duplicated offers, and both threads' event-loop delay. `where`:
 * the database's state of each contact never offered (still `queued` is routing behind, not lost).
 */
export function printPhase(
  r: PhaseResult,
  gatewayLoop: string,
  drainMs: number,
  where: readonly [string, number][],
  unanswered: readonly [string, number][],
): void {
  const failures = r.postFailures.map(([what, n]) => `${String(n)} × ${what}`).join(', ');
  const states = (of: readonly [string, number][]) =>
    of.map(([state, n]) => `${String(n)} ${state}`).join(', ');
  const notTaken =
    r.notTaken.length > 0
      ? `, ${String(r.notTaken.length)} not answered 202 by the end (in the database: ${states(unanswered)})`
      : '';
  log(
    `   contacts: ${String(r.posted)} posted, ${String(r.taken)} taken by the gateway${notTaken}` +
      `${failures ? ` (attempts refused or failed, each retried: ${failures})` : ''}; ${String(r.accepted)} accepted, ${String(r.wrapped)} wrapped up`,
  );
  log(`   offer delivery, first POST → offer applied on a desktop: ${dist(r.delivery)}`);
  const inState = (state: string) => where.find(([s]) => s === state)?.[1] ?? 0;
  const waiting = inState('queued');
  const unapplied = inState('offered');
  const lost = where.filter(([state]) => state !== 'queued' && state !== 'offered');
  const lostCount = lost.reduce((n, [, k]) => n + k, 0);
  log(
    `   never offered on a desktop by the end of the drain: ${String(r.lost)} — still waiting in a queue (routing behind): ${String(waiting)}; ` +
      `offered by routing but not applied on a desktop yet: ${String(unapplied)} (its desktop was away; the ring-out puts it back in the queue)`,
  );
  log(
    `   lost (never offered, and not waiting any more): ${String(lostCount)}${lost.length > 0 ? ` (${lost.map(([state, n]) => `${String(n)} ${state}`).join(', ')})` : ''} ` +
      `(target 0: ${verdict(lostCount === 0)})`,
  );
  log(
    `   duplicated offers on a desktop: ${String(r.duplicateOffers)}, accepted by two agents: ${String(r.doubleAccepts)} ` +
      `(target 0: ${verdict(r.duplicateOffers + r.doubleAccepts === 0)})`,
  );
  log(
    `   offered but not wrapped up after the ${seconds(drainMs)} drain: ${String(r.unfinished)}; offers rung out before the accept: ${String(r.ringOuts)}; ` +
      `re-sent events the desktops ignored: ${String(r.resendsIgnored)}`,
  );
  log(`   event-loop delay: gateway ${gatewayLoop}; desktops' worker ${fmtDelay(r.clientLoop)}`);
}

export interface MemoryPoint {
  label: string;
  gateway: MemoryFigures;
  desktops: MemoryFigures;
}

/** The memory at each point, and per connection: connected − before, and end − before. */
export function printMemory(points: readonly MemoryPoint[], connections: number): void {
  const [before, connected, end] = points;
  if (!before || !connected || !end) return;
  log(
    `   gateway: the main thread's V8 isolate after a full GC (on PGlite its external memory holds the database too); RSS: the whole process, desktops included`,
  );
  for (const p of points) {
    log(
      `   ${p.label.padEnd(18)} gateway heap ${mib(p.gateway.heapUsed)}, external ${mib(p.gateway.external)}; ` +
        `process RSS ${mib(p.gateway.rss)}; desktops' worker heap ${mib(p.desktops.heapUsed)}, external ${mib(p.desktops.external)}`,
    );
  }
  const per = (field: keyof MemoryFigures, a: MemoryFigures, b: MemoryFigures) =>
    kib((b[field] - a[field]) / connections);
  const ownBefore = before.desktops.heapUsed + before.desktops.external;
  const ownAfter = connected.desktops.heapUsed + connected.desktops.external;
  log(
    `   per connection, ${connected.label} − before: gateway heap ${per('heapUsed', before.gateway, connected.gateway)}, ` +
      `external ${per('external', before.gateway, connected.gateway)}; process RSS ${per('rss', before.gateway, connected.gateway)} ` +
      `(of it the desktops' own isolate: ${kib((ownAfter - ownBefore) / connections)})`,
  );
  log(
    `   per connection, ${end.label} − before: gateway heap ${per('heapUsed', before.gateway, end.gateway)} ` +
      `(with each agent's delivery log: events kept 2 min for a resume), process RSS ${per('rss', before.gateway, end.gateway)}`,
  );
}

/** How long the desktops took to be back, against the target. */
export function printReconnect(
  r: Reconnect,
  agents: number,
  targetS: number,
  timeoutMs: number,
): void {
  const all =
    r.notBack === 0 && r.backMs.length > 0 ? Math.max(...r.backMs) : Number.POSITIVE_INFINITY;
  const allBack = Number.isFinite(all)
    ? seconds(all)
    : `— (${String(r.notBack)} not back within ${seconds(timeoutMs)})`;
  log(
    `   desktops back (agent.ready answered by the new gateway): ${String(r.backMs.length)} of ${String(agents)}; ` +
      `all back in ${allBack} (target ${String(targetS)} s: ${verdict(all <= targetS * 1000)})`,
  );
  log(`   back, from the gateway going down: ${dist(r.backMs, seconds)}`);
  log(`   back, from the new gateway listening: ${dist(r.afterUpMs, seconds)}`);
  log(
    `   sequences resumed: ${String(r.resumed)} (a new gateway is a new epoch: 0 expected); contacts the new gateway offered again as held: ${String(r.held)}`,
  );
}

/**
 * Log lines and client problems, counted by kind: a failed query's parameters and ids left out
 * (so one kind is one line), long lines cut.
 */
export function printTally(entries: readonly [string, number][]): void {
  const kinds = new Map<string, number>();
  for (const [what, n] of entries) {
    const kind = what
      .replace(/\nparams: [^\n]*?: (?=[A-Z])/, ' — ')
      .replace(/CT-[0-9a-f-]{8,}/gi, 'CT-…')
      .replace(/LOAD-AG-\d+/g, 'LOAD-AG-…')
      .replace(
        /Failed query: ([\s\S]*?) — /,
        (_m, sql: string) => `Failed query: ${sql.slice(0, 50)}… — `,
      );
    const short = kind.length > 240 ? `${kind.slice(0, 237)}…` : kind;
    kinds.set(short, (kinds.get(short) ?? 0) + n);
  }
  for (const [what, n] of [...kinds].sort((a, b) => b[1] - a[1])) log(`   ${String(n)} × ${what}`);
}
