/**
 * True when `a` is strictly later than `b`. Two UTC timestamps of the same shape (what the
 * gateway sends) compare as text, so the common case parses nothing.
 */
export function isLater(a: string, b: string): boolean {
  if (a.length === b.length && a.endsWith('Z') && b.endsWith('Z')) return a > b;
  return Date.parse(a) > Date.parse(b);
}
