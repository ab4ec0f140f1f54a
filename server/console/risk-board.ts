/**
 * The risk board and the agents' held contacts, from the live contacts. Pure: the caller loads
 * the contacts (live-contacts.ts) and says who the agents are.
 */
import { TIERS, type Tier } from '../../shared/domain.js';
import type { AgentContact, RiskBoardEntry } from '../../shared/schemas/console.js';
import type { LiveContact } from './live-contacts.js';

const tierRank = (tier: Tier | null) => (tier === null ? TIERS.length : TIERS.indexOf(tier));

/**
 * Negative when `a` is riskier than `b`: the higher risk score first (not scored last), then the
 * higher tier (Diamond first), then more overdue promises, then the longest wait.
 */
export function riskOrder(a: RiskBoardEntry, b: RiskBoardEntry): number {
  return (
    (b.riskScore ?? -1) - (a.riskScore ?? -1) ||
    tierRank(a.tier) - tierRank(b.tier) ||
    b.overduePromises - a.overduePromises ||
    Date.parse(a.queuedAt) - Date.parse(b.queuedAt) ||
    (a.contactId < b.contactId ? -1 : a.contactId > b.contactId ? 1 : 0)
  );
}

/** Waiting and live contacts (queued, offered, active), riskiest first. */
export function buildRiskBoard(
  live: readonly LiveContact[],
  agentName: (agentId: string) => string | null,
): RiskBoardEntry[] {
  const entries: RiskBoardEntry[] = [];
  for (const c of live) {
    if (c.state === 'wrap_up') continue;
    entries.push({
      contactId: c.contactId,
      channel: c.channel,
      state: c.state,
      queueId: c.queueId,
      customerId: c.customerId,
      customerName: c.customerName,
      tier: c.tier,
      riskScore: c.riskScore,
      riskBand: c.riskBand,
      predictedReason: c.predictedReason,
      overduePromises: c.overduePromiseIds.length,
      queuedAt: c.queuedAt.toISOString(),
      ownerId: c.ownerId,
      ownerName: c.ownerId === null ? null : agentName(c.ownerId),
    });
  }
  return entries.sort(riskOrder);
}

/**
 * What each agent holds, as the agents grid shows it: the owner's contacts with the time each
 * entered its state (offered, accepted, wrap-up started), and a warm transfer ringing at its
 * receiving agent as an offer. Oldest first.
 */
export function heldContactsByAgent(live: readonly LiveContact[]): Map<string, AgentContact[]> {
  const byAgent = new Map<string, AgentContact[]>();
  const add = (agentId: string, contact: AgentContact) => {
    const list = byAgent.get(agentId);
    if (list) list.push(contact);
    else byAgent.set(agentId, [contact]);
  };
  for (const c of live) {
    const base = { contactId: c.contactId, channel: c.channel, customerName: c.customerName };
    if (c.transfer)
      add(c.transfer.toAgentId, { ...base, state: 'offered', since: c.transfer.at.toISOString() });
    if (c.ownerId === null || c.state === 'queued') continue;
    const since =
      c.state === 'offered' ? c.offeredAt : c.state === 'active' ? c.acceptedAt : c.endedAt;
    add(c.ownerId, { ...base, state: c.state, since: (since ?? c.queuedAt).toISOString() });
  }
  for (const list of byAgent.values())
    list.sort((a, b) => Date.parse(a.since) - Date.parse(b.since));
  return byAgent;
}
