import { describe, expect, it } from 'vitest';
import { compareNullable, isHighErrorRate, isLowTimeliness } from './partner-flags';
import { aPartner } from './test-fixtures';

describe('partner flags', () => {
  it('flags fewer than 80% on time and more than 5% errors, never a missing measure', () => {
    expect(isLowTimeliness(aPartner({ timeliness: 0.79 }))).toBe(true);
    expect(isLowTimeliness(aPartner({ timeliness: 0.8 }))).toBe(false);
    expect(isLowTimeliness(aPartner({ timeliness: null }))).toBe(false);
    expect(isHighErrorRate(aPartner({ errorRate: 0.06 }))).toBe(true);
    expect(isHighErrorRate(aPartner({ errorRate: 0.05 }))).toBe(false);
    expect(isHighErrorRate(aPartner({ errorRate: null }))).toBe(false);
  });

  it('sorts a missing measure below every number', () => {
    expect([0.5, null, 0.1, null].sort(compareNullable)).toEqual([null, null, 0.1, 0.5]);
  });
});
