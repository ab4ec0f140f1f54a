/**
 * Generates customers one at a time (each from its own seed, so a customer is the same
 * whatever the chunk size) and appends every row to per-table CSV buffers.
 */
import { claims, complaints, customers, policies, promises, touchpoints } from '../db/schema.js';
import type { SeedContext } from './context.js';
import { finishCustomer, generateCustomer } from './customers.js';
import { CsvTable } from './csv.js';
import { generateClaims } from './claims.js';
import { generatePolicies } from './policies.js';
import { Timeline } from './timeline.js';
import { claimJourney } from './touchpoints-claim.js';
import { policyJourney } from './touchpoints-policy.js';
import { everydayActivity } from './touchpoints.js';
import { generateComplaints } from './voc-complaints.js';
import { generatePromises } from './voc-promises.js';

/** Tables filled per customer, in the order they must be loaded (foreign keys). */
export function customerTables() {
  return {
    customers: new CsvTable(customers, [
      'id',
      'name',
      'phone',
      'email',
      'idNumber',
      'bankAccount',
      'healthDetails',
      'city',
      'tier',
      'preferredLanguage',
      'preferredChannel',
      'consentSms',
      'consentMarketing',
      'consentRecording',
      'customerSince',
      'ltvMinor',
      'churnRisk',
      'advisorName',
      'intermediaryId',
    ]),
    policies: new CsvTable(policies, [
      'id',
      'customerId',
      'line',
      'product',
      'status',
      'startDate',
      'renewalDate',
      'premiumMinor',
      'paymentStatus',
      'daysOverdue',
    ]),
    claims: new CsvTable(claims, [
      'id',
      'customerId',
      'policyId',
      'status',
      'description',
      'reportedAt',
      'promisedAt',
      'closedAt',
      'amountClaimedMinor',
      'amountPaidMinor',
      'adjusterId',
      'rescueId',
    ]),
    touchpoints: new CsvTable(touchpoints, [
      'eventId',
      'customerId',
      'occurredAt',
      'channel',
      'stage',
      'kind',
      'summary',
      'partnerId',
      'policyId',
      'claimId',
      'dwellSeconds',
      'anomaly',
      'attributes',
      'receivedAt',
    ]),
    complaints: new CsvTable(complaints, [
      'id',
      'customerId',
      'openedAt',
      'dueAt',
      'closedAt',
      'status',
      'rootCauses',
      'channel',
      'owner',
      'customerWords',
      'resolution',
      'satisfaction',
      'claimId',
      'policyId',
    ]),
    promises: new CsvTable(promises, [
      'id',
      'customerId',
      'description',
      'madeBy',
      'madeAt',
      'dueAt',
      'status',
      'resolvedAt',
      'claimId',
    ]),
  };
}

export type CustomerTables = ReturnType<typeof customerTables>;

/** complaints.origin_touchpoint_id is an identity value known only after loading: link by event id. */
export interface OriginLink {
  readonly complaint_id: string;
  readonly event_id: string;
}

export function generateCustomerRows(
  ctx: SeedContext,
  index: number,
  tables: CustomerTables,
  origins: OriginLink[],
): void {
  ctx.rand.reseed(ctx.seed, 1, index);
  const draft = generateCustomer(ctx, index);
  const policyList = generatePolicies(ctx, draft);
  const claimList = generateClaims(ctx, draft, policyList);

  const tl = new Timeline(ctx, draft);
  policyList.forEach((policy, i) => {
    policyJourney(tl, ctx, policy, i === 0);
  });
  for (const claim of claimList) claimJourney(tl, ctx, claim);
  everydayActivity(tl, ctx, policyList);
  const promiseList = generatePromises(ctx, tl, policyList, claimList);
  const complaintList = generateComplaints(ctx, tl, policyList, claimList, promiseList);

  const customer = finishCustomer(ctx, draft, {
    annualPremiumMinor: policyList.reduce((sum, p) => sum + p.row.premiumMinor, 0),
    paymentTrouble: policyList.some(
      (p) => p.row.paymentStatus === 'overdue' || p.row.paymentStatus === 'failed',
    ),
    openComplaint: complaintList.some(
      (c) => c.row.status === 'open' || c.row.status === 'escalated',
    ),
    lateClaim: claimList.some((c) => c.late),
  });

  tables.customers.add(customer);
  for (const policy of policyList) tables.policies.add(policy.row);
  for (const claim of claimList) tables.claims.add(claim.row);
  // Oldest first, so identity ids follow time within a customer.
  tl.rows.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  for (const row of tl.rows) tables.touchpoints.add(row);
  for (const complaint of complaintList) {
    tables.complaints.add(complaint.row);
    origins.push({ complaint_id: complaint.row.id, event_id: complaint.originEventId });
  }
  for (const promise of promiseList) tables.promises.add(promise.row);
}
