import type { AwayReason } from '../../shared/domain.js';
import type { AgentStatus } from '../../shared/schemas/auth.js';
import type { ContactOffer } from '../../shared/schemas/contact.js';
import type { ServerEventPayload } from '../../shared/schemas/socket.js';
import { loadAgentProfiles } from '../auth/agent-repository.js';
import { answeredEntry } from '../contacts/contact-history.js';
import { moveWithTimeline } from '../contacts/timeline-cte.js';
import { openContacts, openContactsAmong, toContact, type ContactRow } from '../contacts/contact-repository.js';
import { notMoved, transitionContact, type TransitionRequest } from '../contacts/contact-transitions.js';
import { loadCandidates, loadPop } from '../pop/pop-repository.js';
import { derivedState, newPresence, recount, statusOf, type Presence } from './presence.js';
import { RoutingError } from './routing-error.js';
import type { RoutedAgent, RouterDeps } from './router-deps.js';
import { waitingOf, type WaitingContact } from './routing-table.js';
import { loadStoredPresence, storePresence } from './presence-store.js';
import { RouterSteps, type Own } from './router-steps.js';

/** How soon a ring timeout that failed (the database away) is tried again. */
const RING_RETRY_MS = 5_000;

/**
 * Routing for one gateway node: decisions from the in-memory RoutingTable, every contact move a
 * persisted lifecycle transition, each change a step on what it touches (RouterSteps), and an
 * agent's seat reserved in memory before its offer is written, so two steps never fill one seat.
 */
export abstract class RouterCore extends RouterSteps {
  private readonly ringTimers = new Map<string, NodeJS.Timeout>();
  /** Agents whose last desktop left, until their ringing offers ring out (the reconnect grace). */
  private readonly graceTimers = new Map<string, NodeJS.Timeout>();
  protected readonly now: () => Date;

  constructor(protected readonly deps: RouterDeps) {
    super(deps.maxConcurrentSteps ?? 16);
    this.now = deps.now ?? (() => new Date());
    this.table.waiting.onChange = deps.onWaitingChanged;
  }

