import type { Handover } from '../../shared/schemas/contact.js';
import type { ConsultMessage, TransferTarget, WrapUpRequest } from '../../shared/schemas/work.js';
import { appendAudit, SYSTEM_ORIGIN } from '../audit/audit-log.js';
import { customerExists } from '../contacts/customer-search.js';
import { transferTouchpoint } from '../contacts/contact-history.js';
import { linkContactToCustomer, toContact, type ContactRow } from '../contacts/contact-repository.js';
import { writeTimelineEntry } from '../pop/timeline.js';
import type { Presence } from './presence.js';
import { RouterCore } from './router-core.js';
import type { Own } from './router-steps.js';
import type { RouterDeps } from './router-deps.js';
import { canTake, waitingOf } from './routing-table.js';
import { RoutingError } from './routing-error.js';
import { sendConsult } from './consult.js';
import { writeWrapUp, type WrapUpResult } from './wrap-up.js';
import { flightKey, SingleFlight } from '../idempotency/single-flight.js';

export { RoutingError } from './routing-error.js';
export type { EmitToAgent, RoutedAgent, RouterDeps } from './router-deps.js';

export interface TransferParsed {
  contactId: string;
  mode: 'warm' | 'cold';
  target: TransferTarget;
  note: string;
  facts: string[];
}

export interface FullRouterDeps extends RouterDeps {
  queueExists: (queueId: string) => boolean;
}

/**
 * The router with the agent's work on a contact: link the customer, transfer warm or cold with
 * the context, consult, wrap up. See RouterCore for offers, accept, decline, end and hang-up.
 */
export class Router extends RouterCore {
  /** Warm transfers ringing: contact → the sending and the receiving agent. */
  private readonly transfers = new Map<string, { from: string; to: string }>();
  /** Keyed wrap-ups being applied on this node: a duplicate shares the first one's outcome. */
  private readonly wrapUps = new SingleFlight<WrapUpResult>();

  constructor(private readonly full: FullRouterDeps) {
    super(full);
  }

  override accept(agentId: string, contactId: string): Promise<ContactRow> {
    if (this.transfers.get(contactId)?.to !== agentId) return super.accept(agentId, contactId);
    return this.agentStep(agentId, contactId, (own) => this.takeOver(agentId, contactId, own));
  }

  override decline(agentId: string, contactId: string): Promise<void> {
    if (this.transfers.get(contactId)?.to !== agentId) return super.decline(agentId, contactId);
    return this.agentStep(agentId, contactId, (own) => this.cancelTransfer(contactId, 'declined', own));
  }

  /** The agent ends the conversation: after-contact work starts, with the team lead's limit. */
  end(agentId: string, contactId: string): Promise<ContactRow> {
    return this.agentStep(agentId, contactId, () => this.toWrapUp(contactId, agentId));
  }

  /** The customer left (the CTI reports a hang-up, or the chat page closed). */
  hangup(contactId: string): Promise<ContactRow | null> {
    return this.step({ contacts: [contactId] }, async (own) => {
      const row = this.table.waiting.get(contactId)
        ? await this.move({ contactId, action: 'hangup', at: this.now(), actor: null, set: { closedAt: this.now() } })
        : await this.ownedHangup(contactId, own);
      if (row?.state === 'abandoned') this.table.waiting.delete(contactId);
      return row;
    });
  }

  private async ownedHangup(contactId: string, own: Own): Promise<ContactRow | null> {
    const owner = [...this.presence.values()].find((p) => p.held.has(contactId));
    const held = owner?.held.get(contactId);
    if (!owner || !held) return null; // finished already, or unknown: nothing to do
    if (held.state === 'active') return this.toWrapUp(contactId, null, owner);
    if (held.state !== 'offered') return null;
    const row = await this.move({
      contactId,
      action: 'hangup',
      at: this.now(),
      actor: null,
      set: { ringDeadline: null, closedAt: this.now() },
    });
    this.disarmRing(contactId);
    this.release(owner, row, 'abandoned');
    await this.fill(owner, own);
    return row;
  }

