import type { Contact } from '../../../../shared/schemas/contact';

/**
 * What a held contact asks of the signed-in agent now:
 * - `ringing`: offered to them (a new contact, or a warm transfer waiting for their accept);
 * - `active`: connected and theirs;
 * - `wrap_up`: after-contact work before it closes.
 */
export type ContactPhase = 'ringing' | 'active' | 'wrap_up';

/** True when the contact waits for this agent to accept or decline it. */
export function isRingingFor(contact: Contact, agentId: string | null): boolean {
  if (contact.state === 'offered') return true;
  return (
    contact.pendingTransfer !== null &&
    agentId !== null &&
    contact.pendingTransfer.toAgentId === agentId &&
    contact.ownerId !== agentId
  );
}

export function contactPhase(contact: Contact, agentId: string | null): ContactPhase {
  if (isRingingFor(contact, agentId)) return 'ringing';
  return contact.state === 'wrap_up' ? 'wrap_up' : 'active';
}

/**
 * Whether the contact still belongs on this agent's desktop: offered to, connected to or
 * wrapping up with them, or a warm transfer waiting for them. A contact back in a queue, finished,
 * or now owned by someone else does not. Unknown agent or owner: kept (the gateway decides).
 */
export function concernsAgent(contact: Contact, agentId: string | null): boolean {
  if (contact.state === 'closed' || contact.state === 'abandoned' || contact.state === 'queued') {
    return false;
  }
  if (agentId === null || contact.ownerId === null) return true;
  return contact.ownerId === agentId || contact.pendingTransfer?.toAgentId === agentId;
}
