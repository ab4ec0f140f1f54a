/**
 * "What the company already knows about why they are calling": facts derived from the pop and
 * the contact, each with where it comes from, so the agent opens with the answer. Pure; the
 * panel turns each fact into words.
 */
import type { RootCause } from '../../../../shared/domain';
import type { Contact } from '../../../../shared/schemas/contact';
import type { PopBundle } from '../../../../shared/schemas/pop';
import { daysUntil } from '../pop/format';
import { repeatedPageViewsToday } from '../pop/portal-repeats';
import { isExtended } from '../pop/useComplaintTrail';

const DAY_MS = 86_400_000;
/** DOMAIN.md: the renewal reminder goes out 30 days before expiry. */
export const RENEWAL_HORIZON_DAYS = 30;
/** A promise broken longer ago than this is history, not why they call today. */
export const BROKEN_PROMISE_DAYS = 30;

export type KnownFact =
  | { kind: 'claim_late'; claimId: string; daysLate: number; promisedAt: string }
  | {
      kind: 'complaint_open';
      complaintId: string;
      rootCauses: RootCause[];
      daysAgo: number;
      extendedTo: string | null;
    }
  | {
      kind: 'promise_overdue';
      promiseId: string;
      description: string;
      madeBy: string;
      daysOverdue: number;
    }
  | { kind: 'promise_broken'; promiseId: string; description: string; madeBy: string }
  | {
      kind: 'billing';
      policyId: string;
      pendingCancellation: boolean;
      paymentFailed: boolean;
      daysOverdue: number;
    }
  | { kind: 'renewal_soon'; policyId: string; daysLeft: number; renewalDate: string }
  | { kind: 'ivr'; intent: string | null; path: string[] }
  | { kind: 'page_repeat'; channel: 'portal' | 'app'; page: string; count: number };

export type KnownFactKind = KnownFact['kind'];

const OPEN_COMPLAINT = new Set(['open', 'escalated']);

/** Facts, most pressing first: late claims, open complaints, promises, billing, renewal, IVR, portal. */
export function knownFacts(bundle: PopBundle, contact: Contact | null, now: number): KnownFact[] {
  const facts: KnownFact[] = [];

  for (const claim of bundle.claims) {
    if (claim.closedAt !== null || claim.promisedAt === null) continue;
    const daysLate = -daysUntil(claim.promisedAt, now);
    if (daysLate > 0) {
      facts.push({ kind: 'claim_late', claimId: claim.id, daysLate, promisedAt: claim.promisedAt });
    }
  }

  for (const complaint of bundle.complaints) {
    if (!OPEN_COMPLAINT.has(complaint.status)) continue;
    facts.push({
      kind: 'complaint_open',
      complaintId: complaint.id,
      rootCauses: complaint.rootCauses,
      daysAgo: Math.max(0, Math.floor((now - Date.parse(complaint.openedAt)) / DAY_MS)),
      extendedTo: isExtended(complaint) ? complaint.dueAt : null,
    });
  }

  for (const promise of bundle.promises) {
    const common = {
      promiseId: promise.id,
      description: promise.description,
      madeBy: promise.madeBy,
    };
    const daysOverdue = -daysUntil(promise.dueAt, now);
    if (promise.status === 'open' && daysOverdue > 0) {
      facts.push({ kind: 'promise_overdue', ...common, daysOverdue });
    } else if (
      promise.status === 'broken' &&
      now - Date.parse(promise.resolvedAt ?? promise.dueAt) <= BROKEN_PROMISE_DAYS * DAY_MS
    ) {
      facts.push({ kind: 'promise_broken', ...common });
    }
  }

  for (const policy of bundle.policies) {
    const pendingCancellation = policy.status === 'pending_cancellation';
    const paymentFailed = policy.paymentStatus === 'failed';
    if (pendingCancellation || paymentFailed || policy.daysOverdue > 0) {
      facts.push({
        kind: 'billing',
        policyId: policy.id,
        pendingCancellation,
        paymentFailed,
        daysOverdue: policy.daysOverdue,
      });
    }
  }

  for (const policy of bundle.policies) {
    if (policy.status !== 'active') continue;
    const daysLeft = daysUntil(policy.renewalDate, now);
    if (daysLeft >= 0 && daysLeft <= RENEWAL_HORIZON_DAYS) {
      facts.push({
        kind: 'renewal_soon',
        policyId: policy.id,
        daysLeft,
        renewalDate: policy.renewalDate,
      });
    }
  }

  if (contact !== null && (contact.ivrIntent !== null || contact.ivrPath.length > 0)) {
    facts.push({ kind: 'ivr', intent: contact.ivrIntent, path: contact.ivrPath });
  }

  for (const page of repeatedPageViewsToday(bundle.timeline.items, now)) {
    facts.push({
      kind: 'page_repeat',
      channel: page.channel,
      page: page.summary,
      count: page.count,
    });
  }

  return facts;
}