  private async toWrapUp(contactId: string, agentId: string | null, owner?: Presence): Promise<ContactRow> {
    const p = owner ?? this.mustGet(agentId ?? '');
    this.dropTransfer(contactId);
    const now = this.now();
    const acwMs = this.deps.settings().acwLimitSeconds * 1000;
    const row = await this.move({
      contactId,
      action: agentId === null ? 'hangup' : 'end',
      at: now,
      actor: agentId,
      owner: p.id,
      from: 'active',
      set: { endedAt: now, acwDeadline: new Date(now.getTime() + acwMs), pendingTransfer: null },
    });
    this.hold(p.id, row);
    this.refresh(p);
    this.deps.emit(p.id, 'contact.updated', toContact(row));
    if (row.channel === 'chat') this.deps.notifyCustomer(row.id, { state: 'ended', agentName: p.displayName });
    return row;
  }

  /** The wrap-up was written: the contact leaves the desktop and the agent is free for the next. */
  private async closed(p: Presence, row: ContactRow, own: Own): Promise<void> {
    this.release(p, row, 'closed');
    await this.fill(p, own);
  }

  /**
   * The agent says who the contact is (picker or search): stored, audited, and offered again with
   * the customer's pop so the desktop paints it.
   */
  linkCustomer(agentId: string, contactId: string, customerId: string, origin = SYSTEM_ORIGIN): Promise<void> {
    return this.agentStep(agentId, contactId, async () => {
      const p = this.mustGet(agentId);
      const { db } = this.deps;
      if (!(await customerExists(db, customerId))) {
        throw new RoutingError('not_found', `No customer "${customerId}"`, 'customerId');
      }
      const linked = await linkContactToCustomer(db, contactId, agentId, customerId);
      if (!linked) throw new RoutingError('not_found', `Contact ${contactId} is not yours`, 'contactId');
      await appendAudit(db, { actor: agentId, action: 'contact.linked', customerId, origin, detail: { contactId } });
      this.hold(agentId, linked);
      this.push(p, linked);
    });
  }

  transfer(agentId: string, req: TransferParsed): Promise<ContactRow> {
    const agents = req.target.kind === 'agent' ? [agentId, req.target.agentId] : [agentId];
    return this.step({ agents, contacts: [req.contactId] }, async (own) => {
      const p = this.mustGet(agentId);
      const target = this.checkTarget(agentId, req.target);
      const handover: Handover = {
        fromAgentId: p.id,
        fromAgentName: p.displayName,
        mode: req.mode,
        note: req.note,
        facts: req.facts,
        at: this.now().toISOString(),
      };
      return req.mode === 'warm' && target
        ? this.offerTransfer(p, target, req.contactId, handover)
        : this.coldTransfer(p, req, handover, own);
    });
  }

  /** Closes the contact with the wrap-up; the agent is free for the next. A repeated key answers the first result, moving nothing. */
  wrapUp(agentId: string, wrap: Omit<WrapUpRequest, 'note'> & { note: string }): Promise<WrapUpResult> {
    const apply = () =>
      this.agentStep(agentId, wrap.contactId, async (own) => {
        const p = this.mustGet(agentId);
        const result = await writeWrapUp(this.deps.db, wrap, p, this.now());
        if (result.replayed) return result;
        await this.closed(p, result.row, own);
        if (result.row.customerId !== null) this.deps.onTimeline(result.row.customerId, result.touchpoints);
        return result;
      });
    return wrap.idempotencyKey === undefined ? apply() : this.wrapUps.run(flightKey(agentId, wrap.idempotencyKey), apply);
  }

  /**
   * A team lead sends a waiting contact to one agent (offered to them alone, as soon as they have
   * room) or pulls it to the front of its queue. Audited with who and when.
   */
  steer(leadId: string, contactId: string, how: { agentId: string } | 'front', origin = SYSTEM_ORIGIN): Promise<ContactRow> {
    return this.step({ contacts: [contactId] }, async () => {
      const waiting = this.table.waiting.get(contactId);
      if (!waiting) throw new RoutingError('conflict', `Contact ${contactId} is not waiting`, 'contactId');
      let set: Partial<ContactRow>;
      if (how === 'front') {
        const top = Math.max(0, ...[...this.table.waiting.values()].filter((w) => w.queueId === waiting.queueId).map((w) => w.priority));
        set = { priority: top + 1 };
      } else {
        const to = this.presenceOf(how.agentId);
        if (!to) throw new RoutingError('not_found', `No agent "${how.agentId}"`, 'agentId');
        set = { targetAgentId: to.id, skippedBy: [] };
      }
      const row = await this.move({
        contactId,
        action: how === 'front' ? 'prioritise' : 'reassign',
        at: this.now(),
        actor: leadId,
        from: 'queued',
        set,
        detail: how === 'front' ? { front: true } : { agentId: how.agentId },
      });
      await appendAudit(this.deps.db, {
        actor: leadId,
        action: how === 'front' ? 'console.front' : 'console.reassign',
        customerId: row.customerId,
        origin,
        detail: { contactId, ...(how === 'front' ? {} : { agentId: how.agentId }) },
      });
      await this.requeue(row);
      return row;
    });
  }

