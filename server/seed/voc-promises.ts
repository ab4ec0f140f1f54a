/**
 * Promises made to the customer (by an agent or a partner): kept, broken, open, and some
 * still open past their due date. A broken one leaves a `promise_broken` touchpoint.
 */
import type { PromiseStatus, TouchpointChannel } from '../../shared/domain.js';
import type { promises } from '../db/schema.js';
import type { ClaimDraft } from './claims.js';
import type { SeedContext } from './context.js';
import type { PolicyDraft } from './policies.js';
import { fillFrom } from './texts/catalog.js';
import type { PromiseTopic } from './texts/types.js';
import type { Timeline, TouchpointRow } from './timeline.js';
import { DAY_MS, HOUR_MS, addDays } from './time.js';

export type PromiseRow = typeof promises.$inferInsert;

type PromiseOutcome = 'kept' | 'broken' | 'open' | 'open_overdue';
/** Stratified so that even a 200-customer seed has every outcome. */
const PROMISE_CYCLE: readonly PromiseOutcome[] = [
  'kept',
  'broken',
  'open_overdue',
  'kept',
  'open',
  'kept',
  'broken',
  'open',
  'kept',
  'open_overdue',
];
export interface PromiseResult {
  readonly row: PromiseRow;
  readonly brokenEvent: TouchpointRow | null;
}

export function generatePromises(
  ctx: SeedContext,
  tl: Timeline,
  policyList: readonly PolicyDraft[],
  claimList: readonly ClaimDraft[],
): PromiseResult[] {
  const { rand, anchor } = ctx;
  const lateClaim = claimList.find((c) => c.late);
  if (!rand.chance(lateClaim ? 0.45 : 0.09)) return [];
  const texts = tl.customer.texts;
  const count = rand.chance(0.2) ? 2 : 1;
  const results: PromiseResult[] = [];
  for (let k = 0; k < count; k++) {
    let outcome = PROMISE_CYCLE[ctx.counters.promiseCycle++ % PROMISE_CYCLE.length] ?? 'kept';
    const claim =
      k === 0 && lateClaim
        ? lateClaim
        : claimList.length > 0 && rand.chance(0.5)
          ? rand.pick(claimList)
          : null;
    const topic: PromiseTopic = claim
      ? rand.chance(0.5)
        ? 'claim_payment'
        : 'claim_decision'
      : rand.pick(['callback', 'gift', 'refund', 'documents'] as const);
    let dueAt: Date;
    let madeAt: Date;
    if (claim?.late) {
      // A promise about a late claim can only be broken, or still open past its date.
      outcome = rand.chance(0.5) ? 'broken' : 'open_overdue';
      dueAt = claim.promisedAt;
      madeAt = new Date(claim.reportedAt.getTime() + rand.int(1, 48) * HOUR_MS);
    } else if (outcome === 'open') {
      dueAt = new Date(anchor.getTime() + rand.int(6, 14 * 24) * HOUR_MS);
      madeAt = new Date(anchor.getTime() - rand.int(2, 120) * HOUR_MS);
    } else {
      dueAt =
        outcome === 'open_overdue'
          ? addDays(anchor, -rand.real(1, 10))
          : addDays(anchor, -rand.real(2, 200));
      madeAt = new Date(dueAt.getTime() - rand.real(1, 7) * DAY_MS);
    }
    const partner =
      topic === 'gift'
        ? tl.customer.intermediary
        : claim && rand.chance(0.3)
          ? claim.adjuster
          : null;
    const madeBy = partner?.name ?? rand.pick(ctx.agentNames);
    const policy = claim?.policy ?? rand.pick(policyList);
    const description = fillFrom(texts.promises[topic], {
      claimId: claim?.row.id,
      policyId: policy.row.id,
      date: texts.formatDate(dueAt),
    });
    const status: PromiseStatus = outcome === 'open_overdue' ? 'open' : outcome;
    const resolvedAt =
      status === 'kept'
        ? new Date(Math.max(madeAt.getTime(), dueAt.getTime() - rand.real(0, 2) * DAY_MS))
        : status === 'broken'
          ? new Date(Math.min(dueAt.getTime() + DAY_MS, anchor.getTime() - HOUR_MS))
          : null;
    ctx.counters.promise++;
    const extra = {
      claimId: claim?.row.id ?? null,
      policyId: policy.row.id,
      partner,
      vars: { madeBy, description },
    };
    const channel: TouchpointChannel = partner ? 'partner' : rand.chance(0.7) ? 'voice' : 'chat';
    tl.add('promise_made', madeAt, channel, extra);
    const brokenEvent =
      status === 'broken'
        ? tl.add(
            'promise_broken',
            new Date(dueAt.getTime() + rand.int(1, 20) * HOUR_MS),
            channel,
            extra,
          )
        : null;
    results.push({
      row: {
        id: `PR-${String(ctx.counters.promise).padStart(6, '0')}`,
        customerId: tl.customer.row.id,
        description,
        madeBy,
        madeAt,
        dueAt,
        status,
        resolvedAt,
        claimId: claim?.row.id ?? null,
      },
      brokenEvent,
    });
  }
  return results;
}
