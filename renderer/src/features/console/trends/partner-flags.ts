import type { PartnerScore } from '../../../../../shared/schemas/console-trends';

/** A partner keeping fewer of its promised dates than this is flagged. */
export const LOW_TIMELINESS = 0.8;
/** A partner with more of its touchpoints marked as anomalies than this is flagged. */
export const HIGH_ERROR_RATE = 0.05;

export const isLowTimeliness = (partner: PartnerScore): boolean =>
  partner.timeliness !== null && partner.timeliness < LOW_TIMELINESS;

export const isHighErrorRate = (partner: PartnerScore): boolean =>
  partner.errorRate !== null && partner.errorRate > HIGH_ERROR_RATE;

/** Ascending, with "nothing to measure" (null) below every number. */
export function compareNullable(a: number | null, b: number | null): number {
  if (a === null || b === null) return (a === null ? 0 : 1) - (b === null ? 0 : 1);
  return a - b;
}