  /** Agent-to-agent chat about a contact the sender holds; kept in the audit trail. */
  async consult(
    agentId: string,
    req: { contactId: string; toAgentId: string; text: string },
    origin = SYSTEM_ORIGIN,
  ): Promise<ConsultMessage> {
    const p = this.mustGet(agentId);
    if (!p.held.has(req.contactId)) throw new RoutingError('forbidden', `Contact ${req.contactId} is not yours`, 'contactId');
    const to = this.presenceOf(req.toAgentId);
    if (!to?.slot.ready || to.id === agentId) {
      throw new RoutingError('conflict', 'That agent is not signed in', 'toAgentId');
    }
    return sendConsult(this.deps, { from: p, to, contactId: req.contactId, text: req.text, at: this.now(), origin });
  }

  /**
   * The offer carries the customer's pop: audited as `pop.offered` (the gateway pushed it, so its
   * origin is 'system'), alongside the push rather than before it so a slow audit delays no offer.
   */
  protected override push(p: Presence, row: ContactRow): void {
    super.push(p, row);
    if (row.customerId === null) return;
    appendAudit(this.deps.db, {
      actor: p.id,
      action: 'pop.offered',
      customerId: row.customerId,
      origin: SYSTEM_ORIGIN,
      detail: { contactId: row.id },
    }).catch((error: unknown) => this.deps.log.error({ err: error, contactId: row.id }, 'pop audit failed'));
  }

  /** The agent a warm transfer of this contact rings at (they may read the transcript). */
  transferTarget(contactId: string): string | null {
    return this.transfers.get(contactId)?.to ?? null;
  }

  protected override transferPendingTo(contactId: string): string | null {
    return this.transferTarget(contactId);
  }

  protected override ringOutTransfer(contactId: string, own: Own): Promise<void> {
    return this.cancelTransfer(contactId, 'ring_timeout', own);
  }

  /** The contact ends while a warm transfer rings: the receiving agent lets it go. */
  private dropTransfer(contactId: string): void {
    const pending = this.transfers.get(contactId);
    if (!pending) return;
    this.transfers.delete(contactId);
    this.disarmRing(contactId);
    const to = this.presenceOf(pending.to);
    if (!to) return;
    to.held.delete(contactId);
    this.refresh(to);
    this.deps.emit(to.id, 'contact.ended', { contactId, reason: 'abandoned' });
  }

  private checkTarget(agentId: string, target: TransferTarget): Presence | null {
    if (target.kind === 'queue') {
      if (!this.full.queueExists(target.queueId)) {
        throw new RoutingError('not_found', `No queue "${target.queueId}"`, 'target.queueId');
      }
      return null;
    }
    const to = this.presenceOf(target.agentId);
    if (!to) throw new RoutingError('not_found', `No agent "${target.agentId}"`, 'target.agentId');
    if (to.id === agentId) throw new RoutingError('validation_failed', 'You already hold this contact', 'target.agentId');
    if (!to.slot.ready) throw new RoutingError('conflict', `${to.displayName} is offline`, 'target.agentId');
    return to;
  }

