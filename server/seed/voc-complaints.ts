/**
 * Complaints (VOC cases): root causes from the taxonomy, due 15 days after opening, the
 * customer's own words, and the touchpoint where the trouble started.
 */
import { ROOT_CAUSES } from '../../shared/domain.js';
import type { ComplaintStatus, RootCause, TouchpointChannel } from '../../shared/domain.js';
import type { complaints } from '../db/schema.js';
import type { ClaimDraft } from './claims.js';
import type { SeedContext } from './context.js';
import type { PolicyDraft } from './policies.js';
import type { Weighted } from './rng.js';
import type { Timeline } from './timeline.js';
import { DAY_MS, HOUR_MS } from './time.js';
import { originFor } from './voc-origins.js';
import type { PromiseResult } from './voc-promises.js';

export type ComplaintRow = typeof complaints.$inferInsert;

/** Root causes in their usual proportions (timeliness most common), every one within six. */
const CAUSE_CYCLE: readonly RootCause[] = [
  'timeliness',
  'amount',
  'attitude',
  'promise_mismatch',
  'accuracy',
  'professionalism',
  'timeliness',
  'amount',
  'timeliness',
  'attitude',
  'amount',
  'promise_mismatch',
  'timeliness',
  'accuracy',
  'amount',
  'timeliness',
  'attitude',
  'promise_mismatch',
  'timeliness',
  'professionalism',
];

export interface ComplaintResult {
  readonly row: ComplaintRow;
  /** The event id of the touchpoint where the trouble started (resolved to its id after loading). */
  readonly originEventId: string;
}

const LODGE_CHANNELS: Weighted<TouchpointChannel> = [
  ['voice', 55],
  ['chat', 20],
  ['app', 10],
  ['email', 10],
  ['branch', 5],
];
const OWNERS = [
  'lin.wei',
  'zhang.lead',
  'chen.jing',
  'sara.ahmadi',
  'agent01',
  'agent02',
  'agent03',
];

export function generateComplaints(
  ctx: SeedContext,
  tl: Timeline,
  policyList: readonly PolicyDraft[],
  claimList: readonly ClaimDraft[],
  promiseList: readonly PromiseResult[],
): ComplaintResult[] {
  const { rand, anchor } = ctx;
  const lateClaim = claimList.find((c) => c.late);
  const broken = promiseList.find((p) => p.brokenEvent !== null);
  if (!rand.chance(0.05 + (lateClaim ? 0.3 : 0) + (broken ? 0.2 : 0))) return [];
  const texts = tl.customer.texts;
  const count = rand.chance(0.15) ? 2 : 1;
  const results: ComplaintResult[] = [];
  for (let k = 0; k < count; k++) {
    const nextCause = () =>
      CAUSE_CYCLE[ctx.counters.complaintCycle++ % CAUSE_CYCLE.length] ?? 'timeliness';
    const cause: RootCause =
      k === 0 && lateClaim ? 'timeliness' : k === 0 && broken ? 'promise_mismatch' : nextCause();
    const found = originFor(
      ctx,
      tl,
      cause,
      policyList,
      claimList,
      k === 0 ? (broken?.brokenEvent ?? null) : null,
    );
    if (!found) continue;
    const origin = found.row;
    const causes = new Set<RootCause>([cause]);
    if (cause === 'timeliness' && broken) causes.add('promise_mismatch');
    if (rand.chance(0.1)) causes.add(rand.pick(ROOT_CAUSES));

    // Opened within three days of the trouble, and always between it and the anchor.
    const sinceOrigin = anchor.getTime() - origin.occurredAt.getTime();
    const openedAt = new Date(
      origin.occurredAt.getTime() +
        Math.min(rand.int(1, 72) * HOUR_MS, sinceOrigin * rand.real(0.3, 0.9)),
    );
    const ageDays = (anchor.getTime() - openedAt.getTime()) / DAY_MS;
    const status = rand.weighted<ComplaintStatus>(
      ageDays > 30
        ? [
            ['resolved', 45],
            ['closed', 45],
            ['escalated', 10],
          ]
        : ageDays > 15
          ? [
              ['open', 30],
              ['escalated', 30],
              ['resolved', 25],
              ['closed', 15],
            ]
          : [
              ['open', 60],
              ['escalated', 25],
              ['resolved', 15],
            ],
    );
    const done = status === 'resolved' || status === 'closed';
    const sinceOpened = anchor.getTime() - openedAt.getTime();
    const closedAt = done
      ? new Date(openedAt.getTime() + Math.min(rand.real(0.5, 20) * DAY_MS, sinceOpened * 0.9))
      : null;
    const channel = rand.weighted(LODGE_CHANNELS);
    const words = rand.pick(texts.complaintWords[found.kind]);
    ctx.counters.complaint++;
    tl.add('complaint_lodged', openedAt, channel, {
      claimId: origin.claimId,
      policyId: origin.policyId,
      vars: { description: words },
    });
    results.push({
      row: {
        id: `VOC-${String(ctx.counters.complaint).padStart(6, '0')}`,
        customerId: tl.customer.row.id,
        openedAt,
        dueAt: new Date(openedAt.getTime() + 15 * DAY_MS),
        closedAt,
        status,
        rootCauses: [...causes],
        channel,
        owner:
          status === 'open' && rand.chance(0.5)
            ? null
            : status === 'escalated'
              ? rand.pick(['zhang.lead', 'lin.wei'])
              : rand.pick(OWNERS),
        originTouchpointId: null,
        customerWords: words,
        resolution: done ? texts.resolutions[cause] : null,
        satisfaction: done
          ? rand.weighted([
              [2, 1],
              [3, 2],
              [4, 4],
              [5, 3],
            ] as const)
          : null,
        claimId: origin.claimId ?? null,
        policyId: origin.policyId ?? null,
      },
      originEventId: origin.eventId,
    });
  }
  return results;
}
