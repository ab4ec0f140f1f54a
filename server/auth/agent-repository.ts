import { eq } from 'drizzle-orm';
import type { AgentRole } from '../../shared/domain.js';
import type { Agent } from '../../shared/schemas/auth.js';
import type { Db } from '../db/client.js';
import { agentQueues, agents } from '../db/schema.js';
import type { AgentProfile } from '../routing/presence.js';

export interface AuthenticatedAgent extends Agent {
  role: AgentRole;
}

async function queuesOf(db: Db, agentId: string): Promise<string[]> {
  const rows = await db.select({ q: agentQueues.queueId }).from(agentQueues).where(eq(agentQueues.agentId, agentId));
  return rows.map((r) => r.q).sort();
}

/** The agent and its password hash, for sign-in; null when unknown or disabled. */
export async function findAgentForLogin(
  db: Db,
  username: string,
): Promise<{ agent: AuthenticatedAgent; passwordHash: string } | null> {
  const rows = await db.select().from(agents).where(eq(agents.username, username)).limit(1);
  const row = rows[0];
  if (!row || row.disabled) return null;
  return {
    agent: { id: row.id, username: row.username, displayName: row.displayName, role: row.role, queues: await queuesOf(db, row.id) },
    passwordHash: row.passwordHash,
  };
}

export async function findAgentById(db: Db, id: string): Promise<AuthenticatedAgent | null> {
  const rows = await db.select().from(agents).where(eq(agents.id, id)).limit(1);
  const row = rows[0];
  if (!row || row.disabled) return null;
  return { id: row.id, username: row.username, displayName: row.displayName, role: row.role, queues: await queuesOf(db, row.id) };
}

/** Every enabled agent with their routing skills (queues, languages, chat capacity). */
export async function loadAgentProfiles(db: Db): Promise<AgentProfile[]> {
  const [rows, links] = await Promise.all([
    db.select().from(agents).where(eq(agents.disabled, false)),
    db.select().from(agentQueues),
  ]);
  const queuesByAgent = new Map<string, string[]>();
  for (const l of links) queuesByAgent.set(l.agentId, [...(queuesByAgent.get(l.agentId) ?? []), l.queueId]);
  return rows.map((r) => ({
    id: r.id,
    displayName: r.displayName,
    role: r.role,
    queues: (queuesByAgent.get(r.id) ?? []).sort(),
    languages: r.languages,
    chatCapacity: r.chatCapacity,
  }));
}
