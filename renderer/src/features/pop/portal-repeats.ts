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

/** Same calendar day as `now` in the agent's time zone. */
function isToday(iso: string, now: number): boolean {
  const at = new Date(iso);
  const today = new Date(now);
  return (
    Date.parse(iso) <= now + DAY_MS &&
    at.getFullYear() === today.getFullYear() &&
    at.getMonth() === today.getMonth() &&
    at.getDate() === today.getDate()
  );
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
  for (const item of items) {
    const { channel } = item;
    if (!isSelfService(channel) || !isToday(item.occurredAt, now)) continue;
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
