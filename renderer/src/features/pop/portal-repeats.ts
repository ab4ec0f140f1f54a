import type { Touchpoint } from '../../../../shared/schemas/touchpoint';

/** A self-service page the customer kept coming back to today. */
export interface PageRepeat {
  /** What they looked at, as the integration summarised it ("Viewed claim status page"). */
  summary: string;
  kind: string;
  channel: 'portal' | 'app';
  count: number;
  /** The views themselves, newest first. */
  touchpointIds: string[];
  lastAt: string;
}

const isSelfService = (channel: Touchpoint['channel']): channel is 'portal' | 'app' =>
  channel === 'portal' || channel === 'app';
const DAY_MS = 86_400_000;

/** The agent's local calendar day around `now`, as [start, end) in epoch ms. */
function todayBounds(now: number): [number, number] {
  const today = new Date(now);
  const start = new Date(today.getFullYear(), today.getMonth(), today.getDate()).getTime();
  const end = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1).getTime();
  return [start, Math.min(end, now + DAY_MS + 1)];
}

const isUtcIso = (at: string, iso: string) =>
  at.length === iso.length && at.endsWith('Z') && at[10] === 'T';

/**
 * `at` >= `time` (whose ISO form is `iso`). Same-shaped UTC timestamps (what the gateway sends)
 * compare as text; anything else is parsed.
 */
export function isoAtOrAfter(at: string, time: number, iso: string): boolean {
  return isUtcIso(at, iso) ? at >= iso : Date.parse(at) >= time;
}

/**
 * `at` in [start, end). A UTC timestamp shaped like `toISOString()` (what the gateway sends)
 * compares as text, so the common case parses nothing; anything else is parsed.
 */
function isWithin(at: string, start: number, end: number, startIso: string, endIso: string) {
  if (isUtcIso(at, startIso)) {
    return at >= startIso && at < endIso;
  }
  const time = Date.parse(at);
  return time >= start && time < end;
}

/**
 * Portal and app pages viewed more than once today, most viewed first. A page is the channel,
 * touchpoint kind and summary, so "claim status" and "renewal quote" views count apart.
 */
export function repeatedPageViewsToday(
  items: readonly Touchpoint[],
  now: number,
  minimum = 2,
): PageRepeat[] {
  const pages = new Map<string, PageRepeat>();
  const [start, end] = todayBounds(now);
  const [startIso, endIso] = [new Date(start).toISOString(), new Date(end).toISOString()];
  for (const item of items) {
    const { channel } = item;
    if (!isSelfService(channel)) continue;
    if (!isWithin(item.occurredAt, start, end, startIso, endIso)) continue;
    const key = `${channel}\u0000${item.kind}\u0000${item.summary}`;
    const page = pages.get(key);
    if (page) {
      page.count += 1;
      page.touchpointIds.push(item.id);
      if (Date.parse(item.occurredAt) > Date.parse(page.lastAt)) page.lastAt = item.occurredAt;
    } else {
      pages.set(key, {
        summary: item.summary,
        kind: item.kind,
        channel,
        count: 1,
        touchpointIds: [item.id],
        lastAt: item.occurredAt,
      });
    }
  }
  return [...pages.values()]
    .filter((page) => page.count >= minimum)
    .sort((a, b) => b.count - a.count || Date.parse(b.lastAt) - Date.parse(a.lastAt));
}
