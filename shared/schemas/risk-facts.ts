import { z } from 'zod';

/**
 * The contract between the pre-emption engine and the desktop for a risk contribution's `facts`:
 * every key the engine may emit, and what its value is. The engine emits nothing else; the
 * desktop words every one of them in the agent's language. Values are codes, ids, dates and
 * numbers, never English text: a value holding a touchpoint kind carries the kind code itself
 * (`adjuster_no_show`), and each reader (the desktop, the engine's English summary) words it.
 *
 * Dates are days, `YYYY-MM-DD` (UTC). Counts and day/hour spans are whole numbers.
 */
export const RISK_FACT_KEYS = [
  // Records the contribution is about (ids as in the data).
  /** Claim id (string): the claim a contribution is about. */
  'claimId',
  /** Promise id (string). */
  'promiseId',
  /** Policy id (string). */
  'policyId',
  /** Complaint case id (string): the case itself, a rated one, or one about professionalism that means the customer was told otherwise. */
  'complaintId',
  /** Partner id (string): the rescue, adjuster or repairer who failed. */
  'partnerId',

  // Dates.
  /** Day (YYYY-MM-DD): when the claim decision or payment was promised. */
  'promisedAt',
  /** Day (YYYY-MM-DD): when a promise was due. */
  'dueAt',
  /** Day (YYYY-MM-DD): when the newest payment failed. */
  'failedAt',
  /** Day (YYYY-MM-DD): when the (oldest unanswered) refund was asked for. */
  'requestedAt',
  /** Day (YYYY-MM-DD): when a complaint case was opened. */
  'openedAt',
  /** Day (YYYY-MM-DD): when a past complaint was closed or resolved. */
  'closedAt',
  /** Day (YYYY-MM-DD): when the customer last used escalation words. */
  'saidAt',
  /** Day (YYYY-MM-DD): when a claim was rejected. */
  'rejectedAt',

  // Spans and counts.
  /** Days (count): how late a claim or a promise is. */
  'daysLate',
  /** Days (count): how long a premium has been overdue. */
  'daysOverdue',
  /** Days (count): how long the customer has waited for a refund. */
  'daysWaiting',
  /** Days (count): how long a complaint case has been open. */
  'daysOpen',
  /** Count: inbound contacts about the subject within the window. */
  'contacts',
  /** Days (count): the repeat-contact window. */
  'days',
  /** Flag (1): at least one contact came after the thing was overdue — the customer had to chase us. */
  'chasing',
  /** Count: portal or app page views within the window. */
  'pageViews',
  /** Hours (count): the portal window. */
  'hours',
  /** Seconds (count): the longest time spent on one portal page. */
  'dwellSeconds',
  /** Count: failed portal or app actions within the window. */
  'failedActions',
  /** Count: partner failures on the claim within the lookback. */
  'failures',
  /** Count: policy data corrections within the lookback. */
  'corrections',
  /** Count: past complaints about the same cause within the lookback. */
  'complaints',
  /** Count: detractor signs (low scores, service failures, poorly rated complaints) within the lookback. */
  'signs',
  /** Percentage (number, 18 = +18 %): the renewal premium change. */
  'premiumChangePct',

  // Scores.
  /** Score 0–10: the customer's NPS answer. */
  'nps',
  /** Score 1–5: the customer's CSAT answer. */
  'csat',
  /** Score 1–5: the customer's rating of how a complaint was handled. */
  'satisfaction',

  // Codes.
  /** Promise state code: `broken` (marked broken) or `overdue` (still open past due). */
  'state',
  /** Complaint status code: `open` or `escalated`. */
  'status',
  /** Root cause codes (`timeliness`, `attitude`…), comma-separated: what a past complaint was about too. */
  'cause',
  /**
   * Touchpoint kind code of the newest failure: a partner failure (`rescue_late`,
   * `rescue_no_show`, `adjuster_no_show`, any `*_no_show`; `partner_no_show` / `partner_late` when
   * only the touchpoint's anomaly says so) or a recorded service failure (`dismissive_service`,
   * `wrong_advice_given`, `sale_misinformation`).
   */
  'failureKind',
  /** Touchpoint kind code of the newest late delivery (`policy_documents_delayed`, `gift_not_delivered`, `delivery_late`…). */
  'itemKind',
  /** Touchpoint kind code of what told the customer the cover was there (`sale_misinformation`, `wrong_advice_given`). */
  'toldKind',

  // Words from the data, shown as they came.
  /** Words (text): the escalation words the customer used, as the rules spell them, comma-separated. */
  'words',
  /** Words (text): the portal page path or kind viewed most. */
  'path',
  /** Words (text): the policy data field that was corrected, as the data names it. */
  'field',
] as const;

export type RiskFactKey = (typeof RISK_FACT_KEYS)[number];

export const riskFactKeySchema = z.enum(RISK_FACT_KEYS);
