import type { AwayReason, ContactChannel, ContactState } from '../../shared/domain.js';
import type { AgentStatus } from '../../shared/schemas/auth.js';
import type { ContactOffer } from '../../shared/schemas/contact.js';
import type { ServerEventPayload } from '../../shared/schemas/socket.js';
import { loadAgentProfiles } from '../auth/agent-repository.js';
import { answeredTouchpoint } from '../contacts/contact-history.js';
import { openContacts, toContact, type ContactRow } from '../contacts/contact-repository.js';
import { transitionContact, type TransitionRequest } from '../contacts/contact-transitions.js';
import { touchpoints } from '../db/schema.js';
import { loadCandidates, loadPop } from '../pop/pop-repository.js';
import { derivedState, newPresence, recount, statusOf, type Presence } from './presence.js';
import { RoutingError } from './routing-error.js';
import type { RoutedAgent, RouterDeps } from './router-deps.js';
import { RoutingTable, waitingOf, type WaitingContact } from './routing-table.js';

/**
 * Routing for one gateway node. Decisions come from the in-memory RoutingTable; every contact
 * move is a lifecycle transition persisted with its time. Changes run one at a time, so a contact
 * is never offered twice and two agents never both own one.
 */
export abstract class RouterCore {
  readonly table = new RoutingTable();
  protected readonly presence = new Map<string, Presence>();
  private readonly ringTimers = new Map<string, NodeJS.Timeout>();
  private tail: Promise<unknown> = Promise.resolve();
  protected readonly now: () => Date;

  constructor(protected readonly deps: RouterDeps) {
    this.now = deps.now ?? (() => new Date());
    this.table.waiting.onChange = deps.onWaitingChanged;
  }

