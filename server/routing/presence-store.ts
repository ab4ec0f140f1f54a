import type { AwayReason } from '../../shared/domain.js';
import type { Db } from '../db/client.js';
import { agentPresence } from '../db/schema.js';

export interface StoredPresence {
  away: AwayReason | null;
  since: Date;
}

/** Every agent's last chosen presence, for a gateway that starts (or restarts). */
export async function loadStoredPresence(db: Db): Promise<Map<string, StoredPresence>> {
  const rows = await db.select().from(agentPresence);
  return new Map(rows.map((row) => [row.agentId, { away: row.awayReason, since: row.since }]));
}

/** Keeps an agent's presence choice (away with its reason, or back) across gateway restarts. */
export async function storePresence(db: Db, agentId: string, presence: StoredPresence): Promise<void> {
  await db
    .insert(agentPresence)
    .values({ agentId, awayReason: presence.away, since: presence.since })
    .onConflictDoUpdate({ target: agentPresence.agentId, set: { awayReason: presence.away, since: presence.since } });
}
