/**
 * Labelled scenarios: a customer's facts and touchpoints written compactly with times relative to
 * a fixed `now` ("-3d", "-2h", "-30m", "+5d"), and what an expert expects: the reason's topic, its
 * root causes, and whether the customer is at high risk. `buildScenario` turns one into the
 * engine's input exactly as the gateway would (kind → stage, anomaly marks as on ingest).
 */
import type {
  ClaimStatus,
  ComplaintStatus,
  ContactChannel,
  JourneyStage,
  Language,
  PaymentStatus,
  PolicyLine,
  PolicyStatus,
  PromiseStatus,
  RiskTopic,
  RootCause,
  Tier,
  TouchpointChannel,
} from '../../../shared/domain.js';
import type { Claim, Policy } from '../../../shared/schemas/customer.js';
import type { RiskTopicRef } from '../../../shared/schemas/risk.js';
import type { Complaint, CustomerPromise } from '../../../shared/schemas/voc.js';
import { TOUCHPOINT_KINDS, type KindSpec } from '../../seed/touchpoint-kinds.js';
import { detectAnomaly } from '../../touchpoints/anomaly.js';
import { RECENT_DAYS, RECENT_LIMIT, type EngineTouchpoint, type RiskInput } from '../engine/types.js';

/** The evaluation's clock: a Sunday morning in Shanghai. */
export const EVAL_NOW = '2026-11-22T10:00:00+08:00';

/** `-3d`, `-2h`, `-45m`, `+10d`, `0` (now). */
export type Rel = string;
type Attrs = Record<string, string | number | boolean | null>;

export interface TouchpointSpec {
  at: Rel;
  kind: string;
  channel?: TouchpointChannel;
  stage?: JourneyStage;
  summary?: string;
  claim?: string;
  policy?: string;
  partner?: string;
  dwell?: number;
  /** Customer text (`attributes.text`); also the summary when none is given. */
  text?: string;
  dir?: 'inbound' | 'outbound';
  attrs?: Attrs;
}

export interface ScenarioSpec {
  id: string;
  /** The customer's story, as an expert would tell it. */
  story: string;
  customer: { tier: Tier; lang?: Language; sms?: boolean; marketing?: boolean; advisor?: string };
  policies?: { id: string; line?: PolicyLine; status?: PolicyStatus; payment?: PaymentStatus; daysOverdue?: number; renewal?: Rel }[];
  claims?: { id: string; policy: string; status: ClaimStatus; reported: Rel; promised?: Rel; closed?: Rel }[];
  complaints?: {
    id: string;
    opened: Rel;
    status: ComplaintStatus;
    causes: RootCause[];
    closed?: Rel;
    claim?: string;
    policy?: string;
    satisfaction?: number;
    words?: string;
  }[];
  promises?: { id: string; made: Rel; due: Rel; status: PromiseStatus; resolved?: Rel; claim?: string; what?: string }[];
  touchpoints?: TouchpointSpec[];
  channel?: ContactChannel;
  expect: { topic: [RiskTopic, string | null]; rootCauses: RootCause[]; high: boolean };
}

export interface Scenario {
  readonly id: string;
  readonly story: string;
  readonly now: Date;
  readonly input: RiskInput;
  readonly expect: { readonly topic: RiskTopicRef; readonly rootCauses: readonly RootCause[]; readonly high: boolean };
}

const UNIT_MS: Readonly<Record<string, number>> = { m: 60_000, h: 3_600_000, d: 86_400_000 };

export function relative(rel: Rel, now: number): number {
  if (rel === '0') return now;
  const m = /^([+-])(\d+(?:\.\d+)?)([mhd])$/.exec(rel);
  if (!m) throw new Error(`not a relative time: "${rel}"`);
  const [, sign, amount, unit] = m;
  return now + (sign === '-' ? -1 : 1) * Number(amount) * (UNIT_MS[unit ?? 'd'] ?? 0);
}

/** A touchpoint, briefly: `tp('-2h', 'claim_status_checked', { claim: 'C-1', dwell: 420 })`. */
export function tp(at: Rel, kind: string, extra: Omit<TouchpointSpec, 'at' | 'kind'> = {}): TouchpointSpec {
  return { at, kind, ...extra };
}

const KIND_SPECS: Readonly<Record<string, KindSpec | undefined>> = TOUCHPOINT_KINDS;

/** The channel a kind usually arrives on, as the seed writes it. */
export function defaultChannel(kind: string): TouchpointChannel {
  if (kind.startsWith('sms_') || kind.startsWith('claim_approved')) return 'sms';
  if (kind.startsWith('email_') || kind.endsWith('_emailed') || kind === 'policy_documents_delayed') return 'email';
  if (kind.startsWith('chat')) return 'chat';
  if (kind.startsWith('rescue_') || kind.startsWith('adjuster_') || kind === 'repair_checkin' || kind === 'intermediary_visit')
    return 'partner';
  if (/call|voice|dismissive|wrong_advice|tier_callback|promise_|complaint_lodged|policy_data_error/.test(kind)) return 'voice';
  if (kind === 'ivr_self_service') return 'ivr';
  if (kind === 'branch_visit') return 'branch';
  if (kind === 'app_session' || kind === 'claim_photos_uploaded' || kind === 'cross_sell_offer_viewed') return 'app';
  return 'portal';
}

