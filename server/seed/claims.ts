/** Claims (`C-2001`…): each has a promised date; some are still open past it, i.e. late. */
import type { ClaimStatus, PolicyLine } from '../../shared/domain.js';
import type { claims } from '../db/schema.js';
import type { SeedContext } from './context.js';
import type { CustomerDraft } from './customers.js';
import type { PolicyDraft } from './policies.js';
import type { SeedPartner } from './reference.js';
import { DAY_MS, HOUR_MS, earliest } from './time.js';

export type ClaimRow = typeof claims.$inferInsert;

export interface ClaimDraft {
  readonly row: ClaimRow;
  readonly policy: PolicyDraft;
  readonly reportedAt: Date;
  readonly promisedAt: Date;
  readonly closedAt: Date | null;
  readonly status: ClaimStatus;
  readonly open: boolean;
  /** Open and past its promised date. */
  readonly late: boolean;
  readonly adjuster: SeedPartner | null;
  readonly rescue: SeedPartner | null;
}

const CLAIM_CHANCE: Readonly<Record<PolicyLine, number>> = {
  motor: 0.32,
  health: 0.28,
  property: 0.12,
  life: 0.02,
};
const SLA_DAYS: Readonly<Record<PolicyLine, number>> = {
  motor: 10,
  health: 7,
  property: 15,
  life: 30,
};
const CLAIM_YUAN: Readonly<Record<PolicyLine, readonly [number, number]>> = {
  motor: [800, 60000],
  health: [500, 30000],
  property: [1000, 80000],
  life: [50000, 500000],
};
/** Share of claims past their promised date that are still open: the late ones. */
const LATE_SHARE = 0.14;

export function generateClaims(
  ctx: SeedContext,
  customer: CustomerDraft,
  policyList: readonly PolicyDraft[],
): ClaimDraft[] {
  const { rand, anchor } = ctx;
  const result: ClaimDraft[] = [];
  for (const policy of policyList) {
    const chance = CLAIM_CHANCE[policy.line];
    let count = rand.chance(chance) ? 1 : 0;
    if (count === 1 && policy.line !== 'life' && rand.chance(0.15)) count = 2;
    for (let k = 0; k < count; k++) {
      const from = Math.max(policy.start.getTime(), anchor.getTime() - 720 * DAY_MS);
      // No claims after the cover ended (cancelled, or expired at its renewal date).
      const coverEnd =
        policy.cancelledOn ?? (policy.status === 'expired' ? policy.renewal : anchor);
      const until = earliest(anchor, coverEnd).getTime() - 2 * HOUR_MS;
      if (until <= from) continue;
      let reportedAt = new Date(until - (until - from) * rand.next() ** 1.6);
      const [low, high] = CLAIM_YUAN[policy.line];
      const claimedMinor = Math.round(rand.real(low, high)) * 100;
      const slaDays = claimedMinor < 500_000 ? 3 : SLA_DAYS[policy.line];
      let promisedAt = new Date(reportedAt.getTime() + slaDays * DAY_MS);

      let status: ClaimStatus;
      let closedAt: Date | null = null;
      const due = promisedAt.getTime() <= anchor.getTime();
      if (due && rand.chance(LATE_SHARE) && anchor.getTime() - (slaDays + 1) * DAY_MS > from) {
        // Late: still open past the promised date, mostly by days, sometimes by weeks.
        const daysLate = rand.weighted([
          [rand.int(1, 7), 60],
          [rand.int(8, 30), 30],
          [rand.int(31, 90), 10],
        ] as const);
        reportedAt = new Date(
          Math.max(
            from,
            anchor.getTime() - (slaDays + daysLate) * DAY_MS - rand.int(0, 20 * 60) * 60_000,
          ),
        );
        promisedAt = new Date(reportedAt.getTime() + slaDays * DAY_MS);
        status = rand.weighted([
          ['assessing', 70],
          ['approved', 20],
          ['reported', 10],
        ] as const);
      } else if (!due) {
        status =
          anchor.getTime() - reportedAt.getTime() < DAY_MS
            ? 'reported'
            : rand.chance(0.7)
              ? 'assessing'
              : 'approved';
      } else {
        status = rand.weighted([
          ['paid', 70],
          ['closed', 12],
          ['rejected', 18],
        ] as const);
        const took = slaDays * rand.real(0.3, 1.3) * DAY_MS;
        closedAt = new Date(Math.min(reportedAt.getTime() + took, anchor.getTime() - HOUR_MS));
      }
      const open = closedAt === null;
      const paid = status === 'paid' || (status === 'closed' && rand.chance(0.5));
      const adjuster =
        policy.line === 'motor' || policy.line === 'property'
          ? ctx.partners.pick(rand, 'adjuster', customer.language)
          : null;
      const rescue =
        policy.line === 'motor' && rand.chance(0.45)
          ? ctx.partners.pick(rand, 'rescue', customer.language)
          : null;
      ctx.counters.claim++;
      result.push({
        row: {
          id: `C-${2000 + ctx.counters.claim}`,
          customerId: customer.row.id,
          policyId: policy.row.id,
          status,
          description: rand.pick(customer.texts.claimDescriptions[policy.line]),
          reportedAt,
          promisedAt,
          closedAt,
          amountClaimedMinor: claimedMinor,
          amountPaidMinor: paid ? Math.round((claimedMinor * rand.real(0.6, 1)) / 100) * 100 : null,
          adjusterId: adjuster?.id ?? null,
          rescueId: rescue?.id ?? null,
        },
        policy,
        reportedAt,
        promisedAt,
        closedAt,
        status,
        open,
        late: open && promisedAt.getTime() < anchor.getTime(),
        adjuster,
        rescue,
      });
    }
  }
  return result;
}
