/**
 * Every touchpoint kind the seed writes: its journey stage and the anomaly it always carries.
 * Kinds are lower_snake; summaries per language live in ./texts.
 */
import type { Anomaly, JourneyStage } from '../../shared/domain.js';

export interface KindSpec {
  readonly stage: JourneyStage;
  readonly anomaly?: Anomaly;
}

export const TOUCHPOINT_KINDS = {
  quote_requested: { stage: 'sale' },
  intermediary_visit: { stage: 'sale' },
  policy_purchased: { stage: 'sale' },
  sms_welcome: { stage: 'sale' },
  email_welcome: { stage: 'sale' },
  sale_misinformation: { stage: 'sale' },
  gift_not_delivered: { stage: 'sale', anomaly: 'broken_promise' },

  underwriting_approved: { stage: 'underwriting' },
  policy_documents_emailed: { stage: 'underwriting' },
  policy_documents_delayed: { stage: 'underwriting', anomaly: 'sla_breach' },
  policy_data_error: { stage: 'underwriting' },
  sms_policy_endorsed: { stage: 'underwriting' },

  portal_page_view: { stage: 'consultation' },
  app_session: { stage: 'consultation' },
  document_download: { stage: 'consultation' },
  ivr_self_service: { stage: 'consultation' },
  voice_call_inbound: { stage: 'consultation' },
  chat_session: { stage: 'consultation' },
  email_inquiry: { stage: 'consultation' },
  branch_visit: { stage: 'consultation' },
  wrong_advice_given: { stage: 'consultation' },
  dismissive_service: { stage: 'consultation' },

  claim_reported: { stage: 'claim_report' },
  sms_fnol_acknowledgement: { stage: 'claim_report' },
  sms_photo_upload_link: { stage: 'claim_report' },
  claim_photos_uploaded: { stage: 'claim_report' },

  rescue_dispatched: { stage: 'rescue' },
  rescue_arrived: { stage: 'rescue' },
  rescue_late: { stage: 'rescue', anomaly: 'sla_breach' },
  rescue_no_show: { stage: 'rescue', anomaly: 'no_show' },

  adjuster_assigned: { stage: 'claim' },
  sms_adjuster_contact: { stage: 'claim' },
  adjuster_visit: { stage: 'claim' },
  adjuster_no_show: { stage: 'claim', anomaly: 'no_show' },
  repair_checkin: { stage: 'claim' },
  claim_status_checked: { stage: 'claim' },
  claim_follow_up_call: { stage: 'claim' },
  claim_sla_breached: { stage: 'claim', anomaly: 'sla_breach' },
  claim_approved: { stage: 'claim' },
  claim_paid: { stage: 'claim' },
  claim_rejected: { stage: 'claim' },
  sms_health_consultation: { stage: 'claim' },

  refund_requested: { stage: 'refund' },
  refund_retention_call: { stage: 'refund' },
  refund_paid: { stage: 'refund' },
  refund_delayed: { stage: 'refund', anomaly: 'sla_breach' },

  sms_renewal_reminder: { stage: 'renewal' },
  email_renewal_notice: { stage: 'renewal' },
  renewal_quote_viewed: { stage: 'renewal' },
  outbound_renewal_call: { stage: 'renewal' },
  sms_payment_overdue: { stage: 'renewal' },
  payment_failed: { stage: 'renewal', anomaly: 'failed_payment' },
  payment_received: { stage: 'renewal' },
  sms_pending_cancellation: { stage: 'renewal' },
  policy_renewed: { stage: 'renewal' },
  policy_cancelled: { stage: 'renewal' },

  cross_sell_offer_viewed: { stage: 'repurchase' },
  email_cross_sell: { stage: 'repurchase' },
  new_quote_requested: { stage: 'repurchase' },
  referral_submitted: { stage: 'repurchase' },
  tier_callback: { stage: 'repurchase' },

  complaint_lodged: { stage: 'consultation' },
  promise_made: { stage: 'consultation' },
  promise_broken: { stage: 'consultation', anomaly: 'broken_promise' },
} as const satisfies Record<string, KindSpec>;

export type TouchpointKind = keyof typeof TOUCHPOINT_KINDS;

/** Page views at or above this dwell are marked `long_dwell` (the customer is stuck). */
export const LONG_DWELL_SECONDS = 300;
