import type { PolicyLine, RootCause, Tier } from '../../../shared/domain.js';
import type { TouchpointKind } from '../touchpoint-kinds.js';

/** Touchpoint kinds a complaint can start from; the customer's words depend on it. */
export type ComplaintOrigin = Extract<
  TouchpointKind,
  | 'claim_sla_breached'
  | 'refund_delayed'
  | 'rescue_late'
  | 'policy_documents_delayed'
  | 'adjuster_no_show'
  | 'rescue_no_show'
  | 'dismissive_service'
  | 'sale_misinformation'
  | 'wrong_advice_given'
  | 'renewal_quote_viewed'
  | 'policy_data_error'
  | 'promise_broken'
  | 'gift_not_delivered'
>;

export type PromiseTopic =
  'claim_payment' | 'claim_decision' | 'callback' | 'gift' | 'refund' | 'documents';

/**
 * Everything the seed writes in the customer's own language. Summaries are templates with
 * `{name}` holes: policyId, claimId, product, partner, amount, dwell, page, topic, date, days,
 * count, minutes, madeBy, description, entitlement.
 */
export interface SeedTexts {
  readonly summaries: Readonly<Record<TouchpointKind, string>>;
  readonly products: Readonly<Record<PolicyLine, readonly string[]>>;
  readonly claimDescriptions: Readonly<Record<PolicyLine, readonly string[]>>;
  /** Portal / app page titles. */
  readonly pages: readonly string[];
  /** What a customer calls or chats about. */
  readonly topics: readonly string[];
  readonly documents: readonly string[];
  /** Policy fields that can be wrong (accuracy complaints). */
  readonly dataFields: readonly string[];
  readonly endorsements: readonly string[];
  readonly rejectReasons: readonly string[];
  /** Things a salesperson or the hotline got wrong (professionalism). */
  readonly misinformation: readonly string[];
  /** What customers say, by the touchpoint where their trouble started. */
  readonly complaintWords: Readonly<Record<ComplaintOrigin, readonly string[]>>;
  readonly resolutions: Readonly<Record<RootCause, string>>;
  /** Promise descriptions; `{claimId}`, `{policyId}`, `{date}` holes. */
  readonly promises: Readonly<Record<PromiseTopic, string>>;
  readonly tierEntitlement: Readonly<Record<Tier, string>>;
  formatAmount(minor: number): string;
  formatDate(date: Date): string;
}
