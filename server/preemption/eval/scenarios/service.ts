/** Complaints, service failures, detractors, escalation words and portal trouble. */
import { tp, type ScenarioSpec } from '../scenario.js';

export const SERVICE_SCENARIOS: ScenarioSpec[] = [
  {
    id: 'SV-01',
    story:
      'Platinum customer complained five days ago that a hotline agent hung up on him; the case was escalated. Yesterday he emailed that the manager who was to call him never did.',
    customer: { tier: 'platinum', lang: 'en' },
    policies: [{ id: 'P-S1', line: 'life' }],
    complaints: [{ id: 'VOC-1', opened: '-5d', status: 'escalated', causes: ['attitude'], words: 'The agent was rude and hung up on me.' }],
    touchpoints: [
      tp('-6d', 'dismissive_service', { policy: 'P-S1' }),
      tp('-5d', 'complaint_lodged', { text: 'The agent was rude and hung up on me.' }),
      tp('-1d', 'email_inquiry', { text: 'I asked for a manager to call me back five days ago. Nobody has.' }),
    ],
    expect: { topic: ['complaint', 'VOC-1'], rootCauses: ['attitude'], high: true },
  },
  {
    id: 'SV-02',
    story:
      'Gold motor customer opened a complaint a week ago because his claim was late; the claim is now nine days past its promised date and still undecided.',
    customer: { tier: 'gold' },
    policies: [{ id: 'P-S2', line: 'motor' }],
    claims: [{ id: 'C-S2', policy: 'P-S2', status: 'assessing', reported: '-28d', promised: '-9d' }],
    complaints: [{ id: 'VOC-2', opened: '-7d', status: 'open', causes: ['timeliness'], claim: 'C-S2' }],
    touchpoints: [
      tp('-28d', 'claim_reported', { claim: 'C-S2', policy: 'P-S2', channel: 'voice' }),
      tp('-9d', 'claim_sla_breached', { claim: 'C-S2', channel: 'sms' }),
      tp('-7d', 'complaint_lodged', { claim: 'C-S2' }),
    ],
    expect: { topic: ['claim', 'C-S2'], rootCauses: ['timeliness'], high: true },
  },
  {
    id: 'SV-03',
    story:
      'Gold customer complained four months ago that a property claim took too long (resolved). Her new motor claim is three days past its promised date.',
    customer: { tier: 'gold' },
    policies: [
      { id: 'P-S3', line: 'property' },
      { id: 'P-S4', line: 'motor' },
    ],
    claims: [
      { id: 'C-S3', policy: 'P-S3', status: 'paid', reported: '-150d', promised: '-130d', closed: '-115d' },
      { id: 'C-S4', policy: 'P-S4', status: 'assessing', reported: '-14d', promised: '-3d' },
    ],
    complaints: [{ id: 'VOC-3', opened: '-125d', status: 'resolved', closed: '-118d', causes: ['timeliness'], claim: 'C-S3', satisfaction: 3 }],
    touchpoints: [
      tp('-14d', 'claim_reported', { claim: 'C-S4', policy: 'P-S4', channel: 'app' }),
      tp('-3d', 'claim_sla_breached', { claim: 'C-S4', channel: 'sms' }),
      tp('-1d', 'claim_status_checked', { claim: 'C-S4', dwell: 50, attrs: { path: '/claims/C-S4' } }),
    ],
    expect: { topic: ['claim', 'C-S4'], rootCauses: ['timeliness'], high: true },
  },
  {
    id: 'SV-04',
    story:
      'Silver customer said the hotline agent was dismissive when she asked about cover; she gave the follow-up survey an NPS of 3.',
    customer: { tier: 'silver' },
    policies: [{ id: 'P-S5', line: 'health' }],
    touchpoints: [
      tp('-9d', 'voice_call_inbound', { policy: 'P-S5' }),
      tp('-9d', 'dismissive_service', { policy: 'P-S5' }),
      tp('-8d', 'survey_completed', { channel: 'sms', attrs: { nps: 3 } }),
    ],
    expect: { topic: ['service', null], rootCauses: ['attitude'], high: false },
  },
  {
    id: 'SV-05',
    story:
      'Diamond customer was brushed off by an agent yesterday; this morning in the chat she wrote that if this goes on she will go to the media and expose the company.',
    customer: { tier: 'diamond', advisor: 'Li Na' },
    policies: [{ id: 'P-S6', line: 'life' }],
    touchpoints: [
      tp('-1d', 'voice_call_inbound', { policy: 'P-S6' }),
      tp('-1d', 'dismissive_service', { policy: 'P-S6' }),
      tp('-3h', 'chat.message', { channel: 'chat', dir: 'inbound', text: '你们客服态度太差了，再这样我就找媒体曝光。' }),
    ],
    expect: { topic: ['service', null], rootCauses: ['attitude'], high: true },
  },
  {
    id: 'SV-06',
    story:
      'Silver Persian-speaking customer cancelled a policy nine days ago and has had no refund; today in the chat she wrote that she will complain.',
    customer: { tier: 'silver', lang: 'fa' },
    policies: [{ id: 'P-S7', line: 'motor', status: 'cancelled' }],
    touchpoints: [
      tp('-9d', 'refund_requested', { policy: 'P-S7', channel: 'portal' }),
      tp('-8d', 'policy_cancelled', { policy: 'P-S7', channel: 'app' }),
      tp('-1h', 'chat.message', { channel: 'chat', dir: 'inbound', text: 'هنوز پولم را پس نداده‌اید. شکایت می‌کنم.' }),
    ],
    expect: { topic: ['refund', 'P-S7'], rootCauses: ['timeliness'], high: true },
  },
  {
    id: 'SV-07',
    story:
      'Gold English-speaking customer was told by the hotline last week that treatment abroad was covered; it is not. Today he emailed that he is going to sue.',
    customer: { tier: 'gold', lang: 'en' },
    policies: [{ id: 'P-S8', line: 'health' }],
    touchpoints: [
      tp('-8d', 'voice_call_inbound', { policy: 'P-S8' }),
      tp('-8d', 'wrong_advice_given', { policy: 'P-S8' }),
      tp('-4h', 'email_inquiry', { text: 'Your hotline told me I was covered abroad. I am going to sue you for the costs.' }),
    ],
    expect: { topic: ['service', null], rootCauses: ['professionalism'], high: true },
  },
  {
    id: 'SV-08',
    story:
      'Potential-tier customer whose complaint about a rude branch clerk was closed last month; she rated the handling 1 of 5. Nothing else since.',
    customer: { tier: 'potential' },
    policies: [{ id: 'P-S9', line: 'motor' }],
    complaints: [{ id: 'VOC-8', opened: '-45d', status: 'closed', closed: '-30d', causes: ['attitude'], satisfaction: 1 }],
    touchpoints: [tp('-45d', 'branch_visit', { policy: 'P-S9' })],
    expect: { topic: ['service', null], rootCauses: ['attitude'], high: false },
  },
  {
    id: 'SV-09',
    story:
      'Silver customer got a wrong answer about what her policy covers, called back three times in five days for a straight answer, and rated the last call CSAT 2.',
    customer: { tier: 'silver' },
    policies: [{ id: 'P-T1', line: 'health' }],
    touchpoints: [
      tp('-6d', 'wrong_advice_given', { policy: 'P-T1' }),
      tp('-5d', 'voice_call_inbound', { policy: 'P-T1' }),
      tp('-3d', 'voice_call_inbound', { policy: 'P-T1' }),
      tp('-1d', 'voice_call_inbound', { policy: 'P-T1' }),
      tp('-1d', 'survey_completed', { channel: 'sms', attrs: { csat: 2 } }),
    ],
    expect: { topic: ['service', null], rootCauses: ['professionalism'], high: true },
  },
  {
    id: 'SV-10',
    story:
      'Gold property customer was told by the sales intermediary that flood damage was covered. Her flood claim was rejected three days ago; she has been rereading the claim page all morning.',
    customer: { tier: 'gold' },
    policies: [{ id: 'P-T2', line: 'property' }],
    claims: [{ id: 'C-T2', policy: 'P-T2', status: 'rejected', reported: '-20d', promised: '-5d', closed: '-3d' }],
    touchpoints: [
      tp('-200d', 'sale_misinformation', { policy: 'P-T2', channel: 'partner', partner: 'INT-5' }),
      tp('-20d', 'claim_reported', { claim: 'C-T2', policy: 'P-T2', channel: 'voice' }),
      tp('-3d', 'claim_rejected', { claim: 'C-T2', channel: 'email' }),
      tp('-4h', 'claim_status_checked', { claim: 'C-T2', dwell: 200, attrs: { path: '/claims/C-T2' } }),
      tp('-3h', 'claim_status_checked', { claim: 'C-T2', dwell: 340, attrs: { path: '/claims/C-T2' } }),
      tp('-2h', 'claim_status_checked', { claim: 'C-T2', dwell: 120, attrs: { path: '/claims/C-T2' } }),
      tp('-1h', 'claim_status_checked', { claim: 'C-T2', dwell: 80, attrs: { path: '/claims/C-T2' } }),
    ],
    expect: { topic: ['claim', 'C-T2'], rootCauses: ['professionalism'], high: true },
  },
  {
    id: 'SV-11',
    story:
      'Silver customer tried twice this evening to change her address in the app and it failed both times; she then read the help page four times.',
    customer: { tier: 'silver' },
    policies: [{ id: 'P-T3', line: 'motor' }],
    touchpoints: [
      tp('-5h', 'address_change_failed', { channel: 'app', attrs: { path: '/profile/address', failed: true } }),
      tp('-4h', 'address_change_failed', { channel: 'app', attrs: { path: '/profile/address', failed: true } }),
      tp('-4h', 'portal_page_view', { attrs: { path: '/help' }, dwell: 70 }),
      tp('-3h', 'portal_page_view', { attrs: { path: '/help' }, dwell: 90 }),
      tp('-2h', 'portal_page_view', { attrs: { path: '/help' }, dwell: 60 }),
      tp('-1h', 'portal_page_view', { attrs: { path: '/help' }, dwell: 40 }),
    ],
    expect: { topic: ['portal', null], rootCauses: ['professionalism'], high: false },
  },
  {
    id: 'SV-12',
    story:
      'Gold health customer whose claim is on time (decision due in three days) has opened the claim page six times this morning and stayed a long time on it: anxious about when she will be paid.',
    customer: { tier: 'gold' },
    policies: [{ id: 'P-T4', line: 'health' }],
    claims: [{ id: 'C-T4', policy: 'P-T4', status: 'assessing', reported: '-7d', promised: '+3d' }],
    touchpoints: [
      tp('-7d', 'claim_reported', { claim: 'C-T4', policy: 'P-T4', channel: 'voice' }),
      tp('-6h', 'claim_status_checked', { claim: 'C-T4', dwell: 40, attrs: { path: '/claims/C-T4' } }),
      tp('-5h', 'claim_status_checked', { claim: 'C-T4', dwell: 500, attrs: { path: '/claims/C-T4' } }),
      tp('-4h', 'claim_status_checked', { claim: 'C-T4', dwell: 60, attrs: { path: '/claims/C-T4' } }),
      tp('-3h', 'claim_status_checked', { claim: 'C-T4', dwell: 30, attrs: { path: '/claims/C-T4' } }),
      tp('-2h', 'claim_status_checked', { claim: 'C-T4', dwell: 45, attrs: { path: '/claims/C-T4' } }),
      tp('-1h', 'claim_status_checked', { claim: 'C-T4', dwell: 35, attrs: { path: '/claims/C-T4' } }),
    ],
    expect: { topic: ['claim', 'C-T4'], rootCauses: ['timeliness'], high: false },
  },
];
