import type { AgentState } from '../../../../shared/domain';

/** Service level below this is shown in red (with an icon and words, never colour alone). */
export const SERVICE_LEVEL_TARGET = 0.8;

/** Presence tag colours, as on the agent's own header. */
export const AGENT_STATE_COLOR: Record<AgentState, string> = {
  available: 'green',
  on_contact: 'blue',
  wrap_up: 'gold',
  away: 'orange',
  offline: 'default',
};

/** Scroll boxes stop growing past the window (whatever the layout around them does). */
export const PANEL_MAX_HEIGHT = 'calc(100vh - 210px)';
