import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { MonitorResponse, Whisper } from '../../shared/schemas/console-actions.js';
import { appendAudit, redactNumbers, SYSTEM_ORIGIN } from '../audit/audit-log.js';
import type { AuthenticatedAgent } from '../auth/agent-repository.js';
import { loadTranscript } from '../chat/chat-repository.js';
import type { EmitToMonitors } from '../chat/chat-service.js';
import { findContact, toContact, type ContactRow } from '../contacts/contact-repository.js';
import type { Db } from '../db/client.js';
import { emitToMonitors, joinMonitor, leaveMonitor, type GatewayIo } from '../realtime/socket-server.js';
import type { EmitToAgent } from '../routing/router-deps.js';
import type { Router } from '../routing/router.js';
import { RoutingError } from '../routing/routing-error.js';

export interface MonitorServiceDeps {
  db: Db;
  log: Logger;
  io: GatewayIo;
  router: Router;
  /** To the agent's own desktops, through their delivery sequence (a whisper must not be lost). */
  toAgent: EmitToAgent;
  now?: () => Date;
}

type Lead = Pick<AuthenticatedAgent, 'id' | 'displayName'>;

const LIVE_STATES: ReadonlySet<string> = new Set(['offered', 'active', 'wrap_up']);

/**
 * A team lead's silent monitoring and whispers. Monitoring puts the lead's desktops in the
 * contact's `monitor:` room, where the chat service mirrors every message and typing signal, both
 * ways; the customer and the agent are not told. A whisper goes to the agent holding the contact
 * and to that room, never to the customer's namespace and never into `chat_messages`, so no
 * transcript or resumed chat can carry it; it is kept in the audit trail only.
 *
 * Who monitors what is kept in memory (one gateway node), so a lead's desktop that reconnects is
 * put back in the rooms of the contacts still live.
 */
export class MonitorService {
  /** Lead → contacts they monitor. */
  private readonly watching = new Map<string, Set<string>>();
  private readonly now: () => Date;

  constructor(private readonly deps: MonitorServiceDeps) {
    this.now = deps.now ?? (() => new Date());
    deps.io.on('connection', (socket) => {
      this.rejoin(socket.data.agent.id);
    });
  }

  /** For ChatService.mirrorTo: a monitored chat's traffic, to its monitors. */
  readonly mirror: EmitToMonitors = (contactId, event, payload, exceptAgentId) => {
    emitToMonitors(this.deps.io, contactId, event, payload, exceptAgentId);
  };

  /** Starts monitoring a live contact: the conversation so far; what follows comes on the socket. */
  async start(lead: Lead, contactId: string, origin = SYSTEM_ORIGIN): Promise<MonitorResponse> {
    const row = await this.mustFind(contactId);
    this.mustBeLive(contactId);
    this.prune(lead.id);
    // Join first, then read: a message sent in between is in both, and the desktop keeps one by id.
    joinMonitor(this.deps.io, lead.id, contactId);
    this.watchesOf(lead.id).add(contactId);
    await this.audit(lead.id, 'console.monitor.start', row, origin);
    this.deps.log.info({ leadId: lead.id, contactId }, 'monitoring started');
    return { contact: toContact(row), messages: await loadTranscript(this.deps.db, contactId) };
  }

  /** Stops monitoring (also when the contact has ended meanwhile). */
  async stop(lead: Lead, contactId: string, origin = SYSTEM_ORIGIN): Promise<void> {
    const row = await this.mustFind(contactId);
    leaveMonitor(this.deps.io, lead.id, contactId);
    this.watching.get(lead.id)?.delete(contactId);
    await this.audit(lead.id, 'console.monitor.stop', row, origin);
    this.deps.log.info({ leadId: lead.id, contactId }, 'monitoring stopped');
  }

  /** Contacts this lead monitors now. */
  monitoring(leadId: string): string[] {
    return [...(this.watching.get(leadId) ?? [])];
  }

  /** A word in the agent's ear: to the agent holding the contact and its monitors, audited. */
  async whisper(lead: Lead, contactId: string, text: string, origin = SYSTEM_ORIGIN): Promise<Whisper> {
    const row = await this.mustFind(contactId);
    const ownerId = this.deps.router.liveState(contactId)?.ownerId ?? null;
    if (ownerId === null)
      throw new RoutingError('conflict', `Nobody is handling contact ${contactId}`, 'contactId');
    const whisper: Whisper = {
      id: `WSP-${randomUUID()}`,
      contactId,
      fromAgentId: lead.id,
      fromName: lead.displayName,
      text,
      sentAt: this.now().toISOString(),
    };
    // No customerId on the row: nothing that reads a customer's trail can come upon it.
    await appendAudit(this.deps.db, {
      actor: lead.id,
      action: 'console.whisper',
      origin,
      at: new Date(whisper.sentAt),
      detail: { id: whisper.id, contactId, text: redactNumbers(text), toAgentId: ownerId, channel: row.channel },
    });
    this.deps.toAgent(ownerId, 'chat.whisper', whisper);
    emitToMonitors(this.deps.io, contactId, 'chat.whisper', whisper, ownerId);
    return whisper;
  }

  private async mustFind(contactId: string): Promise<ContactRow> {
    const row = await findContact(this.deps.db, contactId);
    if (!row) throw new RoutingError('not_found', `No contact "${contactId}"`, 'contactId');
    return row;
  }

  private mustBeLive(contactId: string): void {
    const live = this.deps.router.liveState(contactId);
    if (live === null || !LIVE_STATES.has(live.state)) {
      throw new RoutingError(
        'conflict',
        `Contact ${contactId} is not with an agent now`,
        'contactId',
      );
    }
  }

  private watchesOf(leadId: string): Set<string> {
    let set = this.watching.get(leadId);
    if (!set) {
      set = new Set();
      this.watching.set(leadId, set);
    }
    return set;
  }

  /** Contacts that ended since are dropped (their rooms left). */
  private prune(leadId: string): void {
    for (const contactId of this.watching.get(leadId) ?? []) {
      if (this.deps.router.liveState(contactId) !== null) continue;
      leaveMonitor(this.deps.io, leadId, contactId);
      this.watching.get(leadId)?.delete(contactId);
    }
  }

  private rejoin(agentId: string): void {
    this.prune(agentId);
    for (const contactId of this.watching.get(agentId) ?? [])
      joinMonitor(this.deps.io, agentId, contactId);
  }

  private async audit(actor: string, action: string, row: ContactRow, origin: string): Promise<void> {
    await appendAudit(this.deps.db, {
      actor,
      action,
      customerId: row.customerId,
      origin,
      at: this.now(),
      detail: { contactId: row.id },
    });
  }
}
