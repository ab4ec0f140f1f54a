import type { ConsultMessage } from '../../shared/schemas/work.js';
import { appendAudit, redactNumbers } from '../audit/audit-log.js';
import type { Presence } from './presence.js';
import type { RouterDeps } from './router-deps.js';

/** An agent-to-agent message about a contact: audited (numbers redacted), then sent to both. */
export async function sendConsult(
  deps: Pick<RouterDeps, 'db' | 'emit'>,
  c: { from: Presence; to: Presence; contactId: string; text: string; at: Date; origin: string },
): Promise<ConsultMessage> {
  const message: ConsultMessage = {
    contactId: c.contactId,
    fromAgentId: c.from.id,
    fromAgentName: c.from.displayName,
    toAgentId: c.to.id,
    text: c.text,
    sentAt: c.at.toISOString(),
  };
  await appendAudit(deps.db, {
    actor: c.from.id,
    action: 'consult.message',
    origin: c.origin,
    detail: { ...message, text: redactNumbers(message.text) },
  });
  deps.emit(c.to.id, 'consult.message', message);
  deps.emit(c.from.id, 'consult.message', message);
  return message;
}
