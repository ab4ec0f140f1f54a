import type { Logger } from 'pino';
import type { WaitingContact } from './routing-table.js';
import { Lanes } from './lanes.js';
import { RouterViews } from './router-views.js';

const agentKey = (id: string) => `agent:${id}`;
const contactKey = (id: string) => `contact:${id}`;

/** What a routing step holds: the agents and contacts no other step may change meanwhile. */
export interface StepKeys {
  agents?: readonly string[];
  contacts?: readonly string[];
}

/** The contacts the running step holds (it may offer them without claiming their lane). */
export type Own = ReadonlySet<string>;

/**
 * How routing's changes take turns (Lanes): a step names the agents and contacts it touches and
 * runs after every earlier step on any of them; steps on others run beside it. A waiting contact
 * is offered by a step that holds it, or claimed while idle; one passed over because another step
 * held it is offered as soon as that step is done, so no contact is left waiting by a race.
 */
export abstract class RouterSteps extends RouterViews {
  private readonly lanes: Lanes;
  /** Waiting contacts an agent's fill passed over because a step held them. */
  private readonly passedOver = new Set<string>();
  protected abstract readonly deps: { log: Logger };

  constructor(maxConcurrentSteps: number) {
    super();
    this.lanes = new Lanes(maxConcurrentSteps);
  }

  /** Offers the waiting contact to the best agent free for it (RouterCore). */
  protected abstract dispatch(waiting: WaitingContact): Promise<void>;

  /** Runs `fn` after every earlier step on the same agents or contacts; errors reach the caller. */
  protected step<T>(on: StepKeys, fn: (own: Own) => Promise<T>): Promise<T> {
    const contacts = on.contacts ?? [];
    const own = new Set(contacts);
    const keys = [...(on.agents ?? []).map(agentKey), ...contacts.map(contactKey)];
    const result = this.lanes.run(keys, () => fn(own));
    const after = () => {
      for (const id of contacts) this.offerPassedOver(id);
    };
    result.then(after, after);
    return result;
  }

  /** A step by (or for) one agent on one of their contacts: the common case. */
  protected agentStep<T>(agentId: string, contactId: string, fn: (own: Own) => Promise<T>): Promise<T> {
    return this.step({ agents: [agentId], contacts: [contactId] }, fn);
  }

  /** Runs `fn` alone, between every step before it and every step after (start, reload). */
  protected exclusive<T>(fn: () => Promise<T>): Promise<T> {
    return this.lanes.exclusive(fn);
  }

  /** Every step queued so far has finished (a gateway closing). */
  drain(): Promise<void> {
    return this.lanes.drain();
  }

  /** Another step holds this contact now (and it is not the running step's own). */
  protected movingElsewhere(contactId: string, own: Own): boolean {
    return !own.has(contactId) && !this.lanes.isIdle(contactKey(contactId));
  }

  /** A fill skips a waiting contact another step holds, and remembers to offer it after. */
  protected passOver(contactId: string, own: Own): boolean {
    if (!this.movingElsewhere(contactId, own)) return false;
    this.passedOver.add(contactId);
    return true;
  }

  /** Runs `fn` holding the (idle or own) contact's lane, then offers it if it was passed over. */
  protected async claimed<T>(contactId: string, own: Own, fn: () => Promise<T>): Promise<T> {
    const release = own.has(contactId) ? null : this.lanes.tryClaim(contactKey(contactId));
    try {
      return await fn();
    } finally {
      release?.();
      if (release) this.offerPassedOver(contactId);
    }
  }

  private offerPassedOver(contactId: string): void {
    if (!this.passedOver.delete(contactId) || !this.table.waiting.has(contactId)) return;
    this.step({ contacts: [contactId] }, async () => {
      const waiting = this.table.waiting.get(contactId);
      if (waiting) await this.dispatch(waiting);
    }).catch((error: unknown) => this.deps.log.error({ err: error, contactId }, 'routing step failed'));
  }
}
