import type {
  ClaimStatus,
  ComplaintStatus,
  PaymentStatus,
  PolicyStatus,
  PromiseStatus,
  Tier,
} from '../../../../shared/domain';
import type { PlainTagColor } from '../../ui/PlainTag';
import en from './locales/en';
import type { PopMessages } from './locales/en';

/** How each domain value looks: tag colours in one place (channel icons: `ChannelIcon`). */

export const TIER_COLOR: Record<Tier, PlainTagColor> = {
  diamond: 'geekblue',
  platinum: 'purple',
  gold: 'gold',
  silver: 'default',
  potential: 'cyan',
};

export const POLICY_STATUS_COLOR: Record<PolicyStatus, string> = {
  active: 'success',
  pending_cancellation: 'error',
  cancelled: 'default',
  expired: 'default',
  lapsed: 'warning',
};

export const PAYMENT_STATUS_COLOR: Record<PaymentStatus, string> = {
  paid: 'success',
  due: 'processing',
  overdue: 'error',
  failed: 'error',
};

export const CLAIM_STATUS_COLOR: Record<ClaimStatus, string> = {
  reported: 'processing',
  assessing: 'processing',
  approved: 'success',
  paid: 'success',
  rejected: 'error',
  closed: 'default',
};

export const COMPLAINT_STATUS_COLOR: Record<ComplaintStatus, string> = {
  open: 'warning',
  escalated: 'error',
  resolved: 'success',
  closed: 'default',
};

export const PROMISE_STATUS_COLOR: Record<PromiseStatus, string> = {
  open: 'processing',
  kept: 'success',
  broken: 'error',
};

/** Claims still moving: the agent must know where they stand. */
export const OPEN_CLAIM_STATUSES: readonly ClaimStatus[] = ['reported', 'assessing', 'approved'];
/** Complaints on the 15-day clock. */
export const OPEN_COMPLAINT_STATUSES: readonly ComplaintStatus[] = ['open', 'escalated'];

export type EntitlementKey = keyof PopMessages['entitlement'];

/** TIER_ENTITLEMENTS holds plain strings; only those with a label are offered. */
export function isEntitlementKey(key: string): key is EntitlementKey {
  return Object.hasOwn(en.entitlement, key);
}

/**
 * For `t()` calls that interpolate free text (names, server reasons): React already renders the
 * result as text, so i18next must not HTML-escape it a second time ("O'Brien", not "O&#39;Brien").
 */
export const TEXT_VALUES = { interpolation: { escapeValue: false } } as const;
