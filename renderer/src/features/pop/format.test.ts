import { describe, expect, it } from 'vitest';
import { daysUntil, formatDate, formatMoney, formatRelative } from './format';

const NOW = Date.parse('2025-06-15T10:00:00+08:00');
const HOUR = 3_600_000;

describe('format', () => {
  it('shows CNY minor units as yuan in the active language', () => {
    expect(formatMoney(12_345, 'en')).toBe('CN¥123.45');
    expect(formatMoney(12_345, 'zh-CN')).toBe('¥123.45');
    expect(formatMoney(12_345, 'fa')).toContain('۱۲۳');
  });

  it('prints a calendar date without shifting it across time zones', () => {
    expect(formatDate('2025-07-01', 'en')).toBe('Jul 1, 2025');
    expect(formatDate('2025-07-01', 'zh-CN')).toBe('2025年7月1日');
  });

  it('says how long ago something happened in the largest fitting unit', () => {
    expect(formatRelative(new Date(NOW - 3 * 24 * HOUR).toISOString(), NOW, 'en')).toBe(
      '3 days ago',
    );
    expect(formatRelative(new Date(NOW - 2 * HOUR).toISOString(), NOW, 'en')).toBe('2 hours ago');
    expect(formatRelative(new Date(NOW + 2 * HOUR).toISOString(), NOW, 'en')).toBe('in 2 hours');
    expect(formatRelative(new Date(NOW).toISOString(), NOW, 'en')).toBe('now');
  });

  it('counts whole days to a deadline, a passed deadline counting as late from the first hour', () => {
    const at = (hours: number) => new Date(NOW + hours * HOUR).toISOString();
    expect(daysUntil(at(6 * 24 + 5), NOW)).toBe(6);
    expect(daysUntil(at(5), NOW)).toBe(0);
    expect(daysUntil(at(-1), NOW)).toBe(-1);
    expect(daysUntil(at(-3 * 24), NOW)).toBe(-3);
    expect(daysUntil(at(-3 * 24 - 1), NOW)).toBe(-4);
  });
});