function touchpoint(spec: TouchpointSpec, id: string, now: number): EngineTouchpoint {
  const kindSpec = KIND_SPECS[spec.kind];
  const attributes: Attrs = { ...spec.attrs };
  if (spec.text !== undefined) attributes['text'] = spec.text;
  if (spec.dir !== undefined) attributes['direction'] = spec.dir;
  const hasAttrs = Object.keys(attributes).length > 0;
  const ids = [spec.claim, spec.policy].filter((x) => x !== undefined).join(' ');
  return {
    id,
    occurredAt: new Date(relative(spec.at, now)).toISOString(),
    channel: spec.channel ?? defaultChannel(spec.kind),
    stage: spec.stage ?? kindSpec?.stage ?? 'consultation',
    kind: spec.kind,
    summary: spec.summary ?? spec.text ?? `${spec.kind.replace(/[_.]/g, ' ')}${ids ? ` ${ids}` : ''}`,
    partnerId: spec.partner ?? null,
    claimId: spec.claim ?? null,
    policyId: spec.policy ?? null,
    dwellSeconds: spec.dwell ?? null,
    anomaly:
      kindSpec?.anomaly ??
      detectAnomaly({ kind: spec.kind, dwellSeconds: spec.dwell, attributes: hasAttrs ? attributes : undefined }),
    attributes: hasAttrs ? attributes : null,
  };
}

export function buildScenario(spec: ScenarioSpec, nowIso: string = EVAL_NOW): Scenario {
  const now = Date.parse(nowIso);
  const iso = (rel: Rel) => new Date(relative(rel, now)).toISOString();
  const day = (rel: Rel) => iso(rel).slice(0, 10);
  const policies: Policy[] = (spec.policies ?? []).map((p) => ({
    id: p.id,
    line: p.line ?? 'motor',
    product: `${p.line ?? 'motor'} cover`,
    status: p.status ?? 'active',
    startDate: day('-200d'),
    renewalDate: day(p.renewal ?? '+165d'),
    premiumMinor: 360_000,
    paymentStatus: p.payment ?? 'paid',
    daysOverdue: p.daysOverdue ?? 0,
  }));
  const claims: Claim[] = (spec.claims ?? []).map((c) => ({
    id: c.id,
    policyId: c.policy,
    status: c.status,
    description: 'claim',
    reportedAt: iso(c.reported),
    promisedAt: c.promised !== undefined ? iso(c.promised) : null,
    closedAt: c.closed !== undefined ? iso(c.closed) : null,
    amountClaimedMinor: 800_000,
    amountPaidMinor: c.status === 'paid' || c.status === 'closed' ? 800_000 : null,
    adjuster: null,
    rescue: null,
  }));
  const complaints: Complaint[] = (spec.complaints ?? []).map((c) => ({
    id: c.id,
    openedAt: iso(c.opened),
    dueAt: new Date(relative(c.opened, now) + 15 * 86_400_000).toISOString(),
    closedAt: c.closed !== undefined ? iso(c.closed) : null,
    status: c.status,
    rootCauses: c.causes,
    channel: 'voice',
    owner: null,
    originTouchpointId: null,
    customerWords: c.words ?? '',
    resolution: c.closed !== undefined ? 'resolved' : null,
    satisfaction: c.satisfaction ?? null,
    claimId: c.claim ?? null,
    policyId: c.policy ?? null,
  }));
  const promises: CustomerPromise[] = (spec.promises ?? []).map((p) => ({
    id: p.id,
    description: p.what ?? 'promise',
    madeBy: 'agent01',
    madeAt: iso(p.made),
    dueAt: iso(p.due),
    status: p.status,
    resolvedAt: p.resolved !== undefined ? iso(p.resolved) : null,
    claimId: p.claim ?? null,
  }));
  // As the gateway builds the snapshot: the last RECENT_DAYS, newest first, at most RECENT_LIMIT.
  const touchpoints = (spec.touchpoints ?? [])
    .map((t, i) => touchpoint(t, `${spec.id}-t${String(i + 1)}`, now))
    .filter((t) => Date.parse(t.occurredAt) >= now - RECENT_DAYS * 86_400_000)
    .sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt))
    .slice(0, RECENT_LIMIT);
  const c = spec.customer;
  return {
    id: spec.id,
    story: spec.story,
    now: new Date(now),
    input: {
      customer: {
        id: spec.id,
        name: `Customer ${spec.id}`,
        tier: c.tier,
        preferredLanguage: c.lang ?? 'zh-CN',
        consentSms: c.sms ?? true,
        consentMarketing: c.marketing ?? false,
        advisorName: c.advisor ?? null,
      },
      policies,
      claims,
      complaints,
      promises,
      touchpoints,
      ...(spec.channel !== undefined ? { channel: spec.channel } : {}),
    },
    expect: { topic: { kind: spec.expect.topic[0], ref: spec.expect.topic[1] }, rootCauses: spec.expect.rootCauses, high: spec.expect.high },
  };
}
