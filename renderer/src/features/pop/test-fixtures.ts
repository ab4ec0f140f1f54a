/**
 * Readable fixtures for the pop panels. Everything is built relative to FIXTURE_NOW and the
 * bundle is parsed with the shared schemas, so a fixture can never drift from the contract.
 */
import type { Contact } from '../../../../shared/schemas/contact';
import { contactSchema } from '../../../../shared/schemas/contact';
import type {
  Claim,
  CustomerCandidate,
  CustomerProfile,
  Policy,
} from '../../../../shared/schemas/customer';
import { customerCandidateSchema } from '../../../../shared/schemas/customer';
import type { PopBundle, RecommendedScript } from '../../../../shared/schemas/pop';
import { popBundleSchema } from '../../../../shared/schemas/pop';
import type { TimelinePage, Touchpoint } from '../../../../shared/schemas/touchpoint';
import type { Complaint, CustomerPromise } from '../../../../shared/schemas/voc';
import { ANOMALIES, JOURNEY_STAGES, TOUCHPOINT_CHANNELS } from '../../../../shared/domain';

/** The frozen "now" of every pop test: 15 June 2025, 10:00 in Shanghai. */
export const FIXTURE_NOW = Date.parse('2025-06-15T10:00:00+08:00');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** An ISO timestamp `days` after FIXTURE_NOW (negative: before). */
export const daysFromNow = (days: number): string =>
  new Date(FIXTURE_NOW + days * DAY).toISOString();
const hoursAgo = (hours: number): string => new Date(FIXTURE_NOW - hours * HOUR).toISOString();

export function aCustomer(overrides: Partial<CustomerProfile> = {}): CustomerProfile {
  return {
    id: 'cust-001',
    name: 'Wang Li',
    tier: 'diamond',
    phoneMasked: '138****5678',
    emailMasked: 'w***@example.com',
    idNumberMasked: '3101**********1234',
    bankAccountMasked: '**** **** 6021',
    hasHealthDetails: false,
    city: 'Shanghai',
    preferredLanguage: 'zh-CN',
    preferredChannel: 'app',
    consent: { sms: true, marketing: false, recording: true },
    customerSince: '2016-03-01',
    ltvMinor: 12_800_000,
    churnRisk: 0.72,
    advisorName: 'Zhou Min',
    intermediary: { id: 'partner-ag-7', name: 'Huatai Brokers', kind: 'intermediary' },
    ...overrides,
  };
}

export function aPolicy(overrides: Partial<Policy> = {}): Policy {
  return {
    id: 'pol-motor-1',
    line: 'motor',
    product: 'Motor Comprehensive Plus',
    status: 'active',
    startDate: '2024-07-01',
    renewalDate: '2025-07-01',
    premiumMinor: 420_000,
    paymentStatus: 'paid',
    daysOverdue: 0,
    ...overrides,
  };
}

export function aClaim(overrides: Partial<Claim> = {}): Claim {
  return {
    id: 'clm-1',
    policyId: 'pol-motor-1',
    status: 'assessing',
    description: 'Rear-end collision on the Yan’an elevated road',
    reportedAt: daysFromNow(-12),
    promisedAt: daysFromNow(2),
    closedAt: null,
    amountClaimedMinor: 1_850_000,
    amountPaidMinor: null,
    adjuster: { id: 'partner-adj-2', name: 'Dongfang Loss Adjusters', kind: 'adjuster' },
    rescue: null,
    ...overrides,
  };
}

export function aComplaint(overrides: Partial<Complaint> = {}): Complaint {
  return {
    id: 'cmp-1',
    openedAt: daysFromNow(-9),
    dueAt: daysFromNow(6),
    closedAt: null,
    status: 'open',
    rootCauses: ['timeliness'],
    channel: 'voice',
    owner: 'Li Na',
    originTouchpointId: null,
    customerWords: 'The adjuster promised to call back within two days and nobody called.',
    resolution: null,
    satisfaction: null,
    claimId: 'clm-1',
    policyId: 'pol-motor-1',
    ...overrides,
  };
}

