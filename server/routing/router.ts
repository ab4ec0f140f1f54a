import type { Logger } from 'pino';
import type { AgentState } from '../../shared/domain.js';
import type { AgentStatus } from '../../shared/schemas/auth.js';
import type { ContactOffer } from '../../shared/schemas/contact.js';
import type { ServerEventName, ServerEventPayload } from '../../shared/schemas/socket.js';
import type { Db } from '../db/client.js';
import { customerExists } from '../contacts/customer-search.js';
import { auditEvents } from '../db/schema.js';
import {
  linkContactToCustomer,
  markEnded,
  markOffered,
  offeredTo,
  oldestQueued,
  toContact,
  type ContactRow,
} from '../contacts/contact-repository.js';
import { loadCandidates, loadPop, type PopContext } from '../pop/pop-repository.js';

export interface RoutedAgent {
  id: string;
  displayName: string;
  queues: readonly string[];
}

interface Presence extends RoutedAgent {
  state: AgentState;
  since: Date;
  sockets: Set<string>;
  ready: boolean;
  /** The contact this agent holds (offered), and whose customer it is. */
  contactId: string | null;
  customerId: string | null;
}

export type EmitToAgent = <E extends ServerEventName>(agentId: string, event: E, payload: ServerEventPayload<E>) => void;

export interface RouterDeps {
  db: Db;
  log: Logger;
  emit: EmitToAgent;
  popContext: (agentName: string) => PopContext;
  now?: () => Date;
}