  /** Runs `fn` after every change before it; errors reach the caller but not the queue. */
  protected serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.tail.then(fn, fn);
    this.tail = next.catch(() => undefined);
    return next;
  }

  /** Loads agents and unfinished contacts; offers that rang out while down go back to the queue. */
  start(): Promise<void> {
    return this.serial(async () => {
      await this.loadAgents();
      for (let row of await openContacts(this.deps.db)) {
        // A warm transfer ringing when the gateway stopped rang out with it.
        if (row.pendingTransfer && row.offeredTo) {
          row = await this.move({
            contactId: row.id,
            action: 'cancel_transfer',
            at: this.now(),
            actor: null,
            owner: row.offeredTo,
            set: { pendingTransfer: null },
            detail: { reason: 'restart' },
          });
        }
        if (row.state === 'queued') this.table.waiting.set(row.id, waitingOf(row));
        else if (row.offeredTo) this.hold(row.offeredTo, row);
        if (row.state === 'offered' && row.offeredTo) this.armRing(row.id, row.offeredTo, row.ringDeadline);
      }
    });
  }

  /** Agents added or changed (a seed): merge, keeping who is connected. */
  reloadAgents(): Promise<void> {
    return this.serial(() => this.loadAgents());
  }

  private async loadAgents(): Promise<void> {
    const capacity = this.deps.settings().chatCapacity;
    for (const profile of await loadAgentProfiles(this.deps.db)) {
      const fresh = newPresence(profile, capacity, this.now());
      const known = this.presence.get(profile.id);
      if (known) {
        Object.assign(known, { displayName: profile.displayName, role: profile.role, queues: profile.queues });
        Object.assign(known.slot, { queues: fresh.slot.queues, languages: fresh.slot.languages, chatCapacity: fresh.slot.chatCapacity, role: profile.role });
        continue;
      }
      this.presence.set(profile.id, fresh);
      this.table.agents.set(profile.id, fresh.slot);
    }
  }

  attach(agent: RoutedAgent, socketId: string): void {
    this.presence.get(agent.id)?.sockets.add(socketId);
  }

  /** The desktop is gone (closed, or missed heartbeats): ringing offers go to someone else. */
  detach(agentId: string, socketId: string): Promise<void> {
    return this.serial(async () => {
      const p = this.presence.get(agentId);
      if (!p) return;
      p.sockets.delete(socketId);
      if (p.sockets.size > 0) return;
      p.slot.ready = false;
      for (const [contactId, held] of [...p.held]) {
        if (held.state === 'offered') await this.ringOut(contactId, agentId, 'offline');
      }
      this.refresh(p);
    });
  }

  /** The desktop is listening: re-send what it holds, then offer what waits. */
  ready(agentId: string): Promise<AgentStatus> {
    return this.serial(async () => {
      const p = this.presence.get(agentId);
      if (!p) throw new RoutingError('not_found', 'Unknown or disabled agent');
      p.slot.ready = true;
      for (const row of await this.heldRows(p)) this.push(p, row);
      this.refresh(p);
      await this.fill(p);
      return statusOf(p);
    });
  }

  setAvailability(agentId: string, state: 'available' | 'away', reason?: AwayReason): Promise<AgentStatus> {
    return this.serial(async () => {
      const p = this.mustGet(agentId);
      p.away = state === 'away' ? (reason ?? 'break') : null;
      this.refresh(p);
      await this.fill(p);
      return statusOf(p);
    });
  }

  /** A new contact arrived: offer it to the best agent free for it, or let it wait. */
  contactQueued(row: ContactRow): Promise<void> {
    return this.serial(async () => {
      const waiting = waitingOf(row);
      this.table.waiting.set(row.id, waiting);
      await this.dispatch(waiting);
    });
  }

  accept(agentId: string, contactId: string): Promise<ContactRow> {
    return this.serial(async () => {
      const p = this.mustGet(agentId);
      const now = this.now();
      const row = await this.move({
        contactId,
        action: 'accept',
        at: now,
        actor: agentId,
        owner: agentId,
        set: { acceptedAt: now, ringDeadline: null },
      });
      this.disarmRing(contactId);
      this.hold(agentId, row);
      this.refresh(p);
      this.deps.emit(agentId, 'contact.updated', toContact(row));
      if (row.channel === 'chat') this.deps.notifyCustomer(row.id, { state: 'connected', agentName: p.displayName });
      if (row.customerId !== null) {
        const [written] = await this.deps.db
          .insert(touchpoints)
          .values(answeredTouchpoint({ ...row, customerId: row.customerId }, p.displayName, now))
          .onConflictDoNothing()
          .returning({ id: touchpoints.id });
        if (written) this.deps.onTimeline(row.customerId, [written.id]);
      }
      return row;
    });
  }

  decline(agentId: string, contactId: string): Promise<void> {
    return this.serial(async () => {
      const p = this.mustGet(agentId);
      const row = await this.move({
        contactId,
        action: 'decline',
        at: this.now(),
        actor: agentId,
        owner: agentId,
        set: (r) => ({ offeredTo: null, ringDeadline: null, skippedBy: [...r.skippedBy, agentId] }),
      });
      this.disarmRing(contactId);
      this.release(p, row, 'declined');
      await this.requeue(row);
      await this.fill(p);
    });
  }

  /** Agents whose screen shows this customer now (for live timeline updates). */
  agentsViewing(customerId: string): string[] {
    return [...this.presence.values()].filter((p) => this.viewing(p).has(customerId)).map((p) => p.id);
  }

  /** Customers on some desktop's screen right now. */
  customersViewed(): string[] {
    return [...new Set([...this.presence.values()].flatMap((p) => [...this.viewing(p)]))];
  }

  private readonly customerOf = new Map<string, string>();
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

  close(): void {
    for (const timer of this.ringTimers.values()) clearTimeout(timer);
    this.ringTimers.clear();
  }

  // ── Internals shared with the transfer and wrap-up steps ─────────────────────────────────────

  protected async move(req: TransitionRequest): Promise<ContactRow> {
    const row = await transitionContact(this.deps.db, req);
    this.deps.onContactMoved?.();
    return row;
  }

  protected mustGet(agentId: string): Presence {
    const p = this.presence.get(agentId);
    if (!p?.slot.ready) throw new RoutingError('not_found', 'Agent is not connected');
    return p;
  }

  protected presenceOf(agentId: string): Presence | undefined {
    return this.presence.get(agentId);
  }

  protected hold(agentId: string, row: ContactRow): void {
    const p = this.presence.get(agentId);
    if (!p) return;
    p.held.set(row.id, { channel: row.channel, state: row.state });
    if (row.customerId) this.customerOf.set(row.id, row.customerId);
    recount(p);
  }

  /** The contact leaves this agent's desktop, with the reason. */
  protected release(p: Presence, row: ContactRow, reason: ServerEventPayload<'contact.ended'>['reason']): void {
    p.held.delete(row.id);
    this.customerOf.delete(row.id);
    this.refresh(p);
    this.deps.emit(p.id, 'contact.ended', { contactId: row.id, reason });
  }

  /** Recomputes the agent's presence and tells everyone when it changed. */
  protected refresh(p: Presence): void {
    recount(p);
    const state = derivedState(p);
    if (state === p.state) return;
    p.state = state;
    p.since = this.now();
    if (state === 'available') p.slot.freeSince = p.since.getTime();
    this.deps.broadcastStatus(statusOf(p));
  }

  protected async requeue(row: ContactRow): Promise<void> {
    const waiting = waitingOf(row);
    this.table.waiting.set(row.id, waiting);
    await this.dispatch(waiting);
  }

  /**
   * Offers a waiting contact to the best agent free for it. Not back to an agent who just let it
   * go while nobody else can take it: it waits, and comes back to them after their next contact.
   */
  private async dispatch(waiting: WaitingContact): Promise<void> {
    const slot = this.table.bestAgentFor(waiting);
    if (!slot || waiting.skippedBy.includes(slot.id)) return;
    const p = this.presence.get(slot.id);
    if (p) await this.offer(p, waiting);
  }

  /** Offers the agent what waits for them, as long as they have room. */
  protected async fill(p: Presence): Promise<void> {
    for (;;) {
      const waiting = this.table.bestContactFor(p.slot);
      if (!waiting) return;
      if (!(await this.offer(p, waiting))) continue;
    }
  }

  private async offer(p: Presence, waiting: WaitingContact): Promise<boolean> {
    this.table.waiting.delete(waiting.id);
    const now = this.now();
    const ringDeadline = new Date(now.getTime() + this.deps.settings().ringTimeoutSeconds * 1000);
    let row: ContactRow;
    try {
      row = await this.move({
        contactId: waiting.id,
        action: 'offer',
        at: now,
        actor: null,
        set: { offeredTo: p.id, offeredAt: now, ringDeadline, targetAgentId: null },
        detail: { agentId: p.id },
      });
    } catch (error) {
      if (error instanceof RoutingError) return false; // gone meanwhile (abandoned): skip it
      throw error;
    }
    this.hold(p.id, row);
    this.refresh(p);
    this.armRing(row.id, p.id, ringDeadline);
    this.push(p, row);
    this.deps.log.info({ contactId: row.id, agentId: p.id, priority: row.priority }, 'contact offered');
    return true;
  }

  protected armRing(contactId: string, agentId: string, deadline: Date | null): void {
    this.disarmRing(contactId);
    const ms = Math.max(0, (deadline?.getTime() ?? 0) - this.now().getTime());
    const timer = setTimeout(() => {
      this.ringTimers.delete(contactId);
      this.serial(() => this.ringOut(contactId, agentId, 'no_answer')).catch((error: unknown) => {
        this.deps.log.error({ err: error, contactId }, 'ring timeout failed');
      });
    }, ms);
    timer.unref();
    this.ringTimers.set(contactId, timer);
  }

  protected disarmRing(contactId: string): void {
    const timer = this.ringTimers.get(contactId);
    if (timer) clearTimeout(timer);
    this.ringTimers.delete(contactId);
  }

  /** An offer rang out (no answer, or the desktop vanished): the next agent gets it. */
  protected async ringOut(contactId: string, agentId: string, why: 'no_answer' | 'offline'): Promise<void> {
    const p = this.presence.get(agentId);
    if (this.transferPendingTo(contactId) === agentId) return this.ringOutTransfer(contactId);
    if (p?.held.get(contactId)?.state !== 'offered') return;
    this.disarmRing(contactId);
    const row = await this.move({
      contactId,
      action: 'ring_timeout',
      at: this.now(),
      actor: null,
      owner: agentId,
      set: (r) => ({ offeredTo: null, ringDeadline: null, skippedBy: [...r.skippedBy, agentId] }),
      detail: { agentId, why },
    });
    // An agent who lets an offer ring out is probably not at the desk: no more offers until back.
    if (why === 'no_answer') p.away = 'missed_offer';
    this.release(p, row, 'ring_timeout');
    await this.requeue(row);
  }

  // Warm transfers are the Router's (router.ts); the core respects them through these.
  /** The agent a warm transfer of this contact rings at, if any. */
  protected abstract transferPendingTo(contactId: string): string | null;
  /** A warm transfer rang out at the receiving agent. */
  protected abstract ringOutTransfer(contactId: string): Promise<void>;

  private async heldRows(p: Presence): Promise<ContactRow[]> {
    const rows = await openContacts(this.deps.db);
    return rows.filter((r) => p.held.has(r.id));
  }

  /** Sends the offer with the whole pop; outside the routing queue, so a slow pop delays nobody. */
  protected push(p: Presence, row: ContactRow): void {
    const { db } = this.deps;
    const context = this.deps.popContext(p.displayName);
    void Promise.all([
      row.customerId ? loadPop(db, row.customerId, context) : Promise.resolve(null),
      row.match === 'many' ? loadCandidates(db, row.candidateIds) : Promise.resolve([]),
    ])
      .then(([pop, candidates]) => {
        const offer: ContactOffer = { contact: toContact(row), pop, candidates };
        this.deps.emit(p.id, 'contact.offered', offer);
      })
      .catch((error: unknown) => this.deps.log.error({ err: error, contactId: row.id }, 'offer push failed'));
  }
}
