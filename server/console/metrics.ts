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

const seconds = (from: Date, to: Date) => (to.getTime() - from.getTime()) / 1000;
const within = (at: Date | null, w: MetricsWindow): at is Date => at !== null && at >= w.from && at <= w.now;

export function queueMetrics(queueId: string, contacts: readonly ContactTimes[], w: MetricsWindow): QueueMetrics {
  let waiting = 0;
  let longest = 0;
  let inTime = 0;
  let counted = 0;
  let answered = 0;
  let abandoned = 0;
  let handle = 0;
  let handled = 0;
  for (const c of contacts) {
    if (c.queueId !== queueId) continue;
    if (c.state === 'queued' || (c.state === 'offered' && c.acceptedAt === null)) {
      waiting += 1;
      longest = Math.max(longest, seconds(c.createdAt, w.now));
    }
    if (within(c.acceptedAt, w)) {
      answered += 1;
      counted += 1;
      if (seconds(c.createdAt, c.acceptedAt) <= w.thresholdSeconds) inTime += 1;
    }
    if (c.state === 'abandoned' && within(c.abandonedAt, w)) {
      abandoned += 1;
      if (seconds(c.createdAt, c.abandonedAt) > w.thresholdSeconds) counted += 1;
    }
    if (c.state === 'closed' && c.acceptedAt !== null && within(c.closedAt, w)) {
      handle += seconds(c.acceptedAt, c.closedAt);
      handled += 1;
    }
  }
  return {
    queueId,
    waiting,
    longestWaitSeconds: Math.round(longest),
    serviceLevel: counted === 0 ? null : inTime / counted,
    answered,
    abandoned,
    averageHandleSeconds: handled === 0 ? null : Math.round(handle / handled),
  };
}
