/**
 * The two sides of a contact centre under faults, as robots: an integration that reports calls
 * (and retries until the gateway takes each one), and agents whose desktops answer every offer,
 * talk briefly and wrap up — resending what a fault interrupted, as the desktop's outbox does.
 */
import { randomUUID } from 'node:crypto';
import type { ContactOffer } from '../../../shared/schemas/contact.js';
import type { LoginResponse } from '../../../shared/schemas/auth.js';
import { webhookHeaders } from '../../../server/http/signature.js';
import { FIXTURE_PASSWORD } from '../../../server/testing/fixtures.js';
import { aContact, TEST_SOURCE, TEST_WEBHOOK_SECRET } from '../../../server/testing/harness.js';
import { SequencedDesktop } from '../../../server/testing/sequenced-desktop.js';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Posts, signed, until the gateway answers 2xx (a dead or restarting gateway is retried). */
export async function postSigned(url: string, path: string, body: unknown, deadlineMs = 60_000): Promise<unknown> {
  const raw = JSON.stringify(body);
  const until = Date.now() + deadlineMs;
  for (;;) {
    try {
      const headers = webhookHeaders({ secret: TEST_WEBHOOK_SECRET, source: TEST_SOURCE, rawBody: raw, timestamp: Math.floor(Date.now() / 1000) });
      const res = await fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: raw });
      if (res.ok) return await res.json();
      // A replayed signature within the same second: sign afresh a moment later.
      if (res.status !== 401 && res.status !== 503 && res.status !== 429) throw new Error(`${path}: ${String(res.status)} ${await res.text()}`);
    } catch (error) {
      if (error instanceof Error && error.message.startsWith(path)) throw error;
    }
    if (Date.now() > until) throw new Error(`${path}: the gateway did not take it within ${String(deadlineMs)} ms`);
    await sleep(250 + Math.random() * 250);
  }
}

/** Reports one inbound contact; resolves with its contact id once the gateway took it. */
export async function callIn(url: string, queue = 'claims-voice', extra: Record<string, unknown> = {}): Promise<string> {
  const answer = (await postSigned(url, '/api/v1/contacts', aContact({ queue, ...extra }))) as { contactId: string };
  return answer.contactId;
}

export async function login(url: string, username: string): Promise<string> {
  for (;;) {
    const res = await fetch(`${url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: FIXTURE_PASSWORD }),
    });
    if (res.ok) return ((await res.json()) as LoginResponse).token;
    if (res.status !== 429) throw new Error(`login ${username}: ${String(res.status)}`);
    await sleep(1_000);
  }
}

/** What an agent robot did, per contact. */
export interface AgentLog {
  /** Accepts the gateway acknowledged. */
  accepted: string[];
  /** Wrap-ups the gateway acknowledged (with each one's key). */
  wrapped: string[];
}

/**
 * An agent at a desktop that reconnects by itself (jittered backoff, like the real one). Answers
 * each offer, "talks" for `talkMs`, ends the call and wraps it up with a promise. A step a fault
 * interrupted is done again when the gateway offers the contact again after the reconnect, and
 * a wrap-up is resent with the same idempotency key until acknowledged.
 */
export class AgentRobot {
  readonly log: AgentLog = { accepted: [], wrapped: [] };
  readonly desktop: SequencedDesktop;
  private readonly busy = new Set<string>();
  private readonly keys = new Map<string, string>();
  private handled = 0;
  private readiesSeen = 0;
  private stopped = false;

  constructor(
    url: string,
    token: string,
    private readonly talkMs = 300,
  ) {
    this.desktop = new SequencedDesktop(url, () => token, { reconnection: true, reconnectionDelay: 1_000, reconnectionDelayMax: 10_000 });
  }

  async start(): Promise<void> {
    await this.desktop.connect();
    const loop = setInterval(() => this.work(), 50);
    loop.unref();
    this.stop = () => {
      this.stopped = true;
      clearInterval(loop);
      this.desktop.close();
    };
  }

  stop: () => void = () => undefined;

  /** Every offer applied since the last look, and every contact held after a fresh start. */
  private work(): void {
    if (this.stopped) return;
    // Reconnected: wrap-ups sent but never acknowledged go again with their keys (the outbox).
    if (this.desktop.readies.length !== this.readiesSeen) {
      this.readiesSeen = this.desktop.readies.length;
      for (const contactId of this.keys.keys()) {
        if (!this.log.wrapped.includes(contactId) && !this.busy.has(contactId)) void this.retryWrapUp(contactId);
      }
    }
    const offers = this.desktop.appliedOf('contact.offered');
    for (; this.handled < offers.length; this.handled++) {
      const offer = (offers[this.handled] as { payload: ContactOffer }).payload;
      void this.handle(offer);
    }
  }

  private async handle(offer: ContactOffer): Promise<void> {
    const { id, state } = offer.contact;
    if (this.busy.has(id) || this.log.wrapped.includes(id)) return;
    this.busy.add(id);
    try {
      if (state === 'offered') {
        const accepted = await this.desktop.request('contact.accept', { contactId: id }, 5_000);
        if (!accepted.ok) return;
        this.log.accepted.push(id);
      }
      if (state === 'offered' || state === 'active') {
        await sleep(this.talkMs);
        const ended = await this.desktop.request('contact.end', { contactId: id }, 5_000);
        if (!ended.ok) return;
      }
      await this.wrapUp(id);
    } catch {
      // The gateway went away mid-step: it offers the contact again once this desktop is back.
    } finally {
      this.busy.delete(id);
    }
  }

  private async retryWrapUp(contactId: string): Promise<void> {
    this.busy.add(contactId);
    try {
      await this.wrapUp(contactId);
    } catch {
      // still away: the next reconnect tries again
    } finally {
      this.busy.delete(contactId);
    }
  }

  /** Sends the wrap-up with its one key until the gateway acknowledges it. */
  async wrapUp(contactId: string): Promise<void> {
    const idempotencyKey = this.keys.get(contactId) ?? randomUUID();
    this.keys.set(contactId, idempotencyKey);
    const answer = await this.desktop.request(
      'contact.wrap-up',
      {
        contactId,
        disposition: 'follow_up_promised',
        note: 'fault test',
        promise: { description: `call back about ${contactId}`, dueAt: new Date(Date.now() + 86_400_000).toISOString() },
        idempotencyKey,
      },
      5_000,
    );
    if (answer.ok) this.log.wrapped.push(contactId);
  }
}

/** Keys as the outbox makes them, exposed for tests that drive one step by hand. */
export const newKey = () => randomUUID();
