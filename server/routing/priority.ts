import { sql, type SQL } from 'drizzle-orm';
import type { RiskBand, Tier } from '../../shared/domain.js';

/** Queue points per tier: better tiers wait less. */
const TIER_POINTS: Readonly<Record<Tier, number>> = {
  diamond: 50,
  platinum: 40,
  gold: 30,
  silver: 20,
  potential: 10,
};

/** An urgent contact outranks every non-urgent one, whatever their scores. */
export const URGENT_BOOST = 1000;

export interface PriorityInput {
  tier: Tier | null;
  risk: { score: number; band: RiskBand } | null;
}

/**
 * A contact's place in the queue: tier points plus the complaint-risk score (0–100). A high-risk
 * or Diamond customer is urgent: they jump the queue and go to a complaint specialist when one is
 * free. An unknown caller gets 0 and waits in arrival order.
 */
export function contactPriority({ tier, risk }: PriorityInput): { priority: number; urgent: boolean } {
  const urgent = tier === 'diamond' || risk?.band === 'high';
  const base = (tier === null ? 0 : TIER_POINTS[tier]) + Math.round(risk?.score ?? 0);
  return { priority: base + (urgent ? URGENT_BOOST : 0), urgent };
}

/**
 * The same place in the queue computed by PostgreSQL, for an insert that matches the caller and
 * queues them in one statement. Built from TIER_POINTS and URGENT_BOOST, so the two agree; each
 * argument may be null (an unsure match: 0 points, not urgent).
 */
export function contactPrioritySql(
  tier: SQL<Tier | null>,
  score: SQL<number | null>,
  band: SQL<RiskBand | null>,
): { priority: SQL<number>; urgent: SQL<boolean> } {
  const points = sql.join(
    Object.entries(TIER_POINTS).map(([name, value]) => sql`when ${sql.raw(`'${name}'`)} then ${sql.raw(String(value))}`),
    sql` `,
  );
  const urgent = sql<boolean>`(coalesce(${tier} = 'diamond', false) or coalesce(${band} = 'high', false))`;
  const priority = sql<number>`((case ${tier} ${points} else 0 end) + coalesce(${score}, 0) + (case when ${urgent} then ${sql.raw(String(URGENT_BOOST))} else 0 end))`;
  return { priority, urgent };
}
