import type { TouchpointChannel } from '../../shared/domain.js';
import type { WorklistOutcomeRequest } from '../../shared/schemas/risk.js';
import type { touchpoints } from '../db/schema.js';
import type { preemptionWorklist } from '../db/schema-preemption.js';

const CHANNEL: Record<(typeof preemptionWorklist.$inferSelect)['action'], TouchpointChannel> = {
  callback: 'voice',
  sms: 'sms',
  advisor_task: 'branch',
};

const ACTION_TEXT = { callback: 'Proactive callback', sms: 'Proactive SMS', advisor_task: 'Advisor task' } as const;

/** The timeline entry for a worked worklist item: what was done, the outcome and the note. */
export function outreachTouchpoint(
  item: typeof preemptionWorklist.$inferSelect,
  request: WorklistOutcomeRequest,
  now: Date,
): typeof touchpoints.$inferInsert {
  const note = request.note ? ` — ${request.note}` : '';
  return {
    eventId: `worklist:${item.id}`,
    customerId: item.customerId,
    occurredAt: now,
    channel: CHANNEL[item.action],
    stage: 'consultation',
    kind: `proactive.${item.action}`,
    summary: `${ACTION_TEXT[item.action]} (risk ${String(item.score)}): ${request.outcome.replaceAll('_', ' ')}${note}`.slice(0, 1000),
    attributes: { worklistItemId: item.id, outcome: request.outcome, reasonTopic: item.reason.topic.kind },
  };
}
