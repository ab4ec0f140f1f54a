/** Customers with several things going on at once, as most real ones are. */
import { tp, type ScenarioSpec } from '../scenario.js';

export const MIXED_SCENARIOS: ScenarioSpec[] = [
  {
    id: 'MX-01',
    story:
      'Diamond customer with an advisor: her motor renewal came back 18% higher, the renewal debit failed on an expired card four days ago, and she scored NPS 5 in last month\'s relationship survey. The price is what she is upset about.',
    customer: { tier: 'diamond', advisor: 'Li Na', marketing: true },
    policies: [{ id: 'P-M1', line: 'motor', payment: 'failed', daysOverdue: 4, renewal: '+3d' }],
    touchpoints: [
      tp('-30d', 'survey_completed', { channel: 'email', attrs: { nps: 5 } }),
      tp('-12d', 'renewal_quote_viewed', { policy: 'P-M1', dwell: 260, attrs: { premiumChangePct: 18 } }),
      tp('-6d', 'renewal_quote_viewed', { policy: 'P-M1', dwell: 200, attrs: { premiumChangePct: 18 } }),
      tp('-4d', 'payment_failed', { policy: 'P-M1', channel: 'app', attrs: { reason: 'card_expired' } }),
      tp('-3d', 'sms_payment_overdue', { policy: 'P-M1' }),
      tp('-20d', 'tier_callback'),
    ],
    expect: { topic: ['renewal', 'P-M1'], rootCauses: ['amount'], high: true },
  },
  {
    id: 'MX-02',
    story:
      'Platinum health customer: surgery claim ten days past its promised date, the payment-date promise was broken, she complained about a slow claim last year, and today she wrote that she will call the 12378 regulator hotline.',
    customer: { tier: 'platinum' },
    policies: [{ id: 'P-M2', line: 'health' }],
    claims: [
      { id: 'C-M2', policy: 'P-M2', status: 'assessing', reported: '-35d', promised: '-10d' },
      { id: 'C-M0', policy: 'P-M2', status: 'paid', reported: '-300d', promised: '-280d', closed: '-260d' },
    ],
    complaints: [{ id: 'VOC-M0', opened: '-270d', status: 'closed', closed: '-255d', causes: ['timeliness'], claim: 'C-M0', satisfaction: 3 }],
    promises: [{ id: 'PR-M2', made: '-15d', due: '-5d', status: 'broken', resolved: '-4d', claim: 'C-M2' }],
    touchpoints: [
      tp('-35d', 'claim_reported', { claim: 'C-M2', policy: 'P-M2', channel: 'voice' }),
      tp('-15d', 'promise_made', { claim: 'C-M2' }),
      tp('-10d', 'claim_sla_breached', { claim: 'C-M2', channel: 'sms' }),
      tp('-4d', 'promise_broken', { claim: 'C-M2' }),
      tp('-2d', 'claim_follow_up_call', { claim: 'C-M2' }),
      tp('-1h', 'chat_session', { text: '说好的赔款日期又过了，我要打12378投诉你们。' }),
    ],
    expect: { topic: ['claim', 'C-M2'], rootCauses: ['timeliness', 'promise_mismatch'], high: true },
  },
  {
    id: 'MX-03',
    story:
      'Silver customer waiting nine days for a refund after cancelling her travel-linked home policy; the welcome gift from the purchase also never came.',
    customer: { tier: 'silver' },
    policies: [{ id: 'P-M3', line: 'property', status: 'cancelled' }],
    touchpoints: [
      tp('-70d', 'policy_purchased', { policy: 'P-M3' }),
      tp('-30d', 'gift_not_delivered', { policy: 'P-M3', channel: 'voice' }),
      tp('-9d', 'refund_requested', { policy: 'P-M3', channel: 'portal' }),
      tp('-8d', 'policy_cancelled', { policy: 'P-M3', channel: 'email' }),
    ],
    expect: { topic: ['refund', 'P-M3'], rootCauses: ['timeliness'], high: false },
  },
  {
    id: 'MX-04',
    story:
      'Potential-tier motor customer: the rescue truck was an hour late two weeks ago and the repair claim is one day past its promised date. No contact yet.',
    customer: { tier: 'potential' },
    policies: [{ id: 'P-M4', line: 'motor' }],
    claims: [{ id: 'C-M4', policy: 'P-M4', status: 'assessing', reported: '-14d', promised: '-1d' }],
    touchpoints: [
      tp('-14d', 'claim_reported', { claim: 'C-M4', policy: 'P-M4', channel: 'voice' }),
      tp('-14d', 'rescue_late', { claim: 'C-M4', partner: 'RES-4' }),
      tp('-12d', 'repair_checkin', { claim: 'C-M4', partner: 'REP-1' }),
    ],
    expect: { topic: ['claim', 'C-M4'], rootCauses: ['timeliness'], high: false },
  },
  {
    id: 'MX-05',
    story:
      'Platinum motor customer: the VIN on his policy was entered wrong, which was found when he claimed; the claim has now been stuck four days past its promised date while underwriting corrects it.',
    customer: { tier: 'platinum' },
    policies: [{ id: 'P-M5', line: 'motor' }],
    claims: [{ id: 'C-M5', policy: 'P-M5', status: 'assessing', reported: '-18d', promised: '-4d' }],
    touchpoints: [
      tp('-18d', 'claim_reported', { claim: 'C-M5', policy: 'P-M5', channel: 'app' }),
      tp('-12d', 'policy_data_error', { policy: 'P-M5', attrs: { field: 'VIN' } }),
      tp('-4d', 'claim_sla_breached', { claim: 'C-M5', channel: 'sms' }),
      tp('-2d', 'claim_follow_up_call', { claim: 'C-M5' }),
    ],
    expect: { topic: ['claim', 'C-M5'], rootCauses: ['timeliness', 'accuracy'], high: true },
  },
  {
    id: 'MX-06',
    story:
      'Gold customer who has not paid his renewal because the premium went up 20%; the policy is now pending cancellation, 8 days overdue. He called the renewal line twice this week.',
    customer: { tier: 'gold' },
    policies: [{ id: 'P-M6', line: 'motor', status: 'pending_cancellation', payment: 'overdue', daysOverdue: 8 }],
    touchpoints: [
      tp('-25d', 'email_renewal_notice', { policy: 'P-M6' }),
      tp('-15d', 'renewal_quote_viewed', { policy: 'P-M6', dwell: 300, attrs: { premiumChangePct: 20 } }),
      tp('-5d', 'sms_payment_overdue', { policy: 'P-M6' }),
      tp('-3d', 'voice_call_inbound', { policy: 'P-M6', stage: 'renewal' }),
      tp('-2d', 'sms_pending_cancellation', { policy: 'P-M6' }),
      tp('-1d', 'voice_call_inbound', { policy: 'P-M6', stage: 'renewal' }),
    ],
    expect: { topic: ['renewal', 'P-M6'], rootCauses: ['amount'], high: true },
  },
  {
    id: 'MX-07',
    story:
      'Gold customer waiting ten days for a refund. In the chat she asked where the money is; the agent explained how to escalate and mentioned she could complain to the regulator. She did not threaten anything herself.',
    customer: { tier: 'gold', lang: 'en' },
    policies: [{ id: 'P-M7', line: 'health', status: 'cancelled' }],
    touchpoints: [
      tp('-10d', 'refund_requested', { policy: 'P-M7', channel: 'portal' }),
      tp('-9d', 'policy_cancelled', { policy: 'P-M7', channel: 'email' }),
      tp('-2h', 'chat.message', { channel: 'chat', dir: 'inbound', text: 'Where is my refund??' }),
      tp('-110m', 'chat.message', { channel: 'chat', dir: 'outbound', text: 'If you are unhappy you can file a complaint or contact the regulator.' }),
      tp('-100m', 'chat.message', { channel: 'chat', dir: 'inbound', text: 'I just want the money, thanks.' }),
    ],
    expect: { topic: ['refund', 'P-M7'], rootCauses: ['timeliness'], high: false },
  },
  {
    id: 'MX-08',
    story:
      'Potential-tier customer whose premium debit failed twice this month because the insurer charged the wrong amount; today she said on the phone she will report it to 12378.',
    customer: { tier: 'potential' },
    policies: [{ id: 'P-M8', line: 'health', payment: 'failed', daysOverdue: 6 }],
    touchpoints: [
      tp('-15d', 'payment_failed', { policy: 'P-M8', channel: 'portal', attrs: { reason: 'amount_mismatch' } }),
      tp('-6d', 'payment_failed', { policy: 'P-M8', channel: 'portal', attrs: { reason: 'amount_mismatch' } }),
      tp('-3h', 'voice_call_inbound', { policy: 'P-M8', text: '扣款金额不对，两次都失败了，我要打12378举报。' }),
    ],
    expect: { topic: ['payment', 'P-M8'], rootCauses: ['accuracy'], high: true },
  },
  {
    id: 'MX-09',
    story:
      'Platinum motor customer stranded last week when the rescue never arrived; his repair claim is three days late and he has called three times since Thursday.',
    customer: { tier: 'platinum', lang: 'en' },
    policies: [{ id: 'P-M9', line: 'motor' }],
    claims: [{ id: 'C-M9', policy: 'P-M9', status: 'assessing', reported: '-9d', promised: '-3d' }],
    touchpoints: [
      tp('-9d', 'claim_reported', { claim: 'C-M9', policy: 'P-M9', channel: 'voice' }),
      tp('-9d', 'rescue_no_show', { claim: 'C-M9', partner: 'RES-7' }),
      tp('-3d', 'voice_call_inbound', { policy: 'P-M9' }),
      tp('-2d', 'claim_follow_up_call', { claim: 'C-M9' }),
      tp('-1d', 'claim_follow_up_call', { claim: 'C-M9' }),
    ],
    expect: { topic: ['claim', 'C-M9'], rootCauses: ['timeliness', 'professionalism'], high: true },
  },
  {
    id: 'MX-10',
    story:
      'Silver customer: an agent promised on Monday to call back with the claim-document checklist by Wednesday, and did not; his health claim itself is on time. Yesterday he called asking for the checklist.',
    customer: { tier: 'silver' },
    policies: [{ id: 'P-N1', line: 'health' }],
    claims: [{ id: 'C-N1', policy: 'P-N1', status: 'reported', reported: '-8d', promised: '+7d' }],
    promises: [{ id: 'PR-N1', made: '-6d', due: '-4d', status: 'broken', resolved: '-3d', claim: 'C-N1' }],
    touchpoints: [
      tp('-8d', 'claim_reported', { claim: 'C-N1', policy: 'P-N1', channel: 'voice' }),
      tp('-6d', 'promise_made', { claim: 'C-N1' }),
      tp('-3d', 'promise_broken', { claim: 'C-N1' }),
      tp('-1d', 'voice_call_inbound', { policy: 'P-N1' }),
    ],
    expect: { topic: ['claim', 'C-N1'], rootCauses: ['promise_mismatch'], high: false },
  },
];
