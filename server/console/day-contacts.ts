/**
 * The contacts behind the board's queue figures, kept between rebuilds so that a rebuild reads
 * what changed since the last one, not every contact of the day.
 *
 * The figures count the live contacts and the contacts of the day that finished (closed or
 * abandoned: nothing moves them any more). A finished contact whose answer and end are more than
 * 15 minutes old is "settled": it can only count in today's figures, always the same way, so it
 * is kept as a per-queue tally; the others are kept as rows and counted afresh at each rebuild.
 *
 * Each rebuild reads, in one snapshot: the live contacts (with what the agents grid, risk board
 * and alert rules need), and the contacts whose finishing `contact_events` row is newer than the
 * last one read (`id` above the watermark: the primary key's index). A contact finishing in a
 * transaction that took its event id before the watermark's but committed after the last read
 * (PostgreSQL, several connections) was live in that read's snapshot: it is found as a live
 * contact that is gone, and read by id. So every finished contact is counted once, as a full
 * re-read would. This relies on contacts being stored `queued` (insertContact) and finishing
 * only through transitionContact, which writes the event in the same transaction.
 *
 * Everything is read afresh on the first rebuild, when the day changes, when the service-level
 * threshold changes and if the clock goes back.
 */
import { and, eq, gt, gte, inArray, max } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { contactEvents, contacts } from '../db/schema.js';
import { loadLiveContacts, type LiveContact } from './live-contacts.js';
import {
  addTally,
  emptyTally,
  RECENT_WINDOW_MS,
  tallyContact,
  type ContactTimes,
  type MetricsTally,
} from './metrics.js';

const FINISHED = ['closed', 'abandoned'] as const;

export interface BoardContacts {
  /** Waiting, ringing, connected and wrap-up contacts (live-contacts.ts). */
  live: LiveContact[];
  /** The live contacts and the day's finished ones not settled yet: counted at each rebuild. */
  contacts: ContactTimes[];
  /** Per queue, today's tally of the day's settled contacts (a copy: the caller's to keep). */
  settledToday: Map<string, MetricsTally>;
}

interface DayState {
  startOfDay: number;
  thresholdSeconds: number;
  /** The last read's clock. */
  now: number;
  /** The highest `contact_events.id` known to be read. */
  watermark: number;
  /** The live contacts at the last read: one gone since has finished. */
  liveIds: Set<string>;
  /** The day's finished contacts not settled yet. */
  recent: ContactTimes[];
  settled: Map<string, MetricsTally>;
}

const finishedColumns = {
  id: contacts.id,
  queueId: contacts.queueId,
  state: contacts.state,
  createdAt: contacts.createdAt,
  acceptedAt: contacts.acceptedAt,
  closedAt: contacts.closedAt,
};

type FinishedRow = { id: string } & Omit<ContactTimes, 'abandonedAt'>;

export class DayContacts {
  private state: DayState | null = null;
  /** Reads one at a time (a pushed rebuild and a lead's GET may overlap). */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly db: Db) {}

  read(now: Date, startOfDay: Date, thresholdSeconds: number): Promise<BoardContacts> {
    const run = this.queue.then(() => this.readNow(now, startOfDay, thresholdSeconds));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async readNow(
    now: Date,
    startOfDay: Date,
    thresholdSeconds: number,
  ): Promise<BoardContacts> {
    const day = startOfDay.getTime();
    const last = this.state;
    const kept =
      last !== null &&
      last.startOfDay === day &&
      last.thresholdSeconds === thresholdSeconds &&
      last.now <= now.getTime()
        ? last
        : null;
    const read = await this.db.transaction(
      async (tx) => (kept === null ? readAll(tx, now, startOfDay) : readChanges(tx, now, kept)),
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );

    const state: DayState = kept ?? {
      startOfDay: day,
      thresholdSeconds,
      now: now.getTime(),
      watermark: 0,
      liveIds: new Set(),
      recent: [],
      settled: new Map(),
    };
    state.now = now.getTime();
    state.watermark = read.watermark;
    state.liveIds = new Set(read.live.map((c) => c.contactId));
    const cutoff = now.getTime() - RECENT_WINDOW_MS;
    const today = { from: startOfDay, now, thresholdSeconds };
    const recent: ContactTimes[] = [];
    const finished = read.finished.filter((r) => r.createdAt >= startOfDay).map(toTimes);
    for (const c of [...state.recent, ...finished]) {
      if (before(c.acceptedAt, cutoff) && before(c.closedAt, cutoff)) {
        let tally = state.settled.get(c.queueId);
        if (!tally) {
          tally = emptyTally();
          state.settled.set(c.queueId, tally);
        }
        tallyContact(tally, c, today);
      } else recent.push(c);
    }
    state.recent = recent;
    this.state = state;

    const settledToday = new Map<string, MetricsTally>();
    for (const [queueId, tally] of state.settled) {
      const copy = emptyTally();
      addTally(copy, tally);
      settledToday.set(queueId, copy);
    }
    return { live: read.live, contacts: [...read.live.map(liveTimes), ...recent], settledToday };
  }
}

interface Read {
  live: LiveContact[];
  /** Finished contacts not counted yet (of any day: the caller keeps today's). */
  finished: FinishedRow[];
  watermark: number;
}

/** Every finished contact of the day, the live ones, and the newest event id: one snapshot. */
async function readAll(tx: Db, now: Date, startOfDay: Date): Promise<Read> {
  const [top] = await tx.select({ id: max(contactEvents.id) }).from(contactEvents);
  const finished = await tx
    .select(finishedColumns)
    .from(contacts)
    .where(and(inArray(contacts.state, [...FINISHED]), gte(contacts.createdAt, startOfDay)));
  return { live: await loadLiveContacts(tx, now), finished, watermark: top?.id ?? 0 };
}

/** The contacts finished since the last read, and the live ones: one snapshot. */
async function readChanges(tx: Db, now: Date, last: DayState): Promise<Read> {
  const events = await tx
    .select({ eventId: contactEvents.id, ...finishedColumns })
    .from(contactEvents)
    .innerJoin(contacts, eq(contacts.id, contactEvents.contactId))
    .where(
      and(gt(contactEvents.id, last.watermark), inArray(contactEvents.toState, [...FINISHED])),
    );
  const live = await loadLiveContacts(tx, now);
  const found = new Set(events.map((e) => e.id));
  const liveNow = new Set(live.map((c) => c.contactId));
  // Gone from the live ones without an event past the watermark: its event committed late.
  const departed = [...last.liveIds].filter((id) => !liveNow.has(id) && !found.has(id));
  const late =
    departed.length === 0
      ? []
      : await tx
          .select(finishedColumns)
          .from(contacts)
          .where(and(inArray(contacts.id, departed), inArray(contacts.state, [...FINISHED])));
  const watermark = events.reduce((top, e) => Math.max(top, e.eventId), last.watermark);
  return { live, finished: [...events, ...late], watermark };
}

const before = (at: Date | null, cutoff: number) => at === null || at.getTime() < cutoff;

const toTimes = (r: FinishedRow): ContactTimes => ({
  queueId: r.queueId,
  state: r.state,
  createdAt: r.createdAt,
  acceptedAt: r.acceptedAt,
  closedAt: r.closedAt,
  abandonedAt: r.state === 'abandoned' ? r.closedAt : null,
});

const liveTimes = (c: LiveContact): ContactTimes => ({
  queueId: c.queueId,
  state: c.state,
  createdAt: c.createdAt,
  acceptedAt: c.acceptedAt,
  closedAt: null,
  abandonedAt: null,
});
