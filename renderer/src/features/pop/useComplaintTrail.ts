import { useMemo } from 'react';
import type { Complaint, CustomerPromise } from '../../../../shared/schemas/voc';
import { daysUntil } from './format';
import { OPEN_COMPLAINT_STATUSES } from './presentation';

export interface ComplaintView {
  complaint: Complaint;
  /** Days left on the 15-day clock (negative when past due); null once resolved or closed. */
  daysLeft: number | null;
}

export interface PromiseView {
  promise: CustomerPromise;
  /** Days an open promise is past its due date; 0 when not overdue. */
  daysOverdue: number;
}

const byNewest = (a: string, b: string) => Date.parse(b) - Date.parse(a);

export function complaintTrail(complaints: readonly Complaint[], now: number): ComplaintView[] {
  return complaints
    .map((complaint) => ({
      complaint,
      daysLeft: OPEN_COMPLAINT_STATUSES.includes(complaint.status)
        ? daysUntil(complaint.dueAt, now)
        : null,
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
