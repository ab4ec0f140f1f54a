/**
 * The domain vocabulary (see ../shared/DOMAIN.md in the workspace): one list each, used by the
 * database schema, the API schemas, the seed and the UI. Add a value here and every runtime sees it.
 */

/** Complaint root causes, the taxonomy used everywhere. */
export const ROOT_CAUSES = [
  'timeliness',
  'attitude',
  'professionalism',
  'amount',
  'accuracy',
  'promise_mismatch',
] as const;
export type RootCause = (typeof ROOT_CAUSES)[number];

/** Journey stages, in the order a customer meets them. */
export const JOURNEY_STAGES = [
  'sale',
  'underwriting',
  'consultation',
  'claim_report',
  'rescue',
  'claim',
  'refund',
  'renewal',
  'repurchase',
] as const;
export type JourneyStage = (typeof JOURNEY_STAGES)[number];

/** Channels a touchpoint can come from. */
export const TOUCHPOINT_CHANNELS = [
  'portal',
  'app',
  'ivr',
  'sms',
  'email',
  'voice',
  'chat',
  'partner',
  'branch',
] as const;
export type TouchpointChannel = (typeof TOUCHPOINT_CHANNELS)[number];

/** Segmentation tiers, best first (seeds/004). */
export const TIERS = ['diamond', 'platinum', 'gold', 'silver', 'potential'] as const;
export type Tier = (typeof TIERS)[number];

/** What an agent must offer a customer of each tier. Keys are i18n keys under `entitlement.`. */
export const TIER_ENTITLEMENTS: Readonly<Record<Tier, readonly string[]>> = {
  diamond: ['dedicated_advisor', 'annual_health_plan', 'reserved_events'],
  platinum: ['quarterly_callback', 'recommendation_priority', 'health_lectures'],
  gold: ['monthly_callback', 'value_added_services'],
  silver: ['weekly_push', 'care_package'],
  potential: ['annual_policy_review', 'health_consultation_booking'],
};

export const POLICY_LINES = ['motor', 'health', 'life', 'property'] as const;
export type PolicyLine = (typeof POLICY_LINES)[number];

export const POLICY_STATUSES = [
  'active',
  'pending_cancellation',
  'cancelled',
  'expired',
  'lapsed',
] as const;
export type PolicyStatus = (typeof POLICY_STATUSES)[number];

