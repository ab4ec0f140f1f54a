/** Number formats per language: building an Intl.NumberFormat costs far more than using one. */
const clockDigits = new Map<string, { one: Intl.NumberFormat; two: Intl.NumberFormat }>();
function digitsFor(locale: string) {
  let digits = clockDigits.get(locale);
  if (digits === undefined) {
    digits = {
      one: new Intl.NumberFormat(locale, { useGrouping: false }),
      two: new Intl.NumberFormat(locale, { minimumIntegerDigits: 2, useGrouping: false }),
    };
    clockDigits.set(locale, digits);
  }
  return digits;
}

/** `m:ss`, or `h:mm:ss` past an hour, in the language's digits. Negative counts as zero. */
export function formatClock(totalSeconds: number, locale: string): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const { one, two } = digitsFor(locale);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return h > 0
    ? `${one.format(h)}:${two.format(m)}:${two.format(s)}`
    : `${one.format(m)}:${two.format(s)}`;
}

/** Whole seconds from `now` until `iso` (negative once it has passed). */
export function secondsUntil(iso: string, now: number): number {
  return Math.ceil((Date.parse(iso) - now) / 1000);
}

/** Whole seconds from `iso` until `now`. */
export function secondsSince(iso: string, now: number): number {
  return Math.max(0, Math.floor((now - Date.parse(iso)) / 1000));
}
