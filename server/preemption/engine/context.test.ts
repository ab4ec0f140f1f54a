import { describe, expect, it } from 'vitest';
import { parseIso } from './context.js';

describe('parseIso', () => {
  it('reads the gateway’s own format exactly as Date.parse does', () => {
    for (const iso of ['2026-11-22T02:00:00.000Z', '2024-02-29T23:59:59.999Z', '1999-12-31T00:00:00.001Z'])
      expect(parseIso(iso)).toBe(Date.parse(iso));
  });

  it('falls back to Date.parse for other ISO forms, NaN for what is not a time', () => {
    expect(parseIso('2026-11-22T10:00:00+08:00')).toBe(Date.parse('2026-11-22T02:00:00Z'));
    expect(parseIso('2026-11-22T10:00:00Z')).toBe(Date.parse('2026-11-22T10:00:00Z'));
    expect(parseIso('2026-1x-22T02:00:00.000Z')).toBeNaN();
    expect(parseIso('not a time')).toBeNaN();
  });
});