export const PAYMENT_STATUSES = ['paid', 'due', 'overdue', 'failed'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

export const CLAIM_STATUSES = ['reported', 'assessing', 'approved', 'paid', 'rejected', 'closed'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const COMPLAINT_STATUSES = ['open', 'escalated', 'resolved', 'closed'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export const PROMISE_STATUSES = ['open', 'kept', 'broken'] as const;
export type PromiseStatus = (typeof PROMISE_STATUSES)[number];

export const PARTNER_KINDS = ['intermediary', 'rescue', 'adjuster', 'repair'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export const AGENT_ROLES = ['csr', 'specialist', 'lead', 'admin'] as const;
export type AgentRole = (typeof AGENT_ROLES)[number];

export const CONTACT_CHANNELS = ['voice', 'chat'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/**
 * A contact's life: waiting in a queue, ringing at one agent, connected, in after-contact work,
 * done. `abandoned`: the customer left before an agent answered. See shared/lifecycle.ts.
 */
export const CONTACT_STATES = ['queued', 'offered', 'active', 'wrap_up', 'closed', 'abandoned'] as const;
export type ContactState = (typeof CONTACT_STATES)[number];

export const MATCH_RESULTS = ['one', 'none', 'many'] as const;
export type MatchResult = (typeof MATCH_RESULTS)[number];

/** `on_contact`: holds at least one contact; `wrap_up`: only after-contact work left. */
export const AGENT_STATES = ['available', 'on_contact', 'wrap_up', 'away', 'offline'] as const;
export type AgentState = (typeof AGENT_STATES)[number];

/** Why an agent is away. `missed_offer`: set by routing when an offer rang out unanswered. */
export const AWAY_REASONS = ['break', 'meeting', 'training', 'missed_offer'] as const;
export type AwayReason = (typeof AWAY_REASONS)[number];

/** How a contact ended, chosen at wrap-up. */
export const DISPOSITIONS = [
  'resolved',
  'information_given',
  'complaint_logged',
  'follow_up_promised',
  'escalated',
  'transferred',
  'no_action',
] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

export const CHAT_SENDERS = ['customer', 'agent', 'system'] as const;
export type ChatSender = (typeof CHAT_SENDERS)[number];

export const SENTIMENTS = ['positive', 'neutral', 'negative'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];

/** Warm: the receiving agent accepts before the sender lets go. Cold: straight over. */
export const TRANSFER_MODES = ['warm', 'cold'] as const;
export type TransferMode = (typeof TRANSFER_MODES)[number];

/** Languages the desktop speaks; `fa` is right-to-left. */
export const LANGUAGES = ['zh-CN', 'en', 'fa'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Anomaly marks a touchpoint can carry on the timeline. */
export const ANOMALIES = ['sla_breach', 'long_dwell', 'failed_payment', 'no_show', 'broken_promise'] as const;
export type Anomaly = (typeof ANOMALIES)[number];

/**
 * Complaint-risk signals the pre-emption engine computes as data arrives (seeds/003: act before
 * the customer reaches ignition point). Weights and thresholds live in the rules file.
 */
export const RISK_SIGNALS = [
  'claim_overdue',
  'promise_broken',
  'repeat_contact',
  'open_complaint',
  'prior_complaint_same_cause',
  'payment_failed',
  'pending_cancellation',
  'refund_unanswered',
  'portal_struggle',
  'partner_failure',
  'premium_rise',
  'detractor',
  'data_corrected',
  'delivery_late',
  'escalation_words',
  'claim_rejected',
] as const;
export type RiskSignal = (typeof RISK_SIGNALS)[number];

export const RISK_BANDS = ['low', 'medium', 'high'] as const;
export type RiskBand = (typeof RISK_BANDS)[number];

/**
 * What a contact is predicted to be about: the kind of thing, plus its id where there is one
 * (claim C-2031, promise P-7, policy P-123…). `none`: nothing stands out (a calm customer).
 */
export const RISK_TOPICS = [
  'claim',
  'promise',
  'payment',
  'refund',
  'renewal',
  'complaint',
  'portal',
  'delivery',
  'policy_data',
  'service',
  'none',
] as const;
export type RiskTopic = (typeof RISK_TOPICS)[number];

/** Retention and service moves a playbook can suggest (DOMAIN.md: retention, renewal). */
export const PLAYBOOK_MOVES = [
  'apologise_and_own',
  'expedite_claim',
  'fix_promise_date',
  'cheaper_cover',
  'remind_why_bought',
  'renewal_offer',
  'payment_plan',
  'refund_fast_track',
  'correct_records',
  'portal_walkthrough',
  'specialist_callback',
  'advisor_visit',
] as const;
export type PlaybookMove = (typeof PLAYBOOK_MOVES)[number];

/** Proactive actions on the pre-emption worklist. */
export const PROACTIVE_ACTIONS = ['callback', 'sms', 'advisor_task'] as const;
export type ProactiveAction = (typeof PROACTIVE_ACTIONS)[number];

export const WORKLIST_STATUSES = ['open', 'claimed', 'done'] as const;
export type WorklistStatus = (typeof WORKLIST_STATUSES)[number];

export const WORKLIST_OUTCOMES = [
  'resolved',
  'follow_up_booked',
  'no_answer',
  'declined',
  'sms_sent',
  'advisor_assigned',
] as const;
export type WorklistOutcome = (typeof WORKLIST_OUTCOMES)[number];
