import type { ConsoleAgent, ConsoleThresholds } from '../../../../shared/schemas/console';
import { secondsSince } from '../workspace/clock';

export interface AgentFlags {
  /** A contact in after-contact work longer than the lead's ACW limit. */
  longWrapUp: boolean;
  /** A connected contact held longer than the long-hold threshold. */
  longHold: boolean;
}

/** What the agents grid calls out on a row, at `now`. */
export function agentFlags(
  agent: Pick<ConsoleAgent, 'contacts'>,
  thresholds: Pick<ConsoleThresholds, 'acwLimitSeconds' | 'longHoldSeconds'>,
  now: number,
): AgentFlags {
  let longWrapUp = false;
  let longHold = false;
  for (const contact of agent.contacts) {
    const held = secondsSince(contact.since, now);
    if (contact.state === 'wrap_up' && held > thresholds.acwLimitSeconds) longWrapUp = true;
    if (contact.state === 'active' && held > thresholds.longHoldSeconds) longHold = true;
  }
  return { longWrapUp, longHold };
}

/** Chats held against the agent's chat capacity (calls take the whole agent). */
export function chatLoad(agent: Pick<ConsoleAgent, 'contacts' | 'chatCapacity'>) {
  return {
    chats: agent.contacts.filter((contact) => contact.channel === 'chat').length,
    capacity: agent.chatCapacity,
  };
}
