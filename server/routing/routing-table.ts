import type { AgentRole, ContactChannel, Language } from '../../shared/domain.js';
import type { ContactRow } from '../contacts/contact-repository.js';

/** What routing needs to know of an agent. Mutated in place by the router. */
export interface AgentSlot {
  id: string;
  role: AgentRole;
  queues: ReadonlySet<string>;
  languages: ReadonlySet<Language>;
  chatCapacity: number;
  /** Signed in with a desktop that announced ready. */
  ready: boolean;
  away: boolean;
  /** Contacts held (offered, connected or in wrap-up), per channel. */
  voice: number;
  chats: number;
  /** When the agent last had nothing to do (ms): the longest idle is offered first. */
  freeSince: number;
}

/** A contact waiting in a queue. */
export interface WaitingContact {
  id: string;
  channel: ContactChannel;
  queueId: string;
  language: Language | null;
  priority: number;
  urgent: boolean;
  /** When it (re-)entered the queue (ms). */
  queuedAt: number;
  /** A cold transfer to one agent: only they may take it. */
  targetAgentId: string | null;
  /** Agents who declined or missed it: offered to anyone else first. */
  skippedBy: readonly string[];
}

/**
 * The contacts waiting, by id. Every add, replace and removal is reported to `onChange` (the
 * agents' waiting counts go stale), so no place that changes the queue can forget to say so.
 */
export class WaitingContacts extends Map<string, WaitingContact> {
  onChange: (() => void) | undefined;

  override set(id: string, contact: WaitingContact): this {
    super.set(id, contact);
    this.onChange?.();
    return this;
  }

  override delete(id: string): boolean {
    const removed = super.delete(id);
    if (removed) this.onChange?.();
    return removed;
  }

  override clear(): void {
    const had = this.size > 0;
    super.clear();
    if (had) this.onChange?.();
  }
}

/**
 * Skills, language and capacity: may this agent be offered this contact now? A contact
 * transferred to one agent skips the skill checks (the sending agent chose them), not capacity.
 */
export function canTake(agent: AgentSlot, contact: WaitingContact): boolean {
  if (!agent.ready || agent.away) return false;
  if (contact.targetAgentId !== null) {
    if (contact.targetAgentId !== agent.id) return false;
  } else {
    if (!agent.queues.has(contact.queueId)) return false;
    if (contact.language !== null && !agent.languages.has(contact.language)) return false;
  }
  if (agent.voice > 0) return false;
  return contact.channel === 'voice' ? agent.chats === 0 : agent.chats < agent.chatCapacity;
}

/** Negative when `a` should be offered the contact before `b`. */
function agentOrder(contact: WaitingContact, a: AgentSlot, b: AgentSlot): number {
  if (contact.urgent) {
    const specialist = Number(b.role === 'specialist') - Number(a.role === 'specialist');
    if (specialist !== 0) return specialist;
  }
  const skipped = Number(contact.skippedBy.includes(a.id)) - Number(contact.skippedBy.includes(b.id));
  if (skipped !== 0) return skipped;
  const load = a.voice + a.chats - (b.voice + b.chats);
  if (load !== 0) return load;
  return a.freeSince - b.freeSince || (a.id < b.id ? -1 : 1);
}

/** Negative when `a` should be offered to the agent before `b`. */
function contactOrder(agentId: string, a: WaitingContact, b: WaitingContact): number {
  const skipped = Number(a.skippedBy.includes(agentId)) - Number(b.skippedBy.includes(agentId));
  if (skipped !== 0) return skipped;
  return b.priority - a.priority || a.queuedAt - b.queuedAt || (a.id < b.id ? -1 : 1);
}

/**
 * Routing decisions, in memory: which agent gets a new contact, which contact a freed agent gets.
 * Priority first (tier and risk; urgent contacts prefer a complaint specialist), then the longest
 * wait; among agents, the least loaded and longest idle. One linear scan per decision.
 */
export class RoutingTable {
  readonly agents = new Map<string, AgentSlot>();
  readonly waiting = new WaitingContacts();

  bestAgentFor(contact: WaitingContact): AgentSlot | undefined {
    let best: AgentSlot | undefined;
    for (const agent of this.agents.values()) {
      if (!canTake(agent, contact)) continue;
      if (best === undefined || agentOrder(contact, agent, best) < 0) best = agent;
    }
    return best;
  }

  /** `skip`: asked only of contacts the agent could take (one some other step is moving now). */
  bestContactFor(agent: AgentSlot, skip?: (contact: WaitingContact) => boolean): WaitingContact | undefined {
    let best: WaitingContact | undefined;
    for (const contact of this.waiting.values()) {
      if (!canTake(agent, contact) || skip?.(contact)) continue;
      if (best === undefined || contactOrder(agent.id, contact, best) < 0) best = contact;
    }
    return best;
  }

  /** Waiting contacts per queue (transfer targets, the lead's console). */
  waitingByQueue(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const c of this.waiting.values()) counts.set(c.queueId, (counts.get(c.queueId) ?? 0) + 1);
    return counts;
  }
}

/** The table's view of a queued contact row. */
export const waitingOf = (row: ContactRow): WaitingContact => ({
  id: row.id,
  channel: row.channel,
  queueId: row.queueId,
  language: row.language,
  priority: row.priority,
  urgent: row.urgent,
  queuedAt: row.queuedAt.getTime(),
  targetAgentId: row.targetAgentId,
  skippedBy: row.skippedBy,
});
