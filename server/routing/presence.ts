import type { AgentRole, AgentState, AwayReason, ContactChannel, ContactState, Language } from '../../shared/domain.js';
import type { AgentStatus } from '../../shared/schemas/auth.js';
import type { AgentSlot } from './routing-table.js';

export interface HeldContact {
  channel: ContactChannel;
  /** Its queue when it was offered (the accept's timeline entry names it). */
  queueId: string;
  state: ContactState;
}

/** One agent as routing sees them: who, their sockets, what they hold, their presence. */
export interface Presence {
  id: string;
  displayName: string;
  role: AgentRole;
  queues: string[];
  slot: AgentSlot;
  sockets: Set<string>;
  /** Chosen by the agent (or `missed_offer`, set by routing); null when not away. */
  away: AwayReason | null;
  state: AgentState;
  since: Date;
  held: Map<string, HeldContact>;
}

export interface AgentProfile {
  id: string;
  displayName: string;
  role: AgentRole;
  queues: string[];
  languages: Language[];
  chatCapacity: number | null;
}

export function newPresence(agent: AgentProfile, defaultChatCapacity: number, now: Date): Presence {
  return {
    id: agent.id,
    displayName: agent.displayName,
    role: agent.role,
    queues: agent.queues,
    slot: {
      id: agent.id,
      role: agent.role,
      queues: new Set(agent.queues),
      languages: new Set(agent.languages),
      chatCapacity: agent.chatCapacity ?? defaultChatCapacity,
      ready: false,
      away: false,
      voice: 0,
      chats: 0,
      freeSince: now.getTime(),
    },
    sockets: new Set(),
    away: null,
    state: 'offline',
    since: now,
    held: new Map(),
  };
}

/** Offline, then away, then on a contact, then wrap-up only, else available. */
export function derivedState(p: Presence): AgentState {
  if (!p.slot.ready) return 'offline';
  if (p.away !== null) return 'away';
  const states = [...p.held.values()].map((h) => h.state);
  if (states.some((s) => s === 'offered' || s === 'active')) return 'on_contact';
  if (states.length > 0) return 'wrap_up';
  return 'available';
}

/** Recounts the routing slot from what the agent holds and whether they are away. */
export function recount(p: Presence): void {
  let voice = 0;
  let chats = 0;
  for (const h of p.held.values()) {
    if (h.channel === 'voice') voice += 1;
    else chats += 1;
  }
  p.slot.voice = voice;
  p.slot.chats = chats;
  p.slot.away = p.away !== null;
}

export function statusOf(p: Presence): AgentStatus {
  return {
    agentId: p.id,
    displayName: p.displayName,
    role: p.role,
    state: p.state,
    reason: p.state === 'away' ? p.away : null,
    since: p.since.toISOString(),
    holding: p.held.size,
    queues: p.queues,
  };
}
