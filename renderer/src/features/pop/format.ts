/**
 * Locale-aware formatting for the pop panels: dates, relative times, durations and money,
 * all through `Intl` with the active i18n language. Formatters are cached per locale because
 * the timeline formats a timestamp for every visible row.
 */

const DAY_MS = 86_400_000;
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>();

function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(
  key: string,
  make: () => F,
): F {
  const hit = cache.get(key);
  if (hit) return hit as F;
  const made = make();
  cache.set(key, made);
  return made;
}

/** `2025-03-14` or an ISO timestamp → a medium date in the locale. */
export function formatDate(iso: string, locale: string): string {
  // A bare calendar date is read as UTC midnight; print it in UTC so it never shifts a day.
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const format = cached(
    `date:${locale}:${String(dateOnly)}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        dateStyle: 'medium',
        ...(dateOnly ? { timeZone: 'UTC' } : {}),
      }),
  );
  return format.format(new Date(iso));
}

/** An ISO timestamp → short date and time in the locale. */
export function formatDateTime(iso: string, locale: string): string {
  const format = cached(
    `datetime:${locale}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
  );
  return format.format(new Date(iso));
}

const RELATIVE_STEPS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * DAY_MS],
  ['month', 30 * DAY_MS],
  ['week', 7 * DAY_MS],
  ['day', DAY_MS],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "3 days ago", "in 2 hours", "now": the largest unit that fits. */
export function formatRelative(iso: string, now: number, locale: string): string {
  const format = cached(
    `relative:${locale}`,
    () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }),
  );
  const diff = Date.parse(iso) - now;
  for (const [unit, size] of RELATIVE_STEPS) {
    if (Math.abs(diff) >= size) return format.format(Math.trunc(diff / size), unit);
  }
  return format.format(0, 'second');
}

/** CNY in minor units (fen) → yuan with the currency sign of the locale. */
export function formatMoney(minor: number, locale: string): string {
  const format = cached(
    `money:${locale}`,
    () => new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY' }),
  );
  return format.format(minor / 100);
}

/** 0.42 → "42%". */
export function formatPercent(ratio: number, locale: string): string {
  const format = cached(
    `percent:${locale}`,
    () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }),
  );
  return format.format(ratio);
}

/** Plain integer with grouping, e.g. "10,000". */
export function formatCount(count: number, locale: string): string {
  return cached(`count:${locale}`, () => new Intl.NumberFormat(locale)).format(count);
}

/** Seconds → "45 sec", "12 min" or "2 hr" in the locale. */
export function formatDuration(seconds: number, locale: string): string {
  const [unit, value] =
    seconds < 60
      ? (['second', seconds] as const)
      : seconds < 3600
        ? (['minute', Math.round(seconds / 60)] as const)
        : (['hour', Math.round((seconds / 3600) * 10) / 10] as const);
  const format = cached(
    `duration:${locale}:${unit}`,
    () => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' }),
  );
  return format.format(value);
}

/**
 * Whole days from `now` until `iso`: positive when it is ahead, negative when it has passed.
 * A deadline passed by a few hours already counts as one day late.
 */
export function daysUntil(iso: string, now: number): number {
  const diff = Date.parse(iso) - now;
  return diff >= 0 ? Math.floor(diff / DAY_MS) : -Math.ceil(-diff / DAY_MS);
}
