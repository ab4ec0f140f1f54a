/**
 * What the pre-emption engine reads: one customer's facts as they stand, with the recent
 * touchpoints (the last `RECENT_DAYS`, newest first, capped). Built by the gateway from the
 * database on every change to the customer; the engine itself is pure (no I/O, no clock).
 */
import type { ContactChannel, JourneyStage, Language, Tier, TouchpointChannel, Anomaly } from '../../../shared/domain.js';
import type { Claim, Policy } from '../../../shared/schemas/customer.js';
import type { Complaint, CustomerPromise } from '../../../shared/schemas/voc.js';

/** How far back the snapshot's touchpoints reach, and how many it holds at most. */
export const RECENT_DAYS = 90;
export const RECENT_LIMIT = 500;

export interface EngineTouchpoint {
  id: string;
  occurredAt: string;
  channel: TouchpointChannel;
  stage: JourneyStage;
  kind: string;
  summary: string;
  partnerId: string | null;
  claimId: string | null;
  policyId: string | null;
  dwellSeconds: number | null;
  anomaly: Anomaly | null;
  /** Integration-specific values, e.g. `{ page: '/claims/C-1', failed: true, nps: 3, premiumChangePct: 18 }`. */
  attributes: Record<string, string | number | boolean | null> | null;
}

export interface EngineCustomer {
  id: string;
  name: string;
  tier: Tier;
  preferredLanguage: Language;
  consentSms: boolean;
  consentMarketing: boolean;
  advisorName: string | null;
}

export interface RiskInput {
  customer: EngineCustomer;
  policies: Policy[];
  claims: Claim[];
  complaints: Complaint[];
  promises: CustomerPromise[];
  /** Newest first, within RECENT_DAYS, at most RECENT_LIMIT. */
  touchpoints: EngineTouchpoint[];
  /** The channel of the contact being offered, when scoring for a pop (playbooks may select on it). */
  channel?: ContactChannel;
}
