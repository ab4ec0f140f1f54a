/**
 * Queue metrics for the team lead's board, from contacts' lifecycle times. Pure: the caller
 * loads the contacts of the window (and the ones still waiting) and passes `now`.
 *
 * Definitions (the usual contact-centre ones, written down so nobody has to guess):
 * - **Service level**: of the contacts that reached the end of their wait in the window, the share
 *   answered within the threshold. Contacts abandoned before the threshold do not count either way
 *   (the customer gave up before we could reasonably answer); abandoned after it count as missed.
 * - **Average handle time**: accepted → closed (talk plus after-contact work), over contacts closed
 *   in the window.
 * - **Abandoned**: contacts that ended `abandoned` in the window.
 */

export interface ContactTimes {
  queueId: string;
  state: 'queued' | 'offered' | 'active' | 'wrap_up' | 'closed' | 'abandoned';
  createdAt: Date;
  acceptedAt: Date | null;
  closedAt: Date | null;
  /** When it was abandoned (its last move), for abandoned contacts. */
  abandonedAt: Date | null;
}

export interface QueueMetrics {
  queueId: string;
  waiting: number;
  longestWaitSeconds: number;
  /** 0–1, or null when no contact reached the end of its wait in the window. */
  serviceLevel: number | null;
  answered: number;
  abandoned: number;
  averageHandleSeconds: number | null;
}

export interface MetricsWindow {
  from: Date;
  now: Date;
  /** Answered within this many seconds counts as in service level (default 20). */
  thresholdSeconds: number;
}

/** The board's "last 15 minutes". */
export const RECENT_WINDOW_MS = 15 * 60_000;

/**
 * What answered, abandoned and closed contacts add up to in a window (not the wait now): kept
 * between rebuilds for the day's contacts that can no longer change it (day-contacts.ts).
 */
export interface MetricsTally {
  answered: number;
  /** Answered within the threshold. */
  inTime: number;
  /** Reached the end of their wait: answered, or abandoned after the threshold. */
  counted: number;
  abandoned: number;
  /** Accepted → closed, summed in whole milliseconds (exact, whatever the order of the sum). */
  handleMs: number;
  handled: number;
}

export const emptyTally = (): MetricsTally => ({ answered: 0, inTime: 0, counted: 0, abandoned: 0, handleMs: 0, handled: 0 });

export function addTally(into: MetricsTally, t: MetricsTally): void {
  into.answered += t.answered;
  into.inTime += t.inTime;
  into.counted += t.counted;
  into.abandoned += t.abandoned;
  into.handleMs += t.handleMs;
  into.handled += t.handled;
}

const ms = (from: Date, to: Date) => to.getTime() - from.getTime();
const within = (at: Date | null, w: MetricsWindow): at is Date => at !== null && at >= w.from && at <= w.now;

/** Adds what one contact counts in the window (its answer, abandon and handle time). */
export function tallyContact(t: MetricsTally, c: ContactTimes, w: MetricsWindow): void {
  const thresholdMs = w.thresholdSeconds * 1000;
  if (within(c.acceptedAt, w)) {
    t.answered += 1;
    t.counted += 1;
    if (ms(c.createdAt, c.acceptedAt) <= thresholdMs) t.inTime += 1;
  }
  if (c.state === 'abandoned' && within(c.abandonedAt, w)) {
    t.abandoned += 1;
    if (ms(c.createdAt, c.abandonedAt) > thresholdMs) t.counted += 1;
  }
  if (c.state === 'closed' && c.acceptedAt !== null && within(c.closedAt, w)) {
    t.handleMs += ms(c.acceptedAt, c.closedAt);
    t.handled += 1;
  }
}

/**
 * The queue's metrics over `contacts` (the caller passes this queue's, or filters by `queueId`
 * here), plus `settled`: the tally of contacts already counted and no longer passed.
 */
export function queueMetrics(
  queueId: string,
  contacts: readonly ContactTimes[],
  w: MetricsWindow,
  settled?: MetricsTally,
): QueueMetrics {
  let waiting = 0;
  let longest = 0;
  const t = emptyTally();
  if (settled) addTally(t, settled);
  for (const c of contacts) {
    if (c.queueId !== queueId) continue;
    if (c.state === 'queued' || (c.state === 'offered' && c.acceptedAt === null)) {
      waiting += 1;
      longest = Math.max(longest, ms(c.createdAt, w.now) / 1000);
    }
    tallyContact(t, c, w);
  }
  return {
    queueId,
    waiting,
    longestWaitSeconds: Math.round(longest),
    serviceLevel: t.counted === 0 ? null : t.inTime / t.counted,
    answered: t.answered,
    abandoned: t.abandoned,
    averageHandleSeconds: t.handled === 0 ? null : Math.round(t.handleMs / 1000 / t.handled),
  };
}
