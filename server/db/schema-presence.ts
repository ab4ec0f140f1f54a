/** Agents' chosen presence, so a gateway restart does not turn an agent on a break available. */
import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { AWAY_REASONS } from '../../shared/domain.js';
import { agents } from './schema.js';

/**
 * One row per agent who has set a presence: away with a reason (chosen, or `missed_offer` set by
 * routing) or back (null). Whether they are connected, on a contact or in wrap-up is not kept:
 * it is derived from their sockets and the open contacts when the gateway starts.
 */
export const agentPresence = pgTable('agent_presence', {
  agentId: text('agent_id')
    .primaryKey()
    .references(() => agents.id, { onDelete: 'cascade' }),
  awayReason: text('away_reason', { enum: AWAY_REASONS }),
  since: timestamp('since', { withTimezone: true, mode: 'date' }).notNull(),
});
