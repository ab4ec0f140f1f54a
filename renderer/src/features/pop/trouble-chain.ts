/**
 * The time chain that led to the current trouble (DOMAIN.md: "where and when the trouble
 * started: the touchpoint and time chain"), computed from the pop and the loaded timeline.
 */
import type { Claim } from '../../../../shared/schemas/customer';
import type { PopBundle } from '../../../../shared/schemas/pop';
import type { Touchpoint } from '../../../../shared/schemas/touchpoint';
import { isLater } from './iso-order';
import type { PageRepeat } from './portal-repeats';
import { isoAtOrAfter, repeatedPageViewsToday } from './portal-repeats';

const DAY_MS = 86_400_000;
/** Anomalies and policy-wide touchpoints older than this are history, not the trouble. */
export const CHAIN_WINDOW_DAYS = 30;

/** What the trouble is: the newest open complaint, late claim or broken promise. */
export interface TroubleTrigger {
  kind: 'complaint' | 'late_claim' | 'broken_promise';
  id: string;
  /** When it became trouble: complaint opened, claim's promised date, promise due. */
  at: string;
  claimId: string | null;
  policyId: string | null;
}

export type ChainStep =
  | { kind: 'touchpoint'; at: string; touchpoint: Touchpoint }
  | { kind: 'repeat'; at: string; page: PageRepeat };

export interface TroubleChain {
  trigger: TroubleTrigger | null;
  /** Every touchpoint row that belongs to the chain (repeated views included). */
  touchpointIds: ReadonlySet<string>;
  /** The chain's steps, oldest first; a page viewed again and again today is one step. */
  steps: ChainStep[];
}

export type TroubleSources = Pick<PopBundle, 'claims' | 'complaints' | 'promises'>;

const OPEN_COMPLAINT = new Set(['open', 'escalated']);

function isLateClaim(claim: Claim, now: number): claim is Claim & { promisedAt: string } {
  return claim.closedAt === null && claim.promisedAt !== null && Date.parse(claim.promisedAt) < now;
}

/** The newest of: open complaints, late claims, broken or overdue promises. */
export function troubleTrigger(sources: TroubleSources, now: number): TroubleTrigger | null {
  const policyOf = (claimId: string | null) =>
    sources.claims.find((claim) => claim.id === claimId)?.policyId ?? null;
  const candidates: TroubleTrigger[] = [
    ...sources.complaints
      .filter((complaint) => OPEN_COMPLAINT.has(complaint.status))
      .map((complaint) => ({
        kind: 'complaint' as const,
        id: complaint.id,
        at: complaint.openedAt,
        claimId: complaint.claimId,
        policyId: complaint.policyId ?? policyOf(complaint.claimId),
      })),
    ...sources.claims
      .filter((claim) => isLateClaim(claim, now))
      .map((claim) => ({
        kind: 'late_claim' as const,
        id: claim.id,
        at: claim.promisedAt,
        claimId: claim.id,
        policyId: claim.policyId,
      })),
    ...sources.promises
      .filter(
        (promise) =>
          promise.status === 'broken' ||
          (promise.status === 'open' && Date.parse(promise.dueAt) < now),
      )
      .map((promise) => ({
        kind: 'broken_promise' as const,
        id: promise.id,
        at: promise.resolvedAt ?? promise.dueAt,
        claimId: promise.claimId,
        policyId: policyOf(promise.claimId),
      })),
  ];
  return candidates.reduce<TroubleTrigger | null>(
    (newest, candidate) =>
      newest === null || Date.parse(candidate.at) > Date.parse(newest.at) ? candidate : newest,
    null,
  );
}

/**
 * Chain = touchpoints of the trigger's claim (all of them), touchpoints of its policy and
 * anomalies of the last 30 days, the complaint's origin touchpoint, and pages viewed more than
 * once today. No trigger, no chain.
 */
export function troubleChain(
  sources: TroubleSources,
  items: readonly Touchpoint[],
  now: number,
): TroubleChain {
  const trigger = troubleTrigger(sources, now);
  if (trigger === null) return { trigger, touchpointIds: new Set(), steps: [] };

  const since = now - CHAIN_WINDOW_DAYS * DAY_MS;
  const sinceIso = new Date(since).toISOString();
  const origin =
    trigger.kind === 'complaint'
      ? (sources.complaints.find((complaint) => complaint.id === trigger.id)?.originTouchpointId ??
        null)
      : null;
  const repeats = repeatedPageViewsToday(items, now);
  const repeated = new Set(repeats.flatMap((page) => page.touchpointIds));

  const isLinked = (item: Touchpoint) => {
    if (item.id === origin) return true;
    if (trigger.claimId !== null && item.claimId === trigger.claimId) return true;
    const relevant =
      item.anomaly !== null || (trigger.policyId !== null && item.policyId === trigger.policyId);
    return relevant && isoAtOrAfter(item.occurredAt, since, sinceIso);
  };
  // Repeated views are their own step; the id lookup only runs for rows that would be linked.
  const linked = items.filter((item) => isLinked(item) && !repeated.has(item.id));

  const steps = inTimeOrder(linked, repeats);

  return {
    trigger,
    touchpointIds: new Set([...linked.map((item) => item.id), ...repeated]),
    steps,
  };
}

const touchpointStep = (touchpoint: Touchpoint): ChainStep => ({
  kind: 'touchpoint',
  at: touchpoint.occurredAt,
  touchpoint,
});
const repeatStep = (page: PageRepeat): ChainStep => ({ kind: 'repeat', at: page.lastAt, page });

/**
 * The steps oldest first; a repeat and a touchpoint of the same time keep that order. The loaded
 * timeline is newest first (useTimeline merges it so), so its linked rows, often hundreds of one
 * claim's, are walked backwards with no parsing or sorting, and only the few repeats are placed
 * among them. Rows out of order (not what the timeline holds) fall back to a sort.
 */
function inTimeOrder(linked: readonly Touchpoint[], repeats: readonly PageRepeat[]): ChainStep[] {
  for (let i = 1; i < linked.length; i++) {
    const [newer, older] = [linked[i - 1], linked[i]];
    if (newer && older && isLater(older.occurredAt, newer.occurredAt)) {
      return sortedByTime(linked, repeats);
    }
  }
  const pending = [...repeats].sort((a, b) => Date.parse(a.lastAt) - Date.parse(b.lastAt));
  const steps: ChainStep[] = [];
  let next = 0;
  for (let i = linked.length - 1; i >= 0; i--) {
    const touchpoint = linked[i];
    if (!touchpoint) continue;
    for (let page = pending[next]; page; page = pending[++next]) {
      if (!isLater(touchpoint.occurredAt, page.lastAt)) break;
      steps.push(repeatStep(page));
    }
    steps.push(touchpointStep(touchpoint));
  }
  return [...steps, ...pending.slice(next).map(repeatStep)];
}

function sortedByTime(linked: readonly Touchpoint[], repeats: readonly PageRepeat[]): ChainStep[] {
  return [
    ...linked.map((touchpoint) => ({
      time: Date.parse(touchpoint.occurredAt),
      step: touchpointStep(touchpoint),
    })),
    ...repeats.map((page) => ({ time: Date.parse(page.lastAt), step: repeatStep(page) })),
  ]
    .sort((a, b) => a.time - b.time)
    .map(({ step }) => step);
}
