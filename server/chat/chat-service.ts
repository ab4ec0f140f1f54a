import type { Logger } from 'pino';
import type { ChatAttachment, ChatMessage } from '../../shared/schemas/chat.js';
import type { Touchpoint } from '../../shared/schemas/touchpoint.js';
import type { CustomerServerEventName, CustomerServerEventPayload } from '../../shared/schemas/customer-socket.js';
import type { ServerEventPayload } from '../../shared/schemas/socket.js';
import type { AuthenticatedAgent } from '../auth/agent-repository.js';
import { findContact } from '../contacts/contact-repository.js';
import type { Db } from '../db/client.js';
import type { EmitToAgent, Router } from '../routing/router.js';
import { RoutingError } from '../routing/routing-error.js';
import { and, eq } from 'drizzle-orm';
import { contactEvents } from '../db/schema.js';
import { flightKey, SingleFlight } from '../idempotency/single-flight.js';
import { findMessageByKey, insertChatMessage, loadTranscript } from './chat-repository.js';

export type EmitToCustomer = <E extends CustomerServerEventName>(
  contactId: string,
  event: E,
  payload: CustomerServerEventPayload<E>,
) => void;

/**
 * A contact's messages and typing, for the leads silently monitoring it. `exceptAgentId`: the
 * agent holding the chat, who was sent it already.
 */
export type EmitToMonitors = <E extends 'chat.message' | 'chat.typing'>(
  contactId: string,
  event: E,
  payload: ServerEventPayload<E>,
  exceptAgentId: string | null,
) => void;

export interface ChatServiceDeps {
  db: Db;
  log: Logger;
  router: () => Router;
  toAgent: EmitToAgent;
  toCustomer: EmitToCustomer;
  /** A message went on a known customer's timeline, as this touchpoint. */
  onTimeline: (customerId: string, touchpoint: Touchpoint, message: ChatMessage) => void;
  /** Every stored message, matched customer or not (the leads' escalation alert listens here). */
  onStored?: (message: ChatMessage, customerId: string | null) => void;
  now?: () => Date;
}

interface Draft {
  text: string;
  attachments: ChatAttachment[];
}

type Author = Pick<AuthenticatedAgent, 'id' | 'displayName'>;

/** Chat messages both ways, typing indicators and transcripts, with ownership checked. */
export class ChatService {
  private readonly now: () => Date;
  private toMonitors: EmitToMonitors = () => undefined;
  /** Keyed agent sends being applied on this node (a duplicate waits for the first). */
  private readonly sending = new SingleFlight<ChatMessage>();

