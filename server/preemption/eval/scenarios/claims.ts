/** Claims, rescue and adjusters: late decisions, no-shows, broken promises, rejections. */
import { tp, type ScenarioSpec } from '../scenario.js';

export const CLAIM_SCENARIOS: ScenarioSpec[] = [
  {
    id: 'CL-01',
    story:
      'Diamond motor customer rear-ended 16 days ago. The adjuster missed the first appointment and came three days later; the decision was promised 5 days ago and has not come. She chased twice by phone and has opened the claim page five times this morning.',
    customer: { tier: 'diamond', advisor: 'Li Na', marketing: true },
    policies: [{ id: 'P-101', line: 'motor' }],
    claims: [{ id: 'C-101', policy: 'P-101', status: 'assessing', reported: '-16d', promised: '-5d' }],
    touchpoints: [
      tp('-60d', 'payment_received', { policy: 'P-101', channel: 'app' }),
      tp('-20d', 'portal_page_view', { attrs: { path: '/policies' }, dwell: 35 }),
      tp('-16d', 'claim_reported', { claim: 'C-101', policy: 'P-101', channel: 'voice' }),
      tp('-16d', 'sms_fnol_acknowledgement', { claim: 'C-101' }),
      tp('-15d', 'adjuster_assigned', { claim: 'C-101', partner: 'ADJ-4' }),
      tp('-13d', 'adjuster_no_show', { claim: 'C-101', partner: 'ADJ-4' }),
      tp('-10d', 'adjuster_visit', { claim: 'C-101', partner: 'ADJ-4' }),
      tp('-5d', 'claim_sla_breached', { claim: 'C-101', channel: 'sms' }),
      tp('-4d', 'claim_follow_up_call', { claim: 'C-101' }),
      tp('-1d', 'claim_follow_up_call', { claim: 'C-101' }),
      tp('-3h', 'claim_status_checked', { claim: 'C-101', channel: 'app', dwell: 50, attrs: { path: '/claims/C-101' } }),
      tp('-2h', 'claim_status_checked', { claim: 'C-101', channel: 'app', dwell: 40, attrs: { path: '/claims/C-101' } }),
      tp('-90m', 'claim_status_checked', { claim: 'C-101', channel: 'app', dwell: 640, attrs: { path: '/claims/C-101' } }),
      tp('-60m', 'claim_status_checked', { claim: 'C-101', channel: 'portal', dwell: 30, attrs: { path: '/claims/C-101' } }),
      tp('-20m', 'claim_status_checked', { claim: 'C-101', channel: 'app', dwell: 25, attrs: { path: '/claims/C-101' } }),
    ],
    expect: { topic: ['claim', 'C-101'], rootCauses: ['timeliness'], high: true },
  },
  {
    id: 'CL-02',
    story:
      'Silver health customer, outpatient claim reported 12 days ago, decision due two days ago. He checked progress once three days ago and has not called.',
    customer: { tier: 'silver' },
    policies: [{ id: 'P-201', line: 'health' }],
    claims: [{ id: 'C-201', policy: 'P-201', status: 'assessing', reported: '-12d', promised: '-2d' }],
    touchpoints: [
      tp('-12d', 'claim_reported', { claim: 'C-201', policy: 'P-201', channel: 'voice' }),
      tp('-12d', 'sms_fnol_acknowledgement', { claim: 'C-201' }),
      tp('-3d', 'claim_status_checked', { claim: 'C-201', channel: 'app', dwell: 40, attrs: { path: '/claims/C-201' } }),
      tp('-30d', 'app_session', { dwell: 60 }),
    ],
    expect: { topic: ['claim', 'C-201'], rootCauses: ['timeliness'], high: false },
  },
  {
    id: 'CL-03',
    story:
      'Gold property customer with a water-leak claim promised 6 days ago. She called to chase four days ago and yesterday, and this morning wrote in the chat that the claim has dragged on and she will complain.',
    customer: { tier: 'gold' },
    policies: [{ id: 'P-301', line: 'property' }],
    claims: [{ id: 'C-301', policy: 'P-301', status: 'assessing', reported: '-20d', promised: '-6d' }],
    touchpoints: [
      tp('-20d', 'claim_reported', { claim: 'C-301', policy: 'P-301', channel: 'app' }),
      tp('-19d', 'claim_photos_uploaded', { claim: 'C-301' }),
      tp('-17d', 'adjuster_visit', { claim: 'C-301', partner: 'ADJ-2' }),
      tp('-6d', 'claim_sla_breached', { claim: 'C-301', channel: 'sms' }),
      tp('-4d', 'claim_follow_up_call', { claim: 'C-301' }),
      tp('-1d', 'claim_follow_up_call', { claim: 'C-301' }),
      tp('-2h', 'chat_session', { text: '理赔拖了这么久还没有结果，我要投诉！' }),
      tp('-40d', 'portal_page_view', { attrs: { path: '/benefits' }, dwell: 20 }),
    ],
    expect: { topic: ['claim', 'C-301'], rootCauses: ['timeliness'], high: true },
  },
  {
    id: 'CL-04',
    story:
      'Potential-tier motor customer broke down on the motorway last night. Roadside rescue was dispatched and never arrived; he called twice about it and found his own tow truck.',
    customer: { tier: 'potential', lang: 'en' },
    policies: [{ id: 'P-401', line: 'motor' }],
    claims: [{ id: 'C-401', policy: 'P-401', status: 'reported', reported: '-14h', promised: '+6d' }],
    touchpoints: [
      tp('-14h', 'claim_reported', { claim: 'C-401', policy: 'P-401', channel: 'voice' }),
      tp('-14h', 'rescue_dispatched', { claim: 'C-401', partner: 'RES-9' }),
      tp('-13h', 'claim_follow_up_call', { claim: 'C-401', stage: 'rescue' }),
      tp('-12h', 'rescue_no_show', { claim: 'C-401', partner: 'RES-9' }),
      tp('-11h', 'claim_follow_up_call', { claim: 'C-401', stage: 'rescue' }),
      tp('-90d', 'policy_purchased', { policy: 'P-401' }),
    ],
    expect: { topic: ['claim', 'C-401'], rootCauses: ['timeliness', 'professionalism'], high: true },
  },
  {
    id: 'CL-05',
    story:
      'Platinum motor customer: the claim was approved and the agent promised payment by last Wednesday. The money has not arrived, the promise is marked broken, and she called yesterday.',
    customer: { tier: 'platinum' },
    policies: [{ id: 'P-501', line: 'motor' }],
    claims: [{ id: 'C-501', policy: 'P-501', status: 'approved', reported: '-25d', promised: '-4d' }],
    promises: [{ id: 'PR-51', made: '-10d', due: '-4d', status: 'broken', resolved: '-3d', claim: 'C-501', what: 'payment by Wednesday' }],
    touchpoints: [
      tp('-25d', 'claim_reported', { claim: 'C-501', policy: 'P-501', channel: 'app' }),
      tp('-10d', 'claim_approved', { claim: 'C-501' }),
      tp('-10d', 'promise_made', { claim: 'C-501' }),
      tp('-3d', 'promise_broken', { claim: 'C-501' }),
      tp('-1d', 'voice_call_inbound', { policy: 'P-501' }),
      tp('-50d', 'payment_received', { policy: 'P-501' }),
    ],
    expect: { topic: ['claim', 'C-501'], rootCauses: ['promise_mismatch', 'timeliness'], high: true },
  },
  {
    id: 'CL-06',
    story:
      'Gold health customer whose claim was rejected nine days ago as a pre-existing condition. She rated the claim service 2 of 10, emailed to ask why, and has reread the rejection on the claim page five times today.',
    customer: { tier: 'gold', lang: 'en' },
    policies: [{ id: 'P-601', line: 'health' }],
    claims: [{ id: 'C-601', policy: 'P-601', status: 'rejected', reported: '-30d', promised: '-12d', closed: '-9d' }],
    touchpoints: [
      tp('-30d', 'claim_reported', { claim: 'C-601', policy: 'P-601', channel: 'voice' }),
      tp('-9d', 'claim_rejected', { claim: 'C-601', channel: 'email' }),
      tp('-8d', 'survey_completed', { claim: 'C-601', channel: 'sms', attrs: { nps: 2 } }),
      tp('-2d', 'email_inquiry', { claim: 'C-601', text: 'Why was my claim refused? Nobody told me about this exclusion.' }),
      tp('-5h', 'claim_status_checked', { claim: 'C-601', dwell: 380, attrs: { path: '/claims/C-601' } }),
      tp('-4h', 'claim_status_checked', { claim: 'C-601', dwell: 60, attrs: { path: '/claims/C-601' } }),
      tp('-3h', 'claim_status_checked', { claim: 'C-601', dwell: 45, attrs: { path: '/claims/C-601' } }),
      tp('-2h', 'claim_status_checked', { claim: 'C-601', dwell: 90, attrs: { path: '/claims/C-601' } }),
      tp('-1h', 'claim_status_checked', { claim: 'C-601', dwell: 30, attrs: { path: '/claims/C-601' } }),
    ],
    expect: { topic: ['claim', 'C-601'], rootCauses: ['professionalism'], high: true },
  },
  {
    id: 'CL-07',
    story:
      'Silver motor customer: the adjuster missed the appointment three days ago and came the day after. The claim is still within its promised date; she asked in the chat when the decision comes.',
    customer: { tier: 'silver' },
    policies: [{ id: 'P-701', line: 'motor' }],
    claims: [{ id: 'C-701', policy: 'P-701', status: 'assessing', reported: '-6d', promised: '+4d' }],
    touchpoints: [
      tp('-6d', 'claim_reported', { claim: 'C-701', policy: 'P-701', channel: 'app' }),
      tp('-5d', 'adjuster_assigned', { claim: 'C-701', partner: 'ADJ-3' }),
      tp('-3d', 'adjuster_no_show', { claim: 'C-701', partner: 'ADJ-3' }),
      tp('-2d', 'adjuster_visit', { claim: 'C-701', partner: 'ADJ-3' }),
      tp('-1d', 'chat_session', { claim: 'C-701', text: 'When will I hear about the decision?' }),
    ],
    expect: { topic: ['claim', 'C-701'], rootCauses: ['timeliness', 'professionalism'], high: false },
  },
  {
    id: 'CL-08',
    story:
      'Gold motor customer whose rescue truck arrived 40 minutes late three and a half weeks ago; the claim was paid in full ten days ago. Nothing since.',
    customer: { tier: 'gold' },
    policies: [{ id: 'P-801', line: 'motor' }],
    claims: [{ id: 'C-801', policy: 'P-801', status: 'paid', reported: '-25d', promised: '-12d', closed: '-10d' }],
    touchpoints: [
      tp('-25d', 'claim_reported', { claim: 'C-801', policy: 'P-801', channel: 'voice' }),
      tp('-25d', 'rescue_late', { claim: 'C-801', partner: 'RES-2' }),
      tp('-10d', 'claim_paid', { claim: 'C-801', channel: 'sms' }),
    ],
    expect: { topic: ['claim', 'C-801'], rootCauses: ['timeliness', 'professionalism'], high: false },
  },
  {
    id: 'CL-09',
    story:
      'Platinum customer with two claims: a kitchen-fire claim eight days past its promised date and a fresh motor scrape that is on time. He called the hotline twice this week and looked at the motor claim once.',
    customer: { tier: 'platinum' },
    policies: [
      { id: 'P-901', line: 'property' },
      { id: 'P-902', line: 'motor' },
    ],
    claims: [
      { id: 'C-901', policy: 'P-901', status: 'assessing', reported: '-30d', promised: '-8d' },
      { id: 'C-902', policy: 'P-902', status: 'reported', reported: '-2d', promised: '+8d' },
    ],
    touchpoints: [
      tp('-30d', 'claim_reported', { claim: 'C-901', policy: 'P-901', channel: 'voice' }),
      tp('-8d', 'claim_sla_breached', { claim: 'C-901', channel: 'sms' }),
      tp('-2d', 'claim_reported', { claim: 'C-902', policy: 'P-902', channel: 'app' }),
      tp('-3d', 'voice_call_inbound'),
      tp('-1d', 'voice_call_inbound'),
      tp('-1d', 'claim_status_checked', { claim: 'C-902', dwell: 30, attrs: { path: '/claims/C-902' } }),
    ],
    expect: { topic: ['claim', 'C-901'], rootCauses: ['timeliness'], high: true },
  },
  {
    id: 'CL-10',
    story:
      'Potential-tier customer: an agent promised that the adjuster would call back by Friday about her motor claim; it is Sunday and nobody has called. The claim itself is within its date.',
    customer: { tier: 'potential' },
    policies: [{ id: 'P-1001', line: 'motor' }],
    claims: [{ id: 'C-1001', policy: 'P-1001', status: 'assessing', reported: '-5d', promised: '+5d' }],
    promises: [{ id: 'PR-101', made: '-4d', due: '-2d', status: 'open', claim: 'C-1001', what: 'adjuster calls back by Friday' }],
    touchpoints: [
      tp('-5d', 'claim_reported', { claim: 'C-1001', policy: 'P-1001', channel: 'voice' }),
      tp('-4d', 'promise_made', { claim: 'C-1001' }),
    ],
    expect: { topic: ['claim', 'C-1001'], rootCauses: ['promise_mismatch'], high: false },
  },
  {
    id: 'CL-11',
    story:
      'Silver customer promised a call back with a copy of his premium invoice by Thursday; nobody called, and he emailed yesterday asking for it.',
    customer: { tier: 'silver', lang: 'en' },
    policies: [{ id: 'P-1101', line: 'life' }],
    promises: [{ id: 'PR-111', made: '-6d', due: '-3d', status: 'open', what: 'call back with invoice copy' }],
    touchpoints: [
      tp('-6d', 'voice_call_inbound', { policy: 'P-1101' }),
      tp('-6d', 'promise_made', { policy: 'P-1101' }),
      tp('-1d', 'email_inquiry', { policy: 'P-1101', text: 'Still waiting for the invoice copy you promised.' }),
    ],
    expect: { topic: ['promise', 'PR-111'], rootCauses: ['promise_mismatch'], high: false },
  },
];
