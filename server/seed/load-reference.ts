/** Writes the small reference tables: partners and queues first, agents last (the "done" marker). */
import type { Db } from '../db/client.js';
import { agentQueues, agents, cannedReplies, partners, queues, scripts } from '../db/schema.js';
import { CANNED_REPLIES } from './canned-replies.js';
import type { SeedPartner } from './reference.js';
import { DEMO_AGENTS, QUEUES } from './reference.js';
import { SCRIPT_TEMPLATES } from './scripts-catalog.js';
import { LANGUAGES } from '../../shared/domain.js';

export async function insertPartnersQueuesScripts(
  db: Db,
  partnerList: readonly SeedPartner[],
): Promise<{ partners: number; queues: number; scripts: number }> {
  await db.insert(partners).values(partnerList.map(({ id, name, kind }) => ({ id, name, kind })));
  await db.insert(queues).values(QUEUES.map(({ id, name, channel }) => ({ id, name, channel })));
  const scriptRows = SCRIPT_TEMPLATES.flatMap((template) =>
    LANGUAGES.map((language) => ({
      id: `${template.key}.${language}`,
      title: template.title[language],
      body: template.body[language],
      language,
      rootCause: template.rootCause,
      stage: template.stage,
      marketing: template.marketing,
      priority: template.priority,
    })),
  );
  await db.insert(scripts).values(scriptRows);
  await db.insert(cannedReplies).values(CANNED_REPLIES);
  return { partners: partnerList.length, queues: QUEUES.length, scripts: scriptRows.length };
}

/** All demo agents share one argon2 hash of the demo password (hashing is deliberately slow). */
export async function insertAgents(
  db: Db,
  passwordHash: string,
  createdAt: Date,
): Promise<{ agents: number; agentQueues: number }> {
  await db.insert(agents).values(
    DEMO_AGENTS.map((agent) => ({
      id: agent.id,
      username: agent.username,
      displayName: agent.displayName,
      role: agent.role,
      languages: [...agent.languages],
      passwordHash,
      createdAt,
    })),
  );
  const links = DEMO_AGENTS.flatMap((agent) =>
    agent.queues.map((queueId) => ({ agentId: agent.id, queueId })),
  );
  await db.insert(agentQueues).values(links);
  return { agents: DEMO_AGENTS.length, agentQueues: links.length };
}
