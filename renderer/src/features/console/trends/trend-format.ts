/**
 * Locale formats of the trends' axes and range pickers, through `Intl` (cached per locale:
 * a chart formats every label on each paint).
 */
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  const hit = cache.get(key);
  if (hit) return hit as F;
  const made = make();
  cache.set(key, made);
  return made;
}

/** A time of day → "2:00 PM", "14:00", "۱۴:۰۰" in the viewer's time zone. */
export function formatHour(iso: string, locale: string): string {
  const format = cached(
    `hour:${locale}`,
    () => new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }),
  );
  return format.format(new Date(iso));
}

/** Calendar date `YYYY-MM-DD` → "Jun 14", "6月14日", "۲۴ خرداد" (read as a date, never shifted by a time zone). */
export function formatDay(isoDate: string, locale: string): string {
  const format = cached(
    `day:${locale}`,
    () => new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }),
  );
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}

/** 8 → "8 hours", 14 → "14 days", in the locale's words and digits. */
export function formatSpan(value: number, unit: 'hour' | 'day', locale: string): string {
  const format = cached(
    `span:${locale}:${unit}`,
    () => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }),
  );
  return format.format(value);
}
