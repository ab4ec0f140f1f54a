import { useMemo } from 'react';
import type { Complaint, CustomerPromise } from '../../../../shared/schemas/voc';
import { daysUntil } from './format';
import { OPEN_COMPLAINT_STATUSES } from './presentation';

export interface ComplaintView {
  complaint: Complaint;
  /** Days left on the 15-day clock (negative when past due); null once resolved or closed. */
  daysLeft: number | null;
  /** The deadline was moved past the standard 15-day clock. */
  extended: boolean;
}

export interface PromiseView {
  promise: CustomerPromise;
  /** Days an open promise is past its due date; 0 when not overdue. */
  daysOverdue: number;
}

/** The standard complaint clock: 15 days from opening. */
export const COMPLAINT_CLOCK_DAYS = 15;
const DAY_MS = 86_400_000;

/** True when the due date lies beyond opening + 15 days (an extension was granted). */
export function isExtended(complaint: Pick<Complaint, 'openedAt' | 'dueAt'>): boolean {
  return (
    Date.parse(complaint.dueAt) > Date.parse(complaint.openedAt) + COMPLAINT_CLOCK_DAYS * DAY_MS
  );
}

const byNewest = (a: string, b: string) => Date.parse(b) - Date.parse(a);

export function complaintTrail(complaints: readonly Complaint[], now: number): ComplaintView[] {
  return complaints
    .map((complaint) => ({
      complaint,
      daysLeft: OPEN_COMPLAINT_STATUSES.includes(complaint.status)
        ? daysUntil(complaint.dueAt, now)
        : null,
      extended: isExtended(complaint),
    }))
    .sort((a, b) => byNewest(a.complaint.openedAt, b.complaint.openedAt));
}

/** Overdue open promises first (most overdue on top), then the rest by due date, latest first. */
export function promiseTrail(promises: readonly CustomerPromise[], now: number): PromiseView[] {
  return promises
    .map((promise) => ({
      promise,
      daysOverdue: promise.status === 'open' ? Math.max(0, -daysUntil(promise.dueAt, now)) : 0,
    }))
    .sort((a, b) => b.daysOverdue - a.daysOverdue || byNewest(a.promise.dueAt, b.promise.dueAt));
}

export function useComplaintTrail(
  complaints: readonly Complaint[],
  promises: readonly CustomerPromise[],
  now: number,
) {
  return useMemo(() => {
    const trail = complaintTrail(complaints, now);
    return {
      complaints: trail,
      openCount: trail.filter((view) => view.daysLeft !== null).length,
      promises: promiseTrail(promises, now),
    };
  }, [complaints, promises, now]);
}
