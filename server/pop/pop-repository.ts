import { asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Claim, CustomerCandidate, CustomerProfile, Partner, Policy } from '../../shared/schemas/customer.js';
import type { PopBundle } from '../../shared/schemas/pop.js';
import type { Complaint, CustomerPromise } from '../../shared/schemas/voc.js';
import type { Db } from '../db/client.js';
import { preparedQuery } from '../db/prepared.js';
import { claims, complaints, customers, partners, policies, promises } from '../db/schema.js';
import { customerRisk } from '../db/schema-preemption.js';
import type { RiskAssessment } from '../../shared/schemas/risk.js';
import { maskBankAccount, maskEmail, maskIdNumber, maskPhone } from './masking.js';
import { recommendScripts, type ScriptTemplate } from './scripts.js';
import { loadTimelinePage } from './timeline.js';

const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

/** A left-joined partner: drizzle gives null when nothing joined. */
const partnerOrNull = (p: Partner | null): Partner | null => (p ? { id: p.id, name: p.name, kind: p.kind } : null);

/** The pop's reads, each built once per database (they run on every offer). */
const byCustomer = sql.placeholder('customerId');

const profileQuery = preparedQuery((db) =>
  db
    .select({ c: customers, p: { id: partners.id, name: partners.name, kind: partners.kind } })
    .from(customers)
    .leftJoin(partners, eq(partners.id, customers.intermediaryId))
    .where(eq(customers.id, byCustomer))
    .limit(1)
    .prepare('pop_profile'),
);

const policiesQuery = preparedQuery((db) =>
  db.select().from(policies).where(eq(policies.customerId, byCustomer)).orderBy(asc(policies.renewalDate)).prepare('pop_policies'),
);

const claimsQuery = preparedQuery((db) => {
  const adjuster = alias(partners, 'adjuster');
  const rescue = alias(partners, 'rescue');
  return db
    .select({
      c: claims,
      a: { id: adjuster.id, name: adjuster.name, kind: adjuster.kind },
      r: { id: rescue.id, name: rescue.name, kind: rescue.kind },
    })
    .from(claims)
    .leftJoin(adjuster, eq(adjuster.id, claims.adjusterId))
    .leftJoin(rescue, eq(rescue.id, claims.rescueId))
    .where(eq(claims.customerId, byCustomer))
    .orderBy(desc(claims.reportedAt))
    .prepare('pop_claims');
});

const complaintsQuery = preparedQuery((db) =>
  db.select().from(complaints).where(eq(complaints.customerId, byCustomer)).orderBy(desc(complaints.openedAt)).prepare('pop_complaints'),
);

const promisesQuery = preparedQuery((db) =>
  db.select().from(promises).where(eq(promises.customerId, byCustomer)).orderBy(desc(promises.dueAt)).prepare('pop_promises'),
);

const riskQuery = preparedQuery((db) =>
  db
    .select({ assessment: customerRisk.assessment })
    .from(customerRisk)
    .where(eq(customerRisk.customerId, byCustomer))
    .limit(1)
    .prepare('pop_risk'),
);

async function loadProfile(db: Db, customerId: string): Promise<CustomerProfile | null> {
  const rows = await profileQuery(db).execute({ customerId });
  const row = rows[0];
  if (!row) return null;
  const c = row.c;
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
    intermediary: partnerOrNull(row.p),
  };
}

async function loadPolicies(db: Db, customerId: string): Promise<Policy[]> {
  const rows = await policiesQuery(db).execute({ customerId });
  return rows.map((p) => ({
    id: p.id,
    line: p.line,
    product: p.product,
    status: p.status,
    startDate: p.startDate,
    renewalDate: p.renewalDate,
    premiumMinor: p.premiumMinor,
    paymentStatus: p.paymentStatus,
    daysOverdue: p.daysOverdue,
  }));
}

async function loadClaims(db: Db, customerId: string): Promise<Claim[]> {
  const rows = await claimsQuery(db).execute({ customerId });
  return rows.map(({ c, a, r }) => ({
    id: c.id,
    policyId: c.policyId,
    status: c.status,
    description: c.description,
    reportedAt: iso(c.reportedAt),
    promisedAt: isoOrNull(c.promisedAt),
    closedAt: isoOrNull(c.closedAt),
    amountClaimedMinor: c.amountClaimedMinor,
    amountPaidMinor: c.amountPaidMinor,
    adjuster: partnerOrNull(a),
    rescue: partnerOrNull(r),
  }));
}

async function loadComplaints(db: Db, customerId: string): Promise<Complaint[]> {
  const rows = await complaintsQuery(db).execute({ customerId });
  return rows.map((c) => ({
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
  }));
}

async function loadPromises(db: Db, customerId: string): Promise<CustomerPromise[]> {
  const rows = await promisesQuery(db).execute({ customerId });
  return rows.map((p) => ({
    id: p.id,
    description: p.description,
    madeBy: p.madeBy,
    madeAt: iso(p.madeAt),
    dueAt: iso(p.dueAt),
    status: p.status,
    resolvedAt: isoOrNull(p.resolvedAt),
    claimId: p.claimId,
  }));
}

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
  const [customer, policyList, claimList, complaintList, promiseList, timeline, risk] = await Promise.all([
    loadProfile(db, customerId),
    loadPolicies(db, customerId),
    loadClaims(db, customerId),
    loadComplaints(db, customerId),
    loadPromises(db, customerId),
    loadTimelinePage(db, customerId),
    loadRisk(db, customerId),
  ]);
  if (!customer) return null;
  const scripts = recommendScripts(context.scripts, {
    customer,
    policies: policyList,
    claims: claimList,
    complaints: complaintList,
    promises: promiseList,
    agentName: context.agentName,
    now: context.now ?? new Date(),
    risk,
  });
  return { customer, policies: policyList, claims: claimList, complaints: complaintList, promises: promiseList, timeline, scripts, risk };
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
