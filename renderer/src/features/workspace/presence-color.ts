import type { AgentState } from '../../../../shared/domain';

/** Presence tag colours: the agent's own header and the lead's agents grid. */
export const PRESENCE_COLOR: Record<AgentState, string> = {
  available: 'green',
  on_contact: 'blue',
  wrap_up: 'gold',
  away: 'orange',
  offline: 'default',
};