  constructor(private readonly deps: ChatServiceDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /** Leads monitoring a chat get its messages and typing both ways too (wired by the console). */
  mirrorTo(emit: EmitToMonitors): void {
    this.toMonitors = emit;
  }

  /**
   * An agent writes into a chat they are connected to. With an idempotency key the message is
   * stored once per agent and key: a repeat (a resend after a lost acknowledgement, even after the
   * chat ended) answers the stored message with its key and sends nothing to anyone again.
   */
  agentSend(agent: Author, contactId: string, draft: Draft & { idempotencyKey?: string | undefined }): Promise<ChatMessage> {
    const key = draft.idempotencyKey;
    if (key === undefined) return this.sendNew(agent, contactId, draft, undefined);
    return this.sending.run(flightKey(agent.id, key), async () => {
      const earlier = await findMessageByKey(this.deps.db, agent.id, key);
      if (earlier) return this.replay(earlier, contactId, key);
      return this.sendNew(agent, contactId, draft, key);
    });
  }

  private async sendNew(agent: Author, contactId: string, draft: Draft, key: string | undefined): Promise<ChatMessage> {
    await this.mustOwnActiveChat(agent.id, contactId);
    const { message, replayed } = await this.store(contactId, 'agent', agent, draft, key);
    // Another node stored this key first (and told everyone): answer what it stored.
    if (replayed) return this.replay(message, contactId, key);
    // The key goes back to the agent's own desktops only: it matches their pending bubble.
    const own = key === undefined ? message : { ...message, idempotencyKey: key };
    this.deps.toCustomer(contactId, 'chat.message', message);
    this.deps.toAgent(agent.id, 'chat.message', own);
    this.toMonitors(contactId, 'chat.message', message, agent.id);
    return own;
  }

  private replay(stored: ChatMessage, contactId: string, key: string | undefined): ChatMessage {
    if (stored.contactId !== contactId) {
      throw new RoutingError('conflict', 'This idempotency key was already used for another chat', 'idempotencyKey');
    }
    return key === undefined ? stored : { ...stored, idempotencyKey: key };
  }

  /**
   * The customer writes; their agent sees it at once, or when the chat is offered. The opening
   * message is stored before the chat is routed (`beforeRouting`).
   */
  async customerSend(contactId: string, draft: Draft, options: { beforeRouting?: boolean } = {}): Promise<ChatMessage> {
    const live = options.beforeRouting ? { state: 'queued' as const, ownerId: null } : this.deps.router().liveState(contactId);
    if (live === null || live.state === 'wrap_up') throw new RoutingError('conflict', 'This chat has ended');
    const { message } = await this.store(contactId, 'customer', null, draft);
    this.deps.toCustomer(contactId, 'chat.message', message);
    if (live.ownerId !== null) this.deps.toAgent(live.ownerId, 'chat.message', message);
    this.toMonitors(contactId, 'chat.message', message, live.ownerId);
    return message;
  }

  async agentTyping(agentId: string, contactId: string, typing: boolean): Promise<void> {
    await this.mustOwnActiveChat(agentId, contactId);
    this.deps.toCustomer(contactId, 'chat.typing', { typing });
    this.toMonitors(contactId, 'chat.typing', { contactId, typing, from: 'agent' }, agentId);
  }

  customerTyping(contactId: string, typing: boolean): void {
    const live = this.deps.router().liveState(contactId);
    if (live?.ownerId) this.deps.toAgent(live.ownerId, 'chat.typing', { contactId, typing });
    this.toMonitors(contactId, 'chat.typing', { contactId, typing, from: 'customer' }, live?.ownerId ?? null);
  }

  /**
   * The whole transcript (including what was said before a transfer), for the agent holding the
   * chat, an agent who held it before, or a team lead.
   */
  async transcript(agent: Pick<AuthenticatedAgent, 'id' | 'role'>, contactId: string): Promise<ChatMessage[]> {
    const contact = await findContact(this.deps.db, contactId);
    if (!contact) throw new RoutingError('not_found', `No contact "${contactId}"`, 'contactId');
    const router = this.deps.router();
    const holds = router.liveState(contactId)?.ownerId === agent.id || router.transferTarget(contactId) === agent.id;
    if (!holds && agent.role !== 'lead' && agent.role !== 'admin' && !(await this.handledBefore(agent.id, contactId))) {
      throw new RoutingError('forbidden', `Contact ${contactId} is not yours`, 'contactId');
    }
    return loadTranscript(this.deps.db, contactId);
  }

  private async handledBefore(agentId: string, contactId: string): Promise<boolean> {
    const rows = await this.deps.db
      .select({ id: contactEvents.id })
      .from(contactEvents)
      .where(and(eq(contactEvents.contactId, contactId), eq(contactEvents.agentId, agentId), eq(contactEvents.action, 'accept')))
      .limit(1);
    return rows.length > 0;
  }

  private async mustOwnActiveChat(agentId: string, contactId: string): Promise<void> {
    const live = this.deps.router().liveState(contactId);
    if (live === null) {
      const known = await findContact(this.deps.db, contactId);
      throw known
        ? new RoutingError('conflict', `Chat ${contactId} has ended`, 'contactId')
        : new RoutingError('not_found', `No contact "${contactId}"`, 'contactId');
    }
    if (live.ownerId !== agentId) throw new RoutingError('forbidden', `Contact ${contactId} is not yours`, 'contactId');
    if (live.state !== 'active') {
      throw new RoutingError('conflict', live.state === 'offered' ? 'Accept the chat first' : `Chat ${contactId} has ended`, 'contactId');
    }
  }

  private async store(
    contactId: string,
    sender: 'agent' | 'customer',
    agent: Author | null,
    draft: Draft,
    idempotencyKey?: string,
  ): Promise<{ message: ChatMessage; replayed: boolean }> {
    // The router knows the contacts agents hold; only a chat still waiting is read from the database.
    const held = this.deps.router().heldContact(contactId);
    const contact = held ? { id: contactId, ...held } : await findContact(this.deps.db, contactId);
    if (!contact) throw new RoutingError('not_found', `No contact "${contactId}"`, 'contactId');
    if (contact.channel !== 'chat') throw new RoutingError('validation_failed', `Contact ${contactId} is a call, not a chat`, 'contactId');
    const { message, touchpoint, replayed } = await insertChatMessage(this.deps.db, {
      contact,
      sender,
      authorId: agent?.id ?? null,
      authorName: agent?.displayName ?? null,
      text: draft.text,
      attachments: draft.attachments,
      at: this.now(),
      idempotencyKey,
    });
    if (replayed) return { message, replayed };
    if (contact.customerId !== null && touchpoint !== null) this.deps.onTimeline(contact.customerId, touchpoint, message);
    this.deps.onStored?.(message, contact.customerId);
    return { message, replayed };
  }
}
