import type { PopBundle } from '../../../shared/schemas/pop';
import type { Touchpoint } from '../../../shared/schemas/touchpoint';

/**
 * Puts freshly reported touchpoints at the head of the pop's first timeline page (newest first),
 * skipping ones already shown, and counts them into `total`. Returns the same pop when nothing is new.
 */
export function prependTouchpoints(pop: PopBundle, items: readonly Touchpoint[]): PopBundle {
  const known = new Set(pop.timeline.items.map((item) => item.id));
  const fresh: Touchpoint[] = [];
  for (const item of items) {
    if (known.has(item.id)) continue;
    known.add(item.id);
    fresh.push(item);
  }
  if (fresh.length === 0) return pop;
  fresh.sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt));
  return {
    ...pop,
    timeline: {
      ...pop.timeline,
      items: [...fresh, ...pop.timeline.items],
      total: pop.timeline.total + fresh.length,
    },
  };
}
