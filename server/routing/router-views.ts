import type { ContactChannel, ContactState } from '../../shared/domain.js';
import type { AgentStatus } from '../../shared/schemas/auth.js';
import { statusOf, type Presence } from './presence.js';
import { RoutingTable } from './routing-table.js';

/**
 * What routing knows, read from memory without waiting for the routing queue: who shows which
 * customer, who holds a contact and in which state, every agent's presence. RouterCore moves
 * contacts; these only look.
 */
export abstract class RouterViews {
  readonly table = new RoutingTable();
  protected readonly presence = new Map<string, Presence>();
  /** The customer of each held contact (once known). */
  protected readonly customerOf = new Map<string, string>();

  /** The agent a warm transfer of this contact rings at, if any. */
  protected abstract transferPendingTo(contactId: string): string | null;

  /** Agents whose screen shows this customer now (for live timeline updates). */
  agentsViewing(customerId: string): string[] {
    return [...this.presence.values()].filter((p) => this.viewing(p).has(customerId)).map((p) => p.id);
  }

  /** Customers on some desktop's screen right now. */
  customersViewed(): string[] {
    return [...new Set([...this.presence.values()].flatMap((p) => [...this.viewing(p)]))];
  }

  private viewing(p: Presence): Set<string> {
    const ids = new Set<string>();
    for (const contactId of p.held.keys()) {
      const customerId = this.customerOf.get(contactId);
      if (customerId) ids.add(customerId);
    }
    return ids;
  }

  /** A contact some agent holds, from memory: its channel and customer (null until linked). */
  heldContact(contactId: string): { channel: ContactChannel; customerId: string | null } | null {
    for (const p of this.presence.values()) {
      const held = p.held.get(contactId);
      if (held) return { channel: held.channel, customerId: this.customerOf.get(contactId) ?? null };
    }
    return null;
  }

  statuses(): AgentStatus[] {
    return [...this.presence.values()].map(statusOf);
  }

  status(agentId: string): AgentStatus | null {
    const p = this.presence.get(agentId);
    return p ? statusOf(p) : null;
  }

  /**
   * Who holds a contact now and in which state, from memory (chat delivery is on the hot path):
   * `queued` with no owner while it waits; null once finished or unknown. A warm transfer's
   * receiving agent is not the owner until they accept.
   */
  liveState(contactId: string): { state: ContactState; ownerId: string | null } | null {
    if (this.table.waiting.has(contactId)) return { state: 'queued', ownerId: null };
    for (const p of this.presence.values()) {
      const held = p.held.get(contactId);
      if (held && this.transferPendingTo(contactId) !== p.id) return { state: held.state, ownerId: p.id };
    }
    return null;
  }
}
