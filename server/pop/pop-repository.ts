import { eq, inArray, sql } from 'drizzle-orm';
import type { Claim, CustomerCandidate, CustomerProfile, Partner, Policy } from '../../shared/schemas/customer.js';
import type { PopBundle } from '../../shared/schemas/pop.js';
import type { Complaint, CustomerPromise } from '../../shared/schemas/voc.js';
import type { Db } from '../db/client.js';
import { preparedQuery } from '../db/prepared.js';
import type { complaints, policies, promises } from '../db/schema.js';
import { customers } from '../db/schema.js';
import { customerRisk } from '../db/schema-preemption.js';
import type { RiskAssessment } from '../../shared/schemas/risk.js';
import { maskBankAccount, maskEmail, maskIdNumber, maskPhone } from './masking.js';
import { recommendScripts, type ScriptTemplate } from './scripts.js';
import type { TimelinePage } from '../../shared/schemas/touchpoint.js';
import { readPopRows, type PopRows } from './pop-read.js';
import { encodeCursor, TIMELINE_PAGE_SIZE, toTouchpoint } from './timeline.js';

const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

/** A left-joined partner: drizzle gives null when nothing joined. */
const partnerOrNull = (p: Partner | null): Partner | null => (p ? { id: p.id, name: p.name, kind: p.kind } : null);

type Row<T extends { $inferSelect: unknown }> = T['$inferSelect'];

function toProfile(c: Row<typeof customers>, intermediary: Partner | null): CustomerProfile {
  return {
    id: c.id,
    name: c.name,
    tier: c.tier,
    phoneMasked: maskPhone(c.phone),
    emailMasked: c.email ? maskEmail(c.email) : null,
    idNumberMasked: maskIdNumber(c.idNumber),
    bankAccountMasked: c.bankAccount ? maskBankAccount(c.bankAccount) : null,
    hasHealthDetails: c.healthDetails !== null && c.healthDetails.trim() !== '',
    city: c.city,
    preferredLanguage: c.preferredLanguage,
    preferredChannel: c.preferredChannel,
    consent: { sms: c.consentSms, marketing: c.consentMarketing, recording: c.consentRecording },
    customerSince: c.customerSince,
    ltvMinor: c.ltvMinor,
    churnRisk: c.churnRisk,
    advisorName: c.advisorName,
    intermediary: partnerOrNull(intermediary),
  };
}

const toPolicy = (p: Row<typeof policies>): Policy => ({
  id: p.id,
  line: p.line,
  product: p.product,
  status: p.status,
  startDate: p.startDate,
  renewalDate: p.renewalDate,
  premiumMinor: p.premiumMinor,
  paymentStatus: p.paymentStatus,
  daysOverdue: p.daysOverdue,
});

const toClaim = ({ claim: c, adjuster, rescue }: PopRows['claims'][number]): Claim => ({
  id: c.id,
  policyId: c.policyId,
  status: c.status,
  description: c.description,
  reportedAt: iso(c.reportedAt),
  promisedAt: isoOrNull(c.promisedAt),
  closedAt: isoOrNull(c.closedAt),
  amountClaimedMinor: c.amountClaimedMinor,
  amountPaidMinor: c.amountPaidMinor,
  adjuster: partnerOrNull(adjuster),
  rescue: partnerOrNull(rescue),
});

const toComplaint = (c: Row<typeof complaints>): Complaint => ({
  id: c.id,
  openedAt: iso(c.openedAt),
  dueAt: iso(c.dueAt),
  closedAt: isoOrNull(c.closedAt),
  status: c.status,
  rootCauses: c.rootCauses,
  channel: c.channel,
  owner: c.owner,
  originTouchpointId: c.originTouchpointId === null ? null : String(c.originTouchpointId),
  customerWords: c.customerWords,
  resolution: c.resolution,
  satisfaction: c.satisfaction,
  claimId: c.claimId,
  policyId: c.policyId,
});

const toPromise = (p: Row<typeof promises>): CustomerPromise => ({
  id: p.id,
  description: p.description,
  madeBy: p.madeBy,
  madeAt: iso(p.madeAt),
  dueAt: iso(p.dueAt),
  status: p.status,
  resolvedAt: isoOrNull(p.resolvedAt),
  claimId: p.claimId,
});

/** The timeline's first page, as `loadTimelinePage` gives it without a cursor. */
function firstTimelinePage(rows: PopRows): TimelinePage {
  const items = rows.touchpoints.slice(0, TIMELINE_PAGE_SIZE).map(({ touchpoint: t, partnerName }) =>
    toTouchpoint({
      id: t.id,
      occurredAt: t.occurredAt,
      channel: t.channel,
      stage: t.stage,
      kind: t.kind,
      summary: t.summary,
      partnerName,
      claimId: t.claimId,
      policyId: t.policyId,
      dwellSeconds: t.dwellSeconds,
      anomaly: t.anomaly,
    }),
  );
  const last = items.at(-1);
  const hasMore = rows.touchpoints.length > TIMELINE_PAGE_SIZE;
  return {
    items,
    total: rows.touchpointTotal ?? items.length,
    nextCursor: hasMore && last ? encodeCursor(last) : null,
  };
}

const riskQuery = preparedQuery((db) =>
  db
    .select({ assessment: customerRisk.assessment })
    .from(customerRisk)
    .where(eq(customerRisk.customerId, sql.placeholder('customerId')))
    .limit(1)
    .prepare('pop_risk'),
);

/** The customer's risk as last computed on ingestion (the pop only reads it). */
export async function loadRisk(db: Db, customerId: string): Promise<RiskAssessment | null> {
  const rows = await riskQuery(db).execute({ customerId });
  return rows[0]?.assessment ?? null;
}

export interface PopContext {
  agentName: string;
  scripts: readonly ScriptTemplate[];
  now?: Date;
}

/** The whole pop in one read: profile, complaint trail, first timeline page, ranked scripts. */
export async function loadPop(db: Db, customerId: string, context: PopContext): Promise<PopBundle | null> {
  const rows = await readPopRows(db, customerId);
  if (!rows) return null;
  const customer = toProfile(rows.customer, rows.intermediary);
  const policyList = rows.policies.map(toPolicy);
  const claimList = rows.claims.map(toClaim);
  const complaintList = rows.complaints.map(toComplaint);
  const promiseList = rows.promises.map(toPromise);
  const scripts = recommendScripts(context.scripts, {
    customer,
    policies: policyList,
    claims: claimList,
    complaints: complaintList,
    promises: promiseList,
    agentName: context.agentName,
    now: context.now ?? new Date(),
    risk: rows.risk,
  });
  return {
    customer,
    policies: policyList,
    claims: claimList,
    complaints: complaintList,
    promises: promiseList,
    timeline: firstTimelinePage(rows),
    scripts,
    risk: rows.risk,
  };
}

/** Short masked lines for these customers, in the order given (unknown ids are left out). */
export async function loadCandidates(db: Db, ids: readonly string[]): Promise<CustomerCandidate[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: customers.id, name: customers.name, tier: customers.tier, phone: customers.phone, city: customers.city })
    .from(customers)
    .where(inArray(customers.id, [...ids]));
  const byId = new Map(rows.map((c) => [c.id, c]));
  return ids.flatMap((id) => {
    const c = byId.get(id);
    return c ? [{ id: c.id, name: c.name, tier: c.tier, phoneMasked: maskPhone(c.phone), city: c.city }] : [];
  });
}