  /** Loads agents and unfinished contacts; offers that rang out while down go back to the queue. */
  start(): Promise<void> {
    return this.exclusive(async () => {
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
    return this.exclusive(() => this.loadAgents());
  }

  private async loadAgents(): Promise<void> {
    const capacity = this.deps.settings().chatCapacity;
    const stored = await loadStoredPresence(this.deps.db);
    for (const profile of await loadAgentProfiles(this.deps.db)) {
      const fresh = newPresence(profile, capacity, this.now());
      const known = this.presence.get(profile.id);
      if (known) {
        Object.assign(known, { displayName: profile.displayName, role: profile.role, queues: profile.queues });
        Object.assign(known.slot, { queues: fresh.slot.queues, languages: fresh.slot.languages, chatCapacity: fresh.slot.chatCapacity, role: profile.role });
        continue;
      }
      // An agent on a break before a restart is still on it after (offline until a desktop connects).
      fresh.away = stored.get(profile.id)?.away ?? null;
      this.presence.set(profile.id, fresh);
      this.table.agents.set(profile.id, fresh.slot);
    }
  }

  attach(agent: RoutedAgent, socketId: string): void {
    this.presence.get(agent.id)?.sockets.add(socketId);
  }

  /**
   * The desktop is gone (closed, reloading, or missed heartbeats): nothing new is offered to the
   * agent, and offers still ringing go to someone else unless a desktop of theirs is back within
   * the reconnect grace (a reload), so an offer made just before a reload still pops after it.
   */
  async detach(agentId: string, socketId: string): Promise<void> {
    const ringNow = await this.step({ agents: [agentId] }, () => {
      const p = this.presence.get(agentId);
      if (!p) return Promise.resolve(false);
      p.sockets.delete(socketId);
      if (p.sockets.size > 0) return Promise.resolve(false);
      p.slot.ready = false;
      this.refresh(p);
      const graceMs = this.deps.reconnectGraceMs ?? 0;
      if (graceMs > 0) this.armGrace(p, graceMs);
      return Promise.resolve(graceMs <= 0);
    });
    if (ringNow) await this.ringOutOffers(agentId);
  }

  private armGrace(p: Presence, graceMs: number): void {
    clearTimeout(this.graceTimers.get(p.id));
    const timer = setTimeout(() => {
      this.graceTimers.delete(p.id);
      this.ringOutOffers(p.id).catch((err: unknown) => this.deps.log.error({ err }, 'routing step failed'));
    }, graceMs);
    timer.unref();
    this.graceTimers.set(p.id, timer);
  }

  /** No desktop of theirs came back: their ringing offers go to the next agent. */
  private async ringOutOffers(agentId: string): Promise<void> {
    const p = this.presence.get(agentId);
    if (!p || p.slot.ready) return;
    const ringing = [...p.held].filter(([, held]) => held.state === 'offered').map(([contactId]) => contactId);
    await Promise.all(
      ringing.map((contactId) =>
        this.agentStep(agentId, contactId, async () => {
          if (!p.slot.ready) await this.ringOut(contactId, agentId, 'offline');
        }),
      ),
    );
  }

  /**
   * The desktop is listening: re-send what it holds, then offer what waits. `snapshot` is called
   * in routing's turn with the contacts the agent holds; when it answers true (the desktop resumed
   * its delivery sequence and lacks nothing), they are not re-sent.
   */
  ready(agentId: string, snapshot?: (held: string[]) => boolean): Promise<AgentStatus> {
    const holding = [...(this.presence.get(agentId)?.held.keys() ?? [])];
    return this.step({ agents: [agentId], contacts: holding }, async (own) => {
      const p = this.presence.get(agentId);
      if (!p) throw new RoutingError('not_found', 'Unknown or disabled agent');
      clearTimeout(this.graceTimers.get(agentId));
      this.graceTimers.delete(agentId);
      p.slot.ready = true;
      // A contact another step is moving for this agent right now reaches the desktop from that step.
      const settled = [...p.held.keys()].filter((id) => !this.movingElsewhere(id, own));
      const rows = await openContactsAmong(this.deps.db, settled);
      const resumed = snapshot?.(rows.map((row) => row.id)) ?? false;
      if (!resumed) for (const row of rows) this.push(p, row);
      this.refresh(p);
      await this.fill(p, own);
      return statusOf(p);
    });
  }

  setAvailability(agentId: string, state: 'available' | 'away', reason?: AwayReason): Promise<AgentStatus> {
    return this.step({ agents: [agentId] }, async (own) => {
      const p = this.mustGet(agentId);
      await this.setAway(p, state === 'away' ? (reason ?? 'break') : null);
      this.refresh(p);
      await this.fill(p, own);
      return statusOf(p);
    });
  }

  /** A new contact arrived: offer it to the best agent free for it, or let it wait. */
  contactQueued(row: ContactRow): Promise<void> {
    return this.step({ contacts: [row.id] }, async () => {
      const waiting = waitingOf(row);
      this.table.waiting.set(row.id, waiting);
      await this.dispatch(waiting);
    });
  }

  accept(agentId: string, contactId: string): Promise<ContactRow> {
    return this.agentStep(agentId, contactId, async () => {
      const p = this.mustGet(agentId);
      const now = this.now();
      const req = { contactId, action: 'accept' as const, at: now, actor: agentId, owner: agentId, set: { acceptedAt: now, ringDeadline: null } };
      // Not offered to this agent as routing knows it: refused as the contact's row explains.
      const held = p.held.get(contactId);
      if (!held) return notMoved(this.deps.db, req);
      // The "answered" entry is written by the accept's own statement.
      const { row, written } = await moveWithTimeline(this.deps.db, req, [
        answeredEntry({ id: contactId, channel: held.channel, queueId: held.queueId }, p.displayName, now),
      ]);
      this.deps.onContactMoved?.();
      this.disarmRing(contactId);
      this.hold(agentId, row);
      this.refresh(p);
      this.deps.emit(agentId, 'contact.updated', toContact(row));
      if (row.channel === 'chat') this.deps.notifyCustomer(row.id, { state: 'connected', agentName: p.displayName });
      if (row.customerId !== null && written.length > 0) this.deps.onTimeline(row.customerId, written);
      return row;
    });
  }

  decline(agentId: string, contactId: string): Promise<void> {
    return this.agentStep(agentId, contactId, async (own) => {
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
      await this.fill(p, own);
    });
  }

  close(): void {
    for (const timer of [...this.ringTimers.values(), ...this.graceTimers.values()]) clearTimeout(timer);
    this.ringTimers.clear();
    this.graceTimers.clear();
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
    p.held.set(row.id, { channel: row.channel, queueId: row.queueId, state: row.state });
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
  protected async dispatch(waiting: WaitingContact): Promise<void> {
    const slot = this.table.bestAgentFor(waiting);
    if (!slot || waiting.skippedBy.includes(slot.id)) return;
    const p = this.presence.get(slot.id);
    if (p) await this.offer(p, waiting);
  }

  /**
   * Offers the agent what waits for them, as long as they have room. A waiting contact another
   * step holds is passed over (offered when that step is done); the rest are claimed while offered.
   */
  protected async fill(p: Presence, own: Own): Promise<void> {
    for (;;) {
      const waiting = this.table.bestContactFor(p.slot, (c) => this.passOver(c.id, own));
      if (!waiting) return;
      await this.claimed(waiting.id, own, () => this.offer(p, waiting));
    }
  }

  private async offer(p: Presence, waiting: WaitingContact): Promise<boolean> {
    this.table.waiting.delete(waiting.id);
    // The seat is taken before the write, so no other step offers this agent the same room.
    p.held.set(waiting.id, { channel: waiting.channel, queueId: waiting.queueId, state: 'offered' });
    recount(p);
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
      p.held.delete(waiting.id);
      this.refresh(p);
      if (error instanceof RoutingError) return false; // gone meanwhile (abandoned): skip it
      this.table.waiting.set(waiting.id, waiting); // the database failed: it still waits, not lost
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
      this.agentStep(agentId, contactId, () => this.ringOut(contactId, agentId, 'no_answer')).catch((error: unknown) => {
        // The database is away: the offer must still ring out, so try again shortly.
        this.deps.log.error({ err: error, contactId }, 'ring timeout failed; retrying in 5 s');
        if (!this.ringTimers.has(contactId)) this.armRing(contactId, agentId, new Date(this.now().getTime() + RING_RETRY_MS));
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
    if (this.transferPendingTo(contactId) === agentId) return this.ringOutTransfer(contactId, new Set([contactId]));
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
    if (why === 'no_answer') await this.setAway(p, 'missed_offer');
    this.release(p, row, 'ring_timeout');
    await this.requeue(row);
  }

  /** Stored first: a presence the database did not take is not shown as taken. */
  private async setAway(p: Presence, away: AwayReason | null): Promise<void> {
    if (p.away !== away) await storePresence(this.deps.db, p.id, { away, since: this.now() });
    p.away = away;
  }

  // Warm transfers are the Router's (router.ts); the core respects them through these.
  /** A warm transfer rang out at the receiving agent. */
  protected abstract ringOutTransfer(contactId: string, own: Own): Promise<void>;

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
