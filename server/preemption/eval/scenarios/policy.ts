/** Renewal price, payments, cancellation, refunds, policy data and deliveries. */
import { tp, type ScenarioSpec } from '../scenario.js';

export const POLICY_SCENARIOS: ScenarioSpec[] = [
  {
    id: 'PO-01',
    story:
      'Gold motor customer, no claims, renewal in 12 days with a 25% higher premium. He has opened the renewal quote three times since Friday, the last two times for many minutes.',
    customer: { tier: 'gold' },
    policies: [{ id: 'P-A1', line: 'motor', renewal: '+12d' }],
    touchpoints: [
      tp('-40d', 'portal_page_view', { attrs: { path: '/policies' }, dwell: 30 }),
      tp('-20d', 'email_renewal_notice', { policy: 'P-A1' }),
      tp('-3d', 'renewal_quote_viewed', { policy: 'P-A1', dwell: 120, attrs: { premiumChangePct: 25 } }),
      tp('-1d', 'renewal_quote_viewed', { policy: 'P-A1', dwell: 420, attrs: { premiumChangePct: 25 } }),
      tp('-2h', 'renewal_quote_viewed', { policy: 'P-A1', dwell: 510, attrs: { premiumChangePct: 25 } }),
    ],
    expect: { topic: ['renewal', 'P-A1'], rootCauses: ['amount'], high: true },
  },
  {
    id: 'PO-02',
    story: 'Silver customer saw a 12% renewal rise three weeks ago, paid it ten days ago and the policy renewed.',
    customer: { tier: 'silver' },
    policies: [{ id: 'P-A2', line: 'property', renewal: '+360d' }],
    touchpoints: [
      tp('-30d', 'sms_renewal_reminder', { policy: 'P-A2' }),
      tp('-20d', 'renewal_quote_viewed', { policy: 'P-A2', dwell: 90, attrs: { premiumChangePct: 12 } }),
      tp('-10d', 'payment_received', { policy: 'P-A2', channel: 'app' }),
      tp('-5d', 'policy_renewed', { policy: 'P-A2', channel: 'email' }),
    ],
    expect: { topic: ['renewal', 'P-A2'], rootCauses: ['amount'], high: false },
  },
  {
    id: 'PO-03',
    story:
      'Silver customer whose direct debit failed 12 days ago because the mandate was set up with a wrong account number. The policy is now pending cancellation; she called the hotline on Friday and again yesterday.',
    customer: { tier: 'silver' },
    policies: [{ id: 'P-A3', line: 'motor', status: 'pending_cancellation', payment: 'failed', daysOverdue: 12 }],
    touchpoints: [
      tp('-12d', 'payment_failed', { policy: 'P-A3', channel: 'app', attrs: { reason: 'mandate_account_mismatch' } }),
      tp('-9d', 'sms_payment_overdue', { policy: 'P-A3' }),
      tp('-2d', 'sms_pending_cancellation', { policy: 'P-A3' }),
      tp('-2d', 'voice_call_inbound', { policy: 'P-A3' }),
      tp('-1d', 'voice_call_inbound', { policy: 'P-A3' }),
      tp('-80d', 'portal_page_view', { attrs: { path: '/payments' }, dwell: 45 }),
    ],
    expect: { topic: ['payment', 'P-A3'], rootCauses: ['accuracy'], high: true },
  },
  {
    id: 'PO-04',
    story:
      'Potential-tier customer 20 days overdue on the premium after the renewal price went up last year; the policy is pending cancellation. Two overdue SMS, no reply, no contact.',
    customer: { tier: 'potential' },
    policies: [{ id: 'P-A4', line: 'motor', status: 'pending_cancellation', payment: 'overdue', daysOverdue: 20 }],
    touchpoints: [
      tp('-17d', 'sms_payment_overdue', { policy: 'P-A4' }),
      tp('-3d', 'sms_pending_cancellation', { policy: 'P-A4' }),
      tp('-2d', 'sms_payment_overdue', { policy: 'P-A4' }),
    ],
    expect: { topic: ['payment', 'P-A4'], rootCauses: ['amount'], high: false },
  },
  {
    id: 'PO-05',
    story:
      'Silver customer cancelled her home policy 12 days ago and asked for the refund. Instead of paying, the insurer made two retention calls; yesterday she emailed asking where the money is.',
    customer: { tier: 'silver', lang: 'en' },
    policies: [{ id: 'P-A5', line: 'property', status: 'cancelled' }],
    touchpoints: [
      tp('-12d', 'refund_requested', { policy: 'P-A5', channel: 'portal' }),
      tp('-11d', 'refund_retention_call', { policy: 'P-A5', channel: 'voice' }),
      tp('-11d', 'policy_cancelled', { policy: 'P-A5', channel: 'email' }),
      tp('-6d', 'refund_retention_call', { policy: 'P-A5', channel: 'voice' }),
      tp('-1d', 'email_inquiry', { policy: 'P-A5', text: 'Where is my refund? It has been almost two weeks.' }),
    ],
    expect: { topic: ['refund', 'P-A5'], rootCauses: ['timeliness'], high: true },
  },
  {
    id: 'PO-06',
    story:
      'Diamond customer cancelled a second motor policy 11 days ago; yesterday the refund system flagged the refund as delayed. She has not contacted anyone about it yet.',
    customer: { tier: 'diamond', advisor: 'Wang Fang' },
    policies: [
      { id: 'P-A6', line: 'motor', status: 'cancelled' },
      { id: 'P-A7', line: 'health' },
    ],
    touchpoints: [
      tp('-11d', 'refund_requested', { policy: 'P-A6', channel: 'voice' }),
      tp('-10d', 'policy_cancelled', { policy: 'P-A6', channel: 'email' }),
      tp('-1d', 'refund_delayed', { policy: 'P-A6', channel: 'email' }),
      tp('-30d', 'tier_callback'),
      tp('-15d', 'payment_received', { policy: 'P-A7', channel: 'app' }),
    ],
    expect: { topic: ['refund', 'P-A6'], rootCauses: ['timeliness'], high: false },
  },
  {
    id: 'PO-07',
    story:
      'Gold motor customer found the wrong plate number on his policy ten days ago; it was endorsed two days later. He called once about it.',
    customer: { tier: 'gold' },
    policies: [{ id: 'P-A8', line: 'motor' }],
    touchpoints: [
      tp('-10d', 'policy_data_error', { policy: 'P-A8', attrs: { field: 'plate number' } }),
      tp('-9d', 'voice_call_inbound', { policy: 'P-A8' }),
      tp('-8d', 'sms_policy_endorsed', { policy: 'P-A8' }),
    ],
    expect: { topic: ['policy_data', 'P-A8'], rootCauses: ['accuracy'], high: false },
  },
  {
    id: 'PO-08',
    story:
      'Silver customer: her postal address was wrong on the policy three weeks ago, and three days ago the insured name was misspelt too. This morning she wrote in the chat that this is the third time and she will file a complaint.',
    customer: { tier: 'silver', lang: 'en' },
    policies: [{ id: 'P-A9', line: 'health' }],
    touchpoints: [
      tp('-20d', 'policy_data_error', { policy: 'P-A9', attrs: { field: 'postal address' } }),
      tp('-3d', 'policy_data_error', { policy: 'P-A9', attrs: { field: 'insured name' } }),
      tp('-5h', 'chat.message', { channel: 'chat', dir: 'inbound', text: 'This is the third time my details are wrong. I will file a complaint.' }),
      tp('-5h', 'chat.message', { channel: 'chat', dir: 'outbound', text: 'I am sorry, let me check your policy now.' }),
    ],
    expect: { topic: ['policy_data', 'P-A9'], rootCauses: ['accuracy'], high: true },
  },
  {
    id: 'PO-09',
    story:
      'Platinum customer bought a home policy 25 days ago; the printed policy and invoice promised within a week have still not arrived. He emailed four days ago and again yesterday because he needs the invoice for his expenses.',
    customer: { tier: 'platinum', lang: 'en' },
    policies: [{ id: 'P-B1', line: 'property' }],
    touchpoints: [
      tp('-25d', 'policy_purchased', { policy: 'P-B1' }),
      tp('-5d', 'policy_documents_delayed', { policy: 'P-B1' }),
      tp('-4d', 'email_inquiry', { policy: 'P-B1', text: 'I still have not received the printed policy and invoice.' }),
      tp('-1d', 'email_inquiry', { policy: 'P-B1', text: 'Please send the invoice, I need it for my expenses.' }),
    ],
    expect: { topic: ['delivery', 'P-B1'], rootCauses: ['timeliness', 'promise_mismatch'], high: false },
  },
  {
    id: 'PO-10',
    story:
      'Gold customer bought motor cover through an intermediary 45 days ago with a fuel card promised as a gift; five days ago the card was recorded as never delivered.',
    customer: { tier: 'gold' },
    policies: [{ id: 'P-B2', line: 'motor' }],
    touchpoints: [
      tp('-60d', 'intermediary_visit', { policy: 'P-B2', partner: 'INT-2' }),
      tp('-45d', 'policy_purchased', { policy: 'P-B2', channel: 'partner', partner: 'INT-2' }),
      tp('-44d', 'policy_documents_emailed', { policy: 'P-B2' }),
      tp('-5d', 'gift_not_delivered', { policy: 'P-B2', channel: 'partner', partner: 'INT-2' }),
    ],
    expect: { topic: ['delivery', 'P-B2'], rootCauses: ['promise_mismatch'], high: false },
  },
  {
    id: 'PO-11',
    story:
      'Diamond customer with an advisor: her motor renewal quote came back 30% higher; she looked at it once yesterday. Otherwise an active, content customer.',
    customer: { tier: 'diamond', advisor: 'Zhao Min', marketing: true },
    policies: [
      { id: 'P-B3', line: 'motor', renewal: '+20d' },
      { id: 'P-B4', line: 'life' },
    ],
    touchpoints: [
      tp('-60d', 'tier_callback'),
      tp('-25d', 'email_renewal_notice', { policy: 'P-B3' }),
      tp('-1d', 'renewal_quote_viewed', { policy: 'P-B3', dwell: 150, attrs: { premiumChangePct: 30 } }),
      tp('-10d', 'payment_received', { policy: 'P-B4', channel: 'app' }),
      tp('-7d', 'app_session', { dwell: 40 }),
    ],
    expect: { topic: ['renewal', 'P-B3'], rootCauses: ['amount'], high: false },
  },
];
