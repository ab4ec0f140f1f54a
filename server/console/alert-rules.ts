/**
 * The console's alert rules over the live contacts. Pure (no I/O, no clock): the caller passes
 * `now`, stores what fires (each rule at most once per contact) and wakes up at `nextCheckAt`,
 * when a time-based rule would fire next with no event to say so.
 *
 * - `diamond_waiting`: a Diamond customer's contact waiting (queued, or ringing and not yet
 *   accepted) for `diamondWaitSeconds` or more, counted from when it joined the queue.
 * - `high_risk_waiting`: a contact from a customer in the high risk band is waiting.
 * - `promise_overdue`: a waiting or connected contact's customer has a promise past due or broken.
 * - `escalation_words` is raised by the chat, as the customer writes (see escalationAlert).
 */
import type { AlertRule, ConsoleAlert } from '../../shared/schemas/console-alerts.js';
import type { LiveContact } from './live-contacts.js';

export interface AlertCandidate {
  rule: AlertRule;
  contactId: string;
  customerId: string | null;
  detail: ConsoleAlert['detail'];
}

export interface AlertEvaluation {
  fire: AlertCandidate[];
  /** When a rule may fire next by the clock alone (null: nothing to wait for). */
  nextCheckAt: Date | null;
}

export const alertKey = (a: Pick<AlertCandidate, 'rule' | 'contactId'>) =>
  `${a.rule}:${a.contactId}`;

const isWaiting = (c: LiveContact) =>
  c.state === 'queued' || (c.state === 'offered' && c.acceptedAt === null);

export function evaluateAlerts(
  live: readonly LiveContact[],
  thresholds: { diamondWaitSeconds: number },
  now: Date,
): AlertEvaluation {
  const fire: AlertCandidate[] = [];
  const wakes: number[] = [];
  const wakeAt = (ms: number) => {
    if (ms > now.getTime()) wakes.push(ms);
  };
  for (const c of live) {
    const of = (rule: AlertRule, detail: ConsoleAlert['detail']) => ({
      rule,
      contactId: c.contactId,
      customerId: c.customerId,
      detail,
    });
    const waiting = isWaiting(c);
    if (waiting && c.tier === 'diamond') {
      const waitedMs = now.getTime() - c.queuedAt.getTime();
      const thresholdMs = thresholds.diamondWaitSeconds * 1000;
      if (waitedMs >= thresholdMs)
        fire.push(of('diamond_waiting', { waitedSeconds: Math.floor(waitedMs / 1000) }));
      else wakeAt(c.queuedAt.getTime() + thresholdMs);
    }
    if (waiting && c.riskBand === 'high') {
      fire.push(of('high_risk_waiting', c.riskScore === null ? {} : { riskScore: c.riskScore }));
    }
    if (c.state !== 'wrap_up') {
      if (c.overduePromiseIds.length > 0)
        fire.push(of('promise_overdue', { promiseIds: c.overduePromiseIds }));
      else if (c.nextPromiseDueAt !== null) wakeAt(c.nextPromiseDueAt.getTime() + 1);
    }
  }
  return { fire, nextCheckAt: wakes.length === 0 ? null : new Date(Math.min(...wakes)) };
}

/** The customer used escalation words in a live chat. */
export function escalationAlert(
  contactId: string,
  customerId: string | null,
  words: readonly string[],
): AlertCandidate {
  return { rule: 'escalation_words', contactId, customerId, detail: { words: [...words] } };
}
