/**
 * The hold-out set: 22 customers written (stories and labels) before the engine changes of
 * rules 2026-11-22.3 were made or run, to check that those changes generalise beyond the 58
 * scenarios they were reasoned from. 6 calm customers, 6 borderline ones with a real but
 * moderate trouble that must not reach the high band, and 10 at high risk.
 * Labelled from the story alone, with the conventions of the original set (a partner failure
 * is timeliness + professionalism, a refusal nobody explained is professionalism).
 */
import { tp, type ScenarioSpec } from '../scenario.js';

const calm = { topic: ['none', null], rootCauses: [], high: false } satisfies ScenarioSpec['expect'];

export const HOLDOUT_SCENARIOS: ScenarioSpec[] = [
  // --- calm ------------------------------------------------------------------------------------
  {
    id: 'HO-C1',
    story:
      'Gold property customer: burst-pipe claim reported eight days ago, the adjuster came on time, the claim was approved and paid yesterday, two days before its promised date. This morning she gave the claim survey NPS 9.',
    customer: { tier: 'gold' },
    policies: [{ id: 'P-HC1', line: 'property' }],
    claims: [{ id: 'C-HC1', policy: 'P-HC1', status: 'paid', reported: '-8d', promised: '+1d', closed: '-1d' }],
    touchpoints: [
      tp('-8d', 'claim_reported', { claim: 'C-HC1', policy: 'P-HC1', channel: 'voice' }),
      tp('-8d', 'sms_fnol_acknowledgement', { claim: 'C-HC1' }),
      tp('-7d', 'adjuster_assigned', { claim: 'C-HC1', partner: 'ADJ-6' }),
      tp('-6d', 'adjuster_visit', { claim: 'C-HC1', partner: 'ADJ-6' }),
      tp('-4d', 'claim_status_checked', { claim: 'C-HC1', dwell: 40, attrs: { path: '/claims/C-HC1' } }),
      tp('-2d', 'claim_approved', { claim: 'C-HC1' }),
      tp('-1d', 'claim_paid', { claim: 'C-HC1', channel: 'sms' }),
      tp('-3h', 'survey_completed', { claim: 'C-HC1', channel: 'sms', attrs: { nps: 9 } }),
    ],
    expect: calm,
  },
  {
    id: 'HO-C2',
    story:
      'Silver motor customer who renewed at a 1% higher premium through the IVR last week, downloaded the e-policy and looked at her policy page twice since.',
    customer: { tier: 'silver' },
    policies: [{ id: 'P-HC2', line: 'motor', renewal: '+358d' }],
    touchpoints: [
      tp('-35d', 'sms_renewal_reminder', { policy: 'P-HC2' }),
      tp('-9d', 'renewal_quote_viewed', { policy: 'P-HC2', dwell: 60, attrs: { premiumChangePct: 1 } }),
      tp('-7d', 'ivr_self_service', { policy: 'P-HC2', attrs: { path: 'renewal>pay' } }),
      tp('-7d', 'payment_received', { policy: 'P-HC2', channel: 'ivr' }),
      tp('-7d', 'policy_renewed', { policy: 'P-HC2', channel: 'email' }),
      tp('-6d', 'document_download', { policy: 'P-HC2' }),
      tp('-4d', 'portal_page_view', { attrs: { path: '/policies' }, dwell: 35 }),
      tp('-1d', 'portal_page_view', { attrs: { path: '/policies' }, dwell: 20 }),
    ],
    expect: calm,
  },
  {
    id: 'HO-C3',
    story:
      'Potential-tier English-speaking customer asking in the chat which button to press to download his policy certificate; the agent told him and he said thanks.',
    customer: { tier: 'potential', lang: 'en' },
    policies: [{ id: 'P-HC3', line: 'health' }],
    touchpoints: [
      tp('-20d', 'payment_received', { policy: 'P-HC3', channel: 'app' }),
      tp('-50m', 'chat.message', { channel: 'chat', dir: 'inbound', text: 'Which button do I press to download my policy certificate?' }),
      tp('-48m', 'chat.message', { channel: 'chat', dir: 'outbound', text: 'Open Policies and press Download.' }),
      tp('-45m', 'chat.message', { channel: 'chat', dir: 'inbound', text: 'Got it, thank you.' }),
      tp('-40m', 'document_download', { policy: 'P-HC3' }),
    ],
    expect: calm,
  },
  {
    id: 'HO-C4',
    story:
      'Diamond life customer with an advisor: quarterly advisor callback five days ago, where she added a critical-illness rider; the welcome email and the endorsed documents went out three days ago.',
    customer: { tier: 'diamond', advisor: 'Chen Jie', marketing: true },
    policies: [
      { id: 'P-HC4', line: 'life' },
      { id: 'P-HC5', line: 'health' },
    ],
    touchpoints: [
      tp('-70d', 'payment_received', { policy: 'P-HC4', channel: 'app' }),
      tp('-5d', 'tier_callback'),
      tp('-4d', 'quote_requested', { policy: 'P-HC5' }),
      tp('-3d', 'policy_purchased', { policy: 'P-HC5', channel: 'app' }),
      tp('-3d', 'email_welcome', { policy: 'P-HC5' }),
      tp('-3d', 'policy_documents_emailed', { policy: 'P-HC5' }),
      tp('-2d', 'app_session', { dwell: 90 }),
    ],
    expect: calm,
  },
  {
    id: 'HO-C5',
    story:
      'Platinum motor customer who had a flat tyre 20 days ago: the rescue truck arrived within half an hour, and the small wheel claim was paid ten days ago, on time. Nothing since.',
    customer: { tier: 'platinum' },
    policies: [{ id: 'P-HC6', line: 'motor' }],
    claims: [{ id: 'C-HC6', policy: 'P-HC6', status: 'paid', reported: '-20d', promised: '-8d', closed: '-10d' }],
    touchpoints: [
      tp('-20d', 'claim_reported', { claim: 'C-HC6', policy: 'P-HC6', channel: 'voice' }),
      tp('-20d', 'rescue_dispatched', { claim: 'C-HC6', partner: 'RES-3' }),
      tp('-20d', 'rescue_arrived', { claim: 'C-HC6', partner: 'RES-3' }),
      tp('-15d', 'repair_checkin', { claim: 'C-HC6', partner: 'REP-2' }),
      tp('-10d', 'claim_paid', { claim: 'C-HC6', channel: 'sms' }),
    ],
    expect: calm,
  },
  {
    id: 'HO-C6',
    story:
      'Silver property customer whose claim for a cracked phone screen was rejected 80 days ago (not covered by home cover); she said on the phone she understood, and renewed her home policy a month ago. Nothing since.',
    customer: { tier: 'silver' },
    policies: [{ id: 'P-HC7', line: 'property', renewal: '+335d' }],
    claims: [{ id: 'C-HC7', policy: 'P-HC7', status: 'rejected', reported: '-88d', promised: '-80d', closed: '-80d' }],
    touchpoints: [
      tp('-88d', 'claim_reported', { claim: 'C-HC7', policy: 'P-HC7', channel: 'app' }),
      tp('-80d', 'claim_rejected', { claim: 'C-HC7', channel: 'email' }),
      tp('-79d', 'voice_call_inbound', { claim: 'C-HC7', policy: 'P-HC7' }),
      tp('-32d', 'renewal_quote_viewed', { policy: 'P-HC7', dwell: 80, attrs: { premiumChangePct: 0 } }),
      tp('-30d', 'payment_received', { policy: 'P-HC7', channel: 'app' }),
      tp('-30d', 'policy_renewed', { policy: 'P-HC7', channel: 'email' }),
    ],
    expect: calm,
  },

  // --- borderline: real trouble, moderate, must not be high -------------------------------------
  {
    id: 'HO-M1',
    story:
      'Gold motor customer, no claims, whose renewal quote came back 15% higher; he read it once for two and a half minutes two days ago. Renewal in 25 days.',
    customer: { tier: 'gold' },
    policies: [{ id: 'P-HM1', line: 'motor', renewal: '+25d' }],
    touchpoints: [
      tp('-60d', 'payment_received', { policy: 'P-HM1', channel: 'app' }),
      tp('-5d', 'email_renewal_notice', { policy: 'P-HM1' }),
      tp('-2d', 'renewal_quote_viewed', { policy: 'P-HM1', dwell: 150, attrs: { premiumChangePct: 15 } }),
    ],
    expect: { topic: ['renewal', 'P-HM1'], rootCauses: ['amount'], high: false },
  },
  {
    id: 'HO-M2',
    story:
      'Silver motor customer: the adjuster missed the appointment two days ago; it was rebooked and the visit happened yesterday. The claim is within its promised date and she has not contacted us.',
    customer: { tier: 'silver' },
    policies: [{ id: 'P-HM2', line: 'motor' }],
    claims: [{ id: 'C-HM2', policy: 'P-HM2', status: 'assessing', reported: '-7d', promised: '+5d' }],
    touchpoints: [
      tp('-7d', 'claim_reported', { claim: 'C-HM2', policy: 'P-HM2', channel: 'app' }),
      tp('-6d', 'adjuster_assigned', { claim: 'C-HM2', partner: 'ADJ-8' }),
      tp('-2d', 'adjuster_no_show', { claim: 'C-HM2', partner: 'ADJ-8' }),
      tp('-2d', 'sms_adjuster_contact', { claim: 'C-HM2' }),
      tp('-1d', 'adjuster_visit', { claim: 'C-HM2', partner: 'ADJ-8' }),
    ],
    expect: { topic: ['claim', 'C-HM2'], rootCauses: ['timeliness', 'professionalism'], high: false },
  },
  {
    id: 'HO-M3',
    story:
      'Platinum customer who bought home cover three weeks ago; the printed policy, promised within a week, was flagged delayed four days ago. He emailed once yesterday asking when it will come.',
    customer: { tier: 'platinum', lang: 'en' },
    policies: [{ id: 'P-HM3', line: 'property' }],
    touchpoints: [
      tp('-21d', 'policy_purchased', { policy: 'P-HM3' }),
      tp('-21d', 'email_welcome', { policy: 'P-HM3' }),
      tp('-4d', 'policy_documents_delayed', { policy: 'P-HM3' }),
      tp('-1d', 'email_inquiry', { policy: 'P-HM3', text: 'When will the printed policy arrive?' }),
    ],
    expect: { topic: ['delivery', 'P-HM3'], rootCauses: ['timeliness', 'promise_mismatch'], high: false },
  },
  {
    id: 'HO-M4',
    story:
      'Gold customer who cancelled her health policy and asked for the refund nine days ago, two days past the usual seven; no retention calls, and she has not asked about it.',
    customer: { tier: 'gold' },
    policies: [{ id: 'P-HM4', line: 'health', status: 'cancelled' }],
    touchpoints: [
      tp('-40d', 'payment_received', { policy: 'P-HM4', channel: 'app' }),
      tp('-9d', 'refund_requested', { policy: 'P-HM4', channel: 'portal' }),
      tp('-8d', 'policy_cancelled', { policy: 'P-HM4', channel: 'email' }),
    ],
    expect: { topic: ['refund', 'P-HM4'], rootCauses: ['timeliness'], high: false },
  },
  {
    id: 'HO-M5',
    story:
      'Silver motor customer whose accident claim was rejected five days ago because the car was being used for ride-hailing, an exclusion of private cover. She opened the rejection letter once and has not contacted us.',
    customer: { tier: 'silver' },
    policies: [{ id: 'P-HM5', line: 'motor' }],
    claims: [{ id: 'C-HM5', policy: 'P-HM5', status: 'rejected', reported: '-18d', promised: '-4d', closed: '-5d' }],
    touchpoints: [
      tp('-18d', 'claim_reported', { claim: 'C-HM5', policy: 'P-HM5', channel: 'voice' }),
      tp('-16d', 'adjuster_visit', { claim: 'C-HM5', partner: 'ADJ-2' }),
      tp('-5d', 'claim_rejected', { claim: 'C-HM5', channel: 'email' }),
      tp('-5d', 'claim_status_checked', { claim: 'C-HM5', dwell: 120, attrs: { path: '/claims/C-HM5' } }),
    ],
    expect: { topic: ['claim', 'C-HM5'], rootCauses: ['professionalism'], high: false },
  },
  {
    id: 'HO-M6',
    story:
      'Potential-tier health customer whose outpatient claim is one day past its promised date; she checked its status once this morning.',
    customer: { tier: 'potential' },
    policies: [{ id: 'P-HM6', line: 'health' }],
    claims: [{ id: 'C-HM6', policy: 'P-HM6', status: 'assessing', reported: '-11d', promised: '-1d' }],
    touchpoints: [
      tp('-11d', 'claim_reported', { claim: 'C-HM6', policy: 'P-HM6', channel: 'app' }),
      tp('-11d', 'sms_fnol_acknowledgement', { claim: 'C-HM6' }),
      tp('-2h', 'claim_status_checked', { claim: 'C-HM6', channel: 'app', dwell: 45, attrs: { path: '/claims/C-HM6' } }),
    ],
    expect: { topic: ['claim', 'C-HM6'], rootCauses: ['timeliness'], high: false },
  },

  // --- high risk -------------------------------------------------------------------------------
  {
    id: 'HO-H1',
    story:
      'Silver motor customer whose car broke down on a ring road before dawn. Rescue was dispatched, did not turn up (marked a no-show four hours ago), and she called an hour later to ask where the truck is.',
    customer: { tier: 'silver' },
    policies: [{ id: 'P-HH1', line: 'motor' }],
    claims: [{ id: 'C-HH1', policy: 'P-HH1', status: 'reported', reported: '-6h', promised: '+7d' }],
    touchpoints: [
      tp('-6h', 'claim_reported', { claim: 'C-HH1', policy: 'P-HH1', channel: 'voice' }),
      tp('-6h', 'rescue_dispatched', { claim: 'C-HH1', partner: 'RES-5' }),
      tp('-4h', 'rescue_no_show', { claim: 'C-HH1', partner: 'RES-5' }),
      tp('-3h', 'claim_follow_up_call', { claim: 'C-HH1', stage: 'rescue' }),
      tp('-60d', 'payment_received', { policy: 'P-HH1', channel: 'app' }),
    ],
    expect: { topic: ['claim', 'C-HH1'], rootCauses: ['timeliness', 'professionalism'], high: true },
  },
  {
    id: 'HO-H2',
    story:
      'Potential-tier English-speaking motor customer: the rescue truck never came last night, he waited three hours and paid a private tow. This morning he emailed that our rescue never came.',
    customer: { tier: 'potential', lang: 'en' },
    policies: [{ id: 'P-HH2', line: 'motor' }],
    claims: [{ id: 'C-HH2', policy: 'P-HH2', status: 'reported', reported: '-15h', promised: '+6d' }],
    touchpoints: [
      tp('-15h', 'claim_reported', { claim: 'C-HH2', policy: 'P-HH2', channel: 'voice' }),
      tp('-15h', 'rescue_dispatched', { claim: 'C-HH2', partner: 'RES-8' }),
      tp('-12h', 'rescue_no_show', { claim: 'C-HH2', partner: 'RES-8' }),
      tp('-2h', 'email_inquiry', { claim: 'C-HH2', text: 'Your rescue never came. I waited three hours on the road and paid for my own tow truck.' }),
    ],
    expect: { topic: ['claim', 'C-HH2'], rootCauses: ['timeliness', 'professionalism'], high: true },
  },
  {
    id: 'HO-H3',
    story:
      'Diamond health customer: the intermediary who sold her the policy 50 days ago told her knee surgery was covered. The surgery claim was rejected two days ago as excluded; yesterday she emailed asking how this can be.',
    customer: { tier: 'diamond', advisor: 'Li Na', lang: 'en' },
    policies: [{ id: 'P-HH3', line: 'health' }],
    claims: [{ id: 'C-HH3', policy: 'P-HH3', status: 'rejected', reported: '-15d', promised: '-3d', closed: '-2d' }],
    touchpoints: [
      tp('-52d', 'intermediary_visit', { policy: 'P-HH3', partner: 'INT-7' }),
      tp('-50d', 'policy_purchased', { policy: 'P-HH3', channel: 'partner', partner: 'INT-7' }),
      tp('-50d', 'sale_misinformation', { policy: 'P-HH3', channel: 'partner', partner: 'INT-7' }),
      tp('-15d', 'claim_reported', { claim: 'C-HH3', policy: 'P-HH3', channel: 'voice' }),
      tp('-2d', 'claim_rejected', { claim: 'C-HH3', channel: 'email' }),
      tp('-1d', 'email_inquiry', { claim: 'C-HH3', text: 'Your agent told me knee surgery was covered. How can you reject it?' }),
    ],
    expect: { topic: ['claim', 'C-HH3'], rootCauses: ['professionalism'], high: true },
  },
  {
    id: 'HO-H4',
    story:
      'Platinum property customer who cancelled and asked for her refund ten days ago; instead of paying, the insurer made one retention call. She called yesterday and again this morning asking for the money.',
    customer: { tier: 'platinum' },
    policies: [{ id: 'P-HH4', line: 'property', status: 'cancelled' }],
    touchpoints: [
      tp('-10d', 'refund_requested', { policy: 'P-HH4', channel: 'voice' }),
      tp('-9d', 'refund_retention_call', { policy: 'P-HH4', channel: 'voice' }),
      tp('-9d', 'policy_cancelled', { policy: 'P-HH4', channel: 'email' }),
      tp('-1d', 'voice_call_inbound', { policy: 'P-HH4', stage: 'refund' }),
      tp('-2h', 'voice_call_inbound', { policy: 'P-HH4', stage: 'refund' }),
    ],
    expect: { topic: ['refund', 'P-HH4'], rootCauses: ['timeliness'], high: true },
  },
  {
    id: 'HO-H5',
    story:
      'Gold motor customer whose repair claim is four days past its promised date; he called yesterday to chase it and this morning asked in the chat whether there is still no news.',
    customer: { tier: 'gold' },
    policies: [{ id: 'P-HH5', line: 'motor' }],
    claims: [{ id: 'C-HH5', policy: 'P-HH5', status: 'assessing', reported: '-19d', promised: '-4d' }],
    touchpoints: [
      tp('-19d', 'claim_reported', { claim: 'C-HH5', policy: 'P-HH5', channel: 'app' }),
      tp('-17d', 'adjuster_visit', { claim: 'C-HH5', partner: 'ADJ-5' }),
      tp('-4d', 'claim_sla_breached', { claim: 'C-HH5', channel: 'sms' }),
      tp('-1d', 'claim_follow_up_call', { claim: 'C-HH5' }),
      tp('-1h', 'chat_session', { claim: 'C-HH5', text: '还是没有消息吗？' }),
    ],
    expect: { topic: ['claim', 'C-HH5'], rootCauses: ['timeliness'], high: true },
  },
  {
    id: 'HO-H6',
    story:
      'Silver health customer: her claim was approved and the agent promised the money by Friday; the promise was marked broken yesterday. She called yesterday and this morning wrote in the chat that we do not keep our word.',
    customer: { tier: 'silver' },
    policies: [{ id: 'P-HH6', line: 'health' }],
    claims: [{ id: 'C-HH6', policy: 'P-HH6', status: 'approved', reported: '-20d', promised: '-2d' }],
    promises: [{ id: 'PR-HH6', made: '-7d', due: '-2d', status: 'broken', resolved: '-1d', claim: 'C-HH6', what: 'payment by Friday' }],
    touchpoints: [
      tp('-20d', 'claim_reported', { claim: 'C-HH6', policy: 'P-HH6', channel: 'app' }),
      tp('-7d', 'claim_approved', { claim: 'C-HH6' }),
      tp('-7d', 'promise_made', { claim: 'C-HH6' }),
      tp('-1d', 'promise_broken', { claim: 'C-HH6' }),
      tp('-1d', 'voice_call_inbound', { policy: 'P-HH6' }),
      tp('-3h', 'chat_session', { claim: 'C-HH6', text: '说好周五到账，你们说话不算数。' }),
    ],
    expect: { topic: ['claim', 'C-HH6'], rootCauses: ['promise_mismatch', 'timeliness'], high: true },
  },
  {
    id: 'HO-H7',
    story:
      'Gold motor customer whose renewal debit failed twice because her bank account was keyed in wrong at underwriting (found and corrected three days ago). The policy is now pending cancellation; she called twice this week.',
    customer: { tier: 'gold' },
    policies: [{ id: 'P-HH7', line: 'motor', status: 'pending_cancellation', payment: 'failed', daysOverdue: 10 }],
    touchpoints: [
      tp('-10d', 'payment_failed', { policy: 'P-HH7', channel: 'app', attrs: { reason: 'account_mismatch' } }),
      tp('-6d', 'payment_failed', { policy: 'P-HH7', channel: 'app', attrs: { reason: 'account_mismatch' } }),
      tp('-4d', 'sms_pending_cancellation', { policy: 'P-HH7' }),
      tp('-4d', 'voice_call_inbound', { policy: 'P-HH7' }),
      tp('-3d', 'policy_data_error', { policy: 'P-HH7', attrs: { field: 'bank account' } }),
      tp('-1d', 'voice_call_inbound', { policy: 'P-HH7' }),
    ],
    expect: { topic: ['payment', 'P-HH7'], rootCauses: ['accuracy'], high: true },
  },
  {
    id: 'HO-H8',
    story:
      'Potential-tier motor customer whose claim is nine days past its promised date. He called three times this week, and rated the last call CSAT 1 because nobody could tell him anything.',
    customer: { tier: 'potential' },
    policies: [{ id: 'P-HH8', line: 'motor' }],
    claims: [{ id: 'C-HH8', policy: 'P-HH8', status: 'assessing', reported: '-30d', promised: '-9d' }],
    touchpoints: [
      tp('-30d', 'claim_reported', { claim: 'C-HH8', policy: 'P-HH8', channel: 'voice' }),
      tp('-9d', 'claim_sla_breached', { claim: 'C-HH8', channel: 'sms' }),
      tp('-5d', 'claim_follow_up_call', { claim: 'C-HH8' }),
      tp('-3d', 'claim_follow_up_call', { claim: 'C-HH8' }),
      tp('-1d', 'claim_follow_up_call', { claim: 'C-HH8' }),
      tp('-1d', 'survey_completed', { claim: 'C-HH8', channel: 'sms', attrs: { csat: 1 } }),
    ],
    expect: { topic: ['claim', 'C-HH8'], rootCauses: ['timeliness'], high: true },
  },
  {
    id: 'HO-H9',
    story:
      'Diamond property customer: the adjuster failed to turn up for the appointment six days ago and again yesterday, both times after she took the day off. The claim is still within its date. Last night she emailed that she took two days off for nothing.',
    customer: { tier: 'diamond', advisor: 'Wang Fang', lang: 'en' },
    policies: [{ id: 'P-HH9', line: 'property' }],
    claims: [{ id: 'C-HH9', policy: 'P-HH9', status: 'assessing', reported: '-10d', promised: '+6d' }],
    touchpoints: [
      tp('-10d', 'claim_reported', { claim: 'C-HH9', policy: 'P-HH9', channel: 'voice' }),
      tp('-9d', 'adjuster_assigned', { claim: 'C-HH9', partner: 'ADJ-9' }),
      tp('-6d', 'adjuster_no_show', { claim: 'C-HH9', partner: 'ADJ-9' }),
      tp('-5d', 'sms_adjuster_contact', { claim: 'C-HH9' }),
      tp('-1d', 'adjuster_no_show', { claim: 'C-HH9', partner: 'ADJ-9' }),
      tp('-14h', 'email_inquiry', { claim: 'C-HH9', text: 'Your adjuster did not come again. I took two days off work for nothing.' }),
    ],
    expect: { topic: ['claim', 'C-HH9'], rootCauses: ['timeliness', 'professionalism'], high: true },
  },
  {
    id: 'HO-H10',
    story:
      'Gold motor customer whose renewal came back 28% higher with no claims. She called the renewal line twice this week and this morning wrote in the chat that a rise this big is outrageous and she will complain.',
    customer: { tier: 'gold' },
    policies: [{ id: 'P-HH10', line: 'motor', renewal: '+9d' }],
    touchpoints: [
      tp('-20d', 'email_renewal_notice', { policy: 'P-HH10' }),
      tp('-6d', 'renewal_quote_viewed', { policy: 'P-HH10', dwell: 240, attrs: { premiumChangePct: 28 } }),
      tp('-4d', 'voice_call_inbound', { policy: 'P-HH10', stage: 'renewal' }),
      tp('-2d', 'voice_call_inbound', { policy: 'P-HH10', stage: 'renewal' }),
      tp('-1h', 'chat_session', { policy: 'P-HH10', text: '续保一下涨了这么多，太离谱了，我要投诉。' }),
    ],
    expect: { topic: ['renewal', 'P-HH10'], rootCauses: ['amount'], high: true },
  },
];
