/**
 * Policies: annual terms, renewal dates spread around the anchor (some within the next 30
 * days, some passed), a few overdue, failed or pending cancellation.
 */
import type { PaymentStatus, PolicyLine, PolicyStatus, Tier } from '../../shared/domain.js';
import type { policies } from '../db/schema.js';
import type { SeedContext } from './context.js';
import type { CustomerDraft } from './customers.js';
import type { Weighted } from './rng.js';
import { DAY_MS, addDays, addYears, isoDay } from './time.js';

export type PolicyRow = typeof policies.$inferInsert;

export interface PolicyDraft {
  readonly row: PolicyRow;
  readonly line: PolicyLine;
  readonly product: string;
  readonly start: Date;
  readonly renewal: Date;
  readonly status: PolicyStatus;
  /** Anniversaries already passed and renewed (newest last). */
  readonly renewedOn: readonly Date[];
  /** When a cancelled policy was cancelled. */
  readonly cancelledOn: Date | null;
}

const LINE_CODE: Readonly<Record<PolicyLine, string>> = {
  motor: 'MOT',
  health: 'HLT',
  life: 'LIF',
  property: 'PRP',
};
const LINE_WEIGHTS: Weighted<PolicyLine> = [
  ['motor', 40],
  ['health', 28],
  ['life', 12],
  ['property', 20],
];
const POLICY_COUNT: Readonly<Record<Tier, readonly [number, number]>> = {
  diamond: [3, 5],
  platinum: [2, 4],
  gold: [1, 3],
  silver: [1, 2],
  potential: [1, 1],
};
const PREMIUM_YUAN: Readonly<Record<PolicyLine, readonly [number, number]>> = {
  motor: [1800, 9000],
  health: [600, 6000],
  life: [2000, 30000],
  property: [300, 2500],
};
const TIER_FACTOR: Readonly<Record<Tier, number>> = {
  diamond: 2.5,
  platinum: 1.6,
  gold: 1.2,
  silver: 0.9,
  potential: 0.7,
};
const STATUS_WEIGHTS: Weighted<PolicyStatus> = [
  ['active', 80],
  ['pending_cancellation', 5],
  ['cancelled', 5],
  ['expired', 6],
  ['lapsed', 4],
];
const ACTIVE_PAYMENT: Weighted<PaymentStatus> = [
  ['paid', 82],
  ['due', 10],
  ['overdue', 5],
  ['failed', 3],
];

export function generatePolicies(ctx: SeedContext, customer: CustomerDraft): PolicyDraft[] {
  const { rand, anchor } = ctx;
  const [min, max] = POLICY_COUNT[customer.tier];
  const count = customer.tier === 'potential' && rand.chance(0.2) ? 2 : rand.int(min, max);
  const result: PolicyDraft[] = [];
  const lastStart = addDays(anchor, -20);
  for (let k = 0; k < count; k++) {
    const line = rand.weighted(LINE_WEIGHTS);
    const start =
      k === 0
        ? customer.since
        : new Date(
            rand.real(
              customer.since.getTime(),
              Math.max(customer.since.getTime(), lastStart.getTime()),
            ),
          );
    // Anniversaries up to the anchor; the next one is the renewal date.
    let years = Math.max(1, Math.floor((anchor.getTime() - start.getTime()) / (365.25 * DAY_MS)));
    while (years > 1 && addYears(start, years).getTime() > anchor.getTime()) years--;
    while (addYears(start, years).getTime() <= anchor.getTime()) years++;
    const next = addYears(start, years);
    // Only the last two passed anniversaries are ever shown.
    const passed = [addYears(start, years - 2), addYears(start, years - 1)].filter(
      (d) => d.getTime() > start.getTime() && d.getTime() <= anchor.getTime(),
    );
    let status = rand.weighted(STATUS_WEIGHTS);
    if ((status === 'expired' || status === 'lapsed') && passed.length === 0) status = 'active';
    if (status === 'lapsed' && line !== 'life' && line !== 'health') status = 'expired';

    let renewal = next;
    let renewedOn = passed.slice(-1);
    let cancelledOn: Date | null = null;
    let paymentStatus: PaymentStatus = 'paid';
    let daysOverdue = 0;
    if (status === 'active') {
      paymentStatus = rand.weighted(ACTIVE_PAYMENT);
      if (paymentStatus === 'due' && renewal.getTime() - anchor.getTime() > 45 * DAY_MS)
        paymentStatus = 'paid';
      if (paymentStatus === 'overdue' || paymentStatus === 'failed') daysOverdue = rand.int(1, 25);
    } else if (status === 'pending_cancellation') {
      paymentStatus = rand.chance(0.7) ? 'overdue' : 'failed';
      daysOverdue = rand.int(15, 45);
    } else if (status === 'lapsed') {
      paymentStatus = 'overdue';
      daysOverdue = rand.int(60, 180);
    } else if (status === 'expired') {
      // Not renewed at the last anniversary: the renewal date is in the past.
      renewal = passed[passed.length - 1] ?? next;
      renewedOn = passed.slice(-2, -1);
    } else {
      const termStart = passed[passed.length - 1] ?? start;
      cancelledOn = new Date(rand.real(termStart.getTime(), anchor.getTime() - 3 * DAY_MS));
    }
    const [low, high] = PREMIUM_YUAN[line];
    const premiumMinor = Math.round(rand.real(low, high) * TIER_FACTOR[customer.tier]) * 100;
    const product = rand.pick(customer.texts.products[line]);
    result.push({
      row: {
        id: `${LINE_CODE[line]}-${String(customer.index + 1).padStart(6, '0')}-${k + 1}`,
        customerId: customer.row.id,
        line,
        product,
        status,
        startDate: isoDay(start),
        renewalDate: isoDay(renewal),
        premiumMinor,
        paymentStatus,
        daysOverdue,
      },
      line,
      product,
      start,
      renewal,
      status,
      renewedOn,
      cancelledOn,
    });
  }
  return result;
}
