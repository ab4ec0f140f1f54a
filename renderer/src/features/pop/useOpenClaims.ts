import { useMemo } from 'react';
import type { Claim } from '../../../../shared/schemas/customer';
import { daysUntil } from './format';
import { OPEN_CLAIM_STATUSES } from './presentation';

export interface OpenClaim {
  claim: Claim;
  /** Days past the promised date; 0 when on time or nothing was promised. */
  daysLate: number;
}

/** Claims still in progress, late ones first, then the most recently reported. */
export function openClaims(claims: readonly Claim[], now: number): OpenClaim[] {
  return claims
    .filter((claim) => OPEN_CLAIM_STATUSES.includes(claim.status))
    .map((claim) => ({
      claim,
      daysLate: claim.promisedAt ? Math.max(0, -daysUntil(claim.promisedAt, now)) : 0,
    }))
    .sort(
      (a, b) =>
        b.daysLate - a.daysLate || Date.parse(b.claim.reportedAt) - Date.parse(a.claim.reportedAt),
    );
}

export function useOpenClaims(claims: readonly Claim[], now: number): OpenClaim[] {
  return useMemo(() => openClaims(claims, now), [claims, now]);
}
