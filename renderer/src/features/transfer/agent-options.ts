import type { AgentStatus } from '../../../../shared/schemas/auth';

/**
 * Colleagues a contact can go to or be discussed with: signed in (not offline), not the agent
 * themselves; available ones first, then by name.
 */
export function colleagues(list: readonly AgentStatus[], myId: string | null): AgentStatus[] {
  const rank = (status: AgentStatus) => (status.state === 'available' ? 0 : 1);
  return list
    .filter((status) => status.state !== 'offline' && status.agentId !== myId)
    .sort((a, b) => rank(a) - rank(b) || a.displayName.localeCompare(b.displayName));
}