export function aPromise(overrides: Partial<CustomerPromise> = {}): CustomerPromise {
  return {
    id: 'prm-1',
    description: 'Call back with the assessment result',
    madeBy: 'Li Na',
    madeAt: daysFromNow(-5),
    dueAt: daysFromNow(1),
    status: 'open',
    resolvedAt: null,
    claimId: 'clm-1',
    ...overrides,
  };
}

/** Touchpoint number `i`, counted from the newest (i = 0 is one hour ago). */
export function aTouchpoint(i: number, overrides: Partial<Touchpoint> = {}): Touchpoint {
  return {
    id: `tp-${i}`,
    occurredAt: hoursAgo(i + 1),
    channel: TOUCHPOINT_CHANNELS[i % TOUCHPOINT_CHANNELS.length] ?? 'portal',
    stage: JOURNEY_STAGES[i % JOURNEY_STAGES.length] ?? 'claim',
    kind: 'page.view',
    summary: `Touchpoint number ${i}`,
    partnerName: null,
    claimId: null,
    policyId: null,
    dwellSeconds: null,
    anomaly: null,
    ...overrides,
  };
}

/** `count` touchpoints newest first, starting at number `from`; every 7th carries an anomaly. */
export function touchpoints(count: number, from = 0): Touchpoint[] {
  return Array.from({ length: count }, (_, k) => {
    const i = from + k;
    return aTouchpoint(i, {
      anomaly: i % 7 === 3 ? (ANOMALIES[i % ANOMALIES.length] ?? null) : null,
    });
  });
}

export function aTimelinePage(overrides: Partial<TimelinePage> = {}): TimelinePage {
  const items = overrides.items ?? touchpoints(5);
  return { items, total: items.length, nextCursor: null, ...overrides };
}

export function aScript(overrides: Partial<RecommendedScript> = {}): RecommendedScript {
  return {
    id: 'scr-1',
    title: 'Acknowledge the late claim',
    text: 'Ms Wang, I can see your claim is 3 days past the date we promised. I am sorry.',
    reason: 'Open claim past its promised date',
    rootCause: 'timeliness',
    stage: 'claim',
    score: 0.92,
    marketing: false,
    playbookId: null,
    ...overrides,
  };
}

/** A whole pop, valid by the shared schema; override any part. */
export function aPopBundle(overrides: Partial<PopBundle> = {}): PopBundle {
  return popBundleSchema.parse({
    customer: aCustomer(),
    policies: [aPolicy()],
    claims: [aClaim()],
    complaints: [aComplaint()],
    promises: [aPromise()],
    timeline: aTimelinePage(),
    scripts: [aScript()],
    risk: null,
    ...overrides,
  });
}

export function aContact(overrides: Partial<Contact> = {}): Contact {
  return contactSchema.parse({
    id: 'contact-1',
    externalId: 'cti-778',
    channel: 'voice',
    queue: 'claims',
    state: 'offered',
    match: 'one',
    customerId: 'cust-001',
    language: 'zh-CN',
    ivrPath: ['1', '3'],
    ivrIntent: 'claim_status',
    fromMasked: '138****5678',
    customerName: null,
    createdAt: daysFromNow(0),
    offeredAt: daysFromNow(0),
    ownerId: 'agent-1',
    priority: 0,
    urgent: false,
    ringDeadline: new Date(Date.now() + 20_000).toISOString(),
    acceptedAt: null,
    wrapUpStartedAt: null,
    acwDeadline: null,
    closedAt: null,
    disposition: null,
    handover: null,
    pendingTransfer: null,
    ...overrides,
  });
}

export function aCandidate(overrides: Partial<CustomerCandidate> = {}): CustomerCandidate {
  return customerCandidateSchema.parse({
    id: 'cust-101',
    name: 'Zhang Wei',
    tier: 'gold',
    phoneMasked: '139****0001',
    city: 'Hangzhou',
    ...overrides,
  });
}
