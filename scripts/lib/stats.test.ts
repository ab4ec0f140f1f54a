import { describe, expect, it } from 'vitest';
import { percentile, summarize } from './stats.js';

describe('benchmark statistics', () => {
  it('takes percentiles by nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 95)).toBe(95);
    expect(percentile(samples, 99)).toBe(99);
    expect(summarize([3, 1, 2])).toMatchObject({ n: 3, p50: 2, max: 3 });
  });

  it('gives NaN for no samples rather than a made-up figure', () => {
    expect(percentile([], 50)).toBeNaN();
  });
});