export class RoutingError extends Error {
  constructor(
    readonly code: 'not_found' | 'conflict',
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/**
 * Minimal routing for one gateway node: a queued contact goes to the longest-idle available
 * agent of its queue; with none available it waits and goes to the next agent who becomes
 * available. Every change runs one at a time, so a contact is never offered twice.
 */
export class Router {
  private readonly presence = new Map<string, Presence>();
  private tail: Promise<unknown> = Promise.resolve();
  private readonly now: () => Date;

  constructor(private readonly deps: RouterDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /** Runs `fn` after every change before it; errors reach the caller but not the queue. */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.tail.then(fn, fn);
    this.tail = next.catch(() => undefined);
    return next;
  }

  attach(agent: RoutedAgent, socketId: string): void {
    const p = this.presence.get(agent.id);
    if (p) {
      p.sockets.add(socketId);
      return;
    }
    this.presence.set(agent.id, {
      ...agent,
      state: 'offline',
      since: this.now(),
      sockets: new Set([socketId]),
      ready: false,
      contactId: null,
      customerId: null,
    });
  }

  detach(agentId: string, socketId: string): Promise<void> {
    return this.serial(async () => {
      const p = this.presence.get(agentId);
      if (!p) return;
      p.sockets.delete(socketId);
      if (p.sockets.size > 0) return;
      p.ready = false;
      this.setState(p, 'offline');
      await Promise.resolve();
    });
  }

  /** The desktop is listening: re-send what it holds, then offer the next waiting contact. */
  ready(agentId: string): Promise<AgentStatus> {
    return this.serial(async () => {
      const p = this.mustGet(agentId);
      p.ready = true;
      const held = await offeredTo(this.deps.db, agentId);
      for (const row of held) await this.push(p, row);
      const last = held.at(-1);
      if (last) {
        p.contactId = last.id;
        p.customerId = last.customerId;
        this.setState(p, 'busy');
      } else if (p.state === 'offline') {
        this.setState(p, 'available');
      }
      await this.pull(p);
      return this.status(p);
    });
  }

  setAvailability(agentId: string, state: 'available' | 'away'): Promise<AgentStatus> {
    return this.serial(async () => {
      const p = this.mustGet(agentId);
      if (p.contactId) throw new RoutingError('conflict', 'End the current contact first');
      this.setState(p, state);
      await this.pull(p);
      return this.status(p);
    });
  }

  endContact(agentId: string, contactId: string): Promise<void> {
    return this.serial(async () => {
      const p = this.mustGet(agentId);
      const ended = await markEnded(this.deps.db, contactId, agentId, this.now());
      if (!ended) throw new RoutingError('not_found', `Contact ${contactId} is not offered to you`);
      this.deps.emit(agentId, 'contact.ended', { contactId });
      if (p.contactId === contactId) {
        p.contactId = null;
        p.customerId = null;
        this.setState(p, 'available');
      }
      await this.pull(p);
    });
  }

  /**
   * The agent links the contact it holds to a customer (from the picker or a search): stored,
   * audited, and offered again with the customer's pop so the desktop paints it.
   */
  linkCustomer(agentId: string, contactId: string, customerId: string): Promise<void> {
    return this.serial(async () => {
      const p = this.mustGet(agentId);
      const { db } = this.deps;
      if (!(await customerExists(db, customerId))) {
        throw new RoutingError('not_found', `No customer "${customerId}"`, 'customerId');
      }
      const linked = await linkContactToCustomer(db, contactId, agentId, customerId);
      if (!linked) throw new RoutingError('not_found', `Contact ${contactId} is not offered to you`, 'contactId');
      await db.insert(auditEvents).values({ actor: agentId, action: 'contact.linked', customerId, detail: { contactId } });
      if (p.contactId === contactId) p.customerId = customerId;
      await this.push(p, linked);
    });
  }

  /** A new contact arrived: offer it to an available agent of its queue, if any. */
  contactQueued(row: ContactRow): Promise<void> {
    return this.serial(async () => {
      const agent = this.pickAgent(row.queueId);
      if (agent) await this.offer(agent, row);
    });
  }

  /** Agents whose screen shows this customer now (for live timeline updates). */
  /** Customers on some desktop's screen right now. */
  customersViewed(): string[] {
    return [...new Set([...this.presence.values()].flatMap((p) => (p.customerId === null ? [] : [p.customerId])))];
  }

  agentsViewing(customerId: string): string[] {
    return [...this.presence.values()].filter((p) => p.customerId === customerId).map((p) => p.id);
  }

  private pickAgent(queueId: string): Presence | undefined {
    return [...this.presence.values()]
      .filter((p) => p.ready && p.state === 'available' && p.contactId === null && p.queues.includes(queueId))
      .sort((a, b) => a.since.getTime() - b.since.getTime())[0];
  }

  private async pull(p: Presence): Promise<void> {
    if (!p.ready || p.state !== 'available' || p.contactId) return;
    const row = await oldestQueued(this.deps.db, p.queues);
    if (row) await this.offer(p, row);
  }

  private async offer(p: Presence, row: ContactRow): Promise<void> {
    const offered = await markOffered(this.deps.db, row.id, p.id, this.now());
    if (!offered) return;
    p.contactId = offered.id;
    p.customerId = offered.customerId;
    this.setState(p, 'busy');
    await this.push(p, offered);
    this.deps.log.info({ contactId: offered.id, agentId: p.id, match: offered.match }, 'contact offered');
  }

  private async push(p: Presence, row: ContactRow): Promise<void> {
    const { db } = this.deps;
    const context = this.deps.popContext(p.displayName);
    const [pop, candidates] = await Promise.all([
      row.customerId ? loadPop(db, row.customerId, context) : Promise.resolve(null),
      row.match === 'many' ? loadCandidates(db, row.candidateIds) : Promise.resolve([]),
    ]);
    const offer: ContactOffer = { contact: toContact(row), pop, candidates };
    this.deps.emit(p.id, 'contact.offered', offer);
  }

  private setState(p: Presence, state: AgentState): void {
    if (p.state === state) return;
    p.state = state;
    p.since = this.now();
    this.deps.emit(p.id, 'agent.state-changed', this.status(p));
  }

  private status(p: Presence): AgentStatus {
    return { agentId: p.id, state: p.state, since: p.since.toISOString() };
  }

  private mustGet(agentId: string): Presence {
    const p = this.presence.get(agentId);
    if (!p) throw new RoutingError('not_found', 'Agent is not connected');
    return p;
  }
}
