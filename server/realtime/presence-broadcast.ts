import type { AgentStatus } from '../../shared/schemas/auth.js';

export interface PresenceBroadcastDeps {
  /** At once: the agent's own desktops. */
  toAgent: (status: AgentStatus) => void;
  /** Batched: the desktops that show presence, the latest status of each agent who changed. */
  toWatchers: (statuses: AgentStatus[]) => void;
  /** How long changes are gathered before the batch goes out (default 500 ms). */
  windowMs?: number;
}

/**
 * Presence changes, sent so that 500 desktops stay cheap: the agent who changed hears it at once
 * (`agent.state-changed`); the desktops that show presence (a transfer or consult list) hear all
 * changes of the last `windowMs` as one `agents.presence` batch. Team leads are no exception: the
 * console's agents grid has its own push, so every agent's every change to every lead (100 a
 * second under bench:console's load) was work for the gateway and the lead's page, for nothing.
 */
export class PresenceBroadcast {
  private readonly pending = new Map<string, AgentStatus>();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly deps: PresenceBroadcastDeps) {}

  publish(status: AgentStatus): void {
    this.deps.toAgent(status);
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
    this.deps.toWatchers(statuses);
  }
}