  private async coldTransfer(p: Presence, req: TransferParsed, handover: Handover, own: Own): Promise<ContactRow> {
    const now = this.now();
    const toAgent = req.target.kind === 'agent' ? req.target.agentId : null;
    const row = await this.move({
      contactId: req.contactId,
      action: 'transfer',
      at: now,
      actor: p.id,
      owner: p.id,
      from: 'active',
      set: (r) => ({
        offeredTo: null,
        handover,
        targetAgentId: toAgent,
        queueId: req.target.kind === 'queue' ? req.target.queueId : r.queueId,
        // A transferred customer has waited already: ahead of those who arrived after them.
        queuedAt: r.createdAt,
        skippedBy: [p.id],
        ringDeadline: null,
        acceptedAt: null,
      }),
      detail: { mode: 'cold', target: req.target },
    });
    await this.writeTransferNote(row, handover, toAgent ? (this.presenceOf(toAgent)?.displayName ?? toAgent) : row.queueId);
    this.release(p, row, 'transferred');
    if (row.channel === 'chat') this.deps.notifyCustomer(row.id, { state: 'waiting', agentName: null });
    await this.requeue(row);
    await this.fill(p, own);
    return row;
  }

  private async offerTransfer(p: Presence, to: Presence, contactId: string, handover: Handover): Promise<ContactRow> {
    const current = await this.move({
      contactId,
      action: 'offer_transfer',
      at: this.now(),
      actor: p.id,
      owner: p.id,
      from: 'active',
      set: (r) => {
        if (!canTake(to.slot, { ...waitingOf(r), targetAgentId: to.id })) {
          throw new RoutingError('conflict', `${to.displayName} has no room for this ${r.channel} now`, 'target.agentId');
        }
        return { pendingTransfer: { toAgentId: to.id, toAgentName: to.displayName, handover } };
      },
      detail: { mode: 'warm', to: to.id },
    });
    this.transfers.set(contactId, { from: p.id, to: to.id });
    to.held.set(contactId, { channel: current.channel, queueId: current.queueId, state: 'offered' });
    this.refresh(to);
    const deadline = new Date(this.now().getTime() + this.deps.settings().ringTimeoutSeconds * 1000);
    this.armRing(contactId, to.id, deadline);
    this.push(to, current);
    this.deps.emit(p.id, 'contact.updated', toContact(current));
    return current;
  }

  /** The receiving agent accepted a warm transfer: the contact is theirs, context and all. */
  private async takeOver(agentId: string, contactId: string, own: Own): Promise<ContactRow> {
    const pending = this.transfers.get(contactId);
    const to = this.mustGet(agentId);
    if (!pending) throw new RoutingError('conflict', 'The transfer was withdrawn', 'contactId');
    const row = await this.move({
      contactId,
      action: 'handover',
      at: this.now(),
      actor: agentId,
      owner: pending.from,
      from: 'active',
      set: (r) => ({ offeredTo: agentId, handover: r.pendingTransfer?.handover ?? r.handover, pendingTransfer: null }),
      detail: { from: pending.from },
    });
    this.transfers.delete(contactId);
    this.disarmRing(contactId);
    const from = this.presenceOf(pending.from);
    if (from) this.release(from, row, 'transferred');
    this.hold(agentId, row);
    this.refresh(to);
    this.deps.emit(agentId, 'contact.updated', toContact(row));
    if (row.channel === 'chat') this.deps.notifyCustomer(row.id, { state: 'connected', agentName: to.displayName });
    if (row.handover) await this.writeTransferNote(row, row.handover, to.displayName);
    if (from) await this.fill(from, own);
    return row;
  }

  private async cancelTransfer(contactId: string, reason: 'declined' | 'ring_timeout', own: Own): Promise<void> {
    const pending = this.transfers.get(contactId);
    if (!pending) return;
    const row = await this.move({
      contactId,
      action: 'cancel_transfer',
      at: this.now(),
      actor: pending.to,
      owner: pending.from,
      set: { pendingTransfer: null },
      detail: { reason },
    });
    this.transfers.delete(contactId);
    this.disarmRing(contactId);
    const to = this.presenceOf(pending.to);
    if (to) {
      to.held.delete(contactId);
      this.refresh(to);
      this.deps.emit(to.id, 'contact.ended', { contactId, reason });
      await this.fill(to, own);
    }
    this.deps.emit(pending.from, 'contact.updated', toContact(row));
  }

  private async writeTransferNote(row: ContactRow, handover: Handover, target: string): Promise<void> {
    if (row.customerId === null) return;
    const written = await writeTimelineEntry(this.deps.db, transferTouchpoint({ ...row, customerId: row.customerId }, handover, target, this.now()));
    if (written) this.deps.onTimeline(row.customerId, [written]);
  }
}
