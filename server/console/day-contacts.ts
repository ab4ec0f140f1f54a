/**
 * The contacts behind the board's queue figures, kept between rebuilds so that a rebuild reads
 * what changed since the last one, not every contact of the day.
 *
 * The figures count the live contacts and the contacts of the day that finished (closed or
 * abandoned: nothing moves them any more). A finished contact whose answer and end are more than
 * 15 minutes old is "settled": it can only count in today's figures, always the same way, so it
 * is kept as a per-queue tally; the others are kept as rows and counted afresh at each rebuild.
 *
 * Each rebuild reads, in one statement (board-read.ts): the live contacts (with what the agents
 * grid, risk board and alert rules need), and the contacts whose finishing `contact_events` row
 * is newer than the last one read (`id` above the watermark: the primary key's index). A contact
 * finishing in a transaction that took its event id before the watermark's but committed after
 * the last read (PostgreSQL, several connections) was live in that read's snapshot: the read also
 * returns the last read's live contacts that have finished, so it is found that way. Every
 * finished contact is counted once (one found both ways is kept once), as a full re-read would.
 * This relies on contacts being stored `queued` (insertContact) and finishing only through
 * transitionContact, which writes the event in the same transaction.
 *
 * Everything is read afresh on the first rebuild, when the day changes, when the service-level
 * threshold changes and if the clock goes back.
 */
import type { Db } from '../db/client.js';
import { readBoardAll, readBoardChanges, type FinishedRow } from './board-read.js';
import type { LiveContact } from './live-contacts.js';
import {
  addTally,
  emptyTally,
  RECENT_WINDOW_MS,
  tallyContact,
  type ContactTimes,
  type MetricsTally,
} from './metrics.js';

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
    const read =
      kept === null
        ? await readBoardAll(this.db, now, startOfDay)
        : await readBoardChanges(this.db, now, kept);

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
    const finished = uniqueById(read.finished)
      .filter((r) => r.createdAt >= startOfDay)
      .map(toTimes);
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

/** A contact found both past the watermark and among the departed is counted once. */
function uniqueById(rows: readonly FinishedRow[]): FinishedRow[] {
  return [...new Map(rows.map((r) => [r.id, r])).values()];
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
