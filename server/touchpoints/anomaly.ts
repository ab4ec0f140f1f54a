import type { Anomaly } from '../../shared/domain.js';
import type { TouchpointEvent } from '../../shared/schemas/touchpoint.js';

/** A portal page read for longer than this is confusion, not interest (DOMAIN.md). */
export const LONG_DWELL_SECONDS = 300;

/** Marks what the timeline should flag; the pre-emption rules build on the same marks. */
export function detectAnomaly(event: Pick<TouchpointEvent, 'kind' | 'dwellSeconds' | 'attributes'>): Anomaly | null {
  const kind = event.kind;
  if (kind.includes('payment_failed') || kind.includes('failed_payment')) return 'failed_payment';
  if (kind.includes('no_show')) return 'no_show';
  if (kind.includes('promise_broken') || kind.includes('broken_promise')) return 'broken_promise';
  if (kind.includes('sla_breach') || event.attributes?.slaBreached === true) return 'sla_breach';
  if (event.dwellSeconds !== undefined && event.dwellSeconds >= LONG_DWELL_SECONDS) return 'long_dwell';
  return null;
}
