import type { AgentStatus } from '../../shared/schemas/auth.js';

export interface PresenceBroadcastDeps {
  /** At once: the agent's own desktops and the team leads'. */
  toAgentAndLeads: (status: AgentStatus) => void;
  /** Batched: everyone's desktops, the latest status of each agent who changed. */
  toAll: (statuses: AgentStatus[]) => void;
  /** How long changes are gathered before the batch goes to everyone (default 500 ms). */
  windowMs?: number;
}

/**
 * Presence changes, sent so that 500 desktops stay cheap: the agent who changed and the leads
 * hear it at once (`agent.state-changed`); every desktop hears all changes of the last
 * `windowMs` as one `agents.presence` batch. One change per contact move, broadcast to every
 * desktop one by one, was O(agents × changes) socket writes and saturated the gateway.
 */
export class PresenceBroadcast {
  private readonly pending = new Map<string, AgentStatus>();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly deps: PresenceBroadcastDeps) {}

  publish(status: AgentStatus): void {
    this.deps.toAgentAndLeads(status);
    this.pending.set(status.agentId, status);
    if (this.timer !== null) return;
    this.timer = setTimeout(() => this.flush(), this.deps.windowMs ?? 500);
    this.timer.unref();
  }

  /** Sends what is pending now (and on close, so no change is left unsent). */
  flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.pending.size === 0) return;
    const statuses = [...this.pending.values()];
    this.pending.clear();
    this.deps.toAll(statuses);
  }
}
