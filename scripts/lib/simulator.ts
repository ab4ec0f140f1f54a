/**
 * Traffic simulator: places voice contacts and touchpoint batches through the public, signed API,
 * as a CTI platform and the portal would, and chats through the customer chat page's API.
 */
import { webhookHeaders } from '../../server/http/signature.js';
import type { InboundContact } from '../../shared/schemas/contact.js';
import type { TouchpointEvent } from '../../shared/schemas/touchpoint.js';
import { startWebChat, type SimulatedCustomer } from './simulated-customer.js';

export interface SimulatorOptions {
  url: string;
  secret: string;
  /** Customers are CUS-000001 … CUS-<customers> as the seed writes them. */
  customers: number;
  contactsPerMinute: number;
  touchpointsPerSecond: number;
  /** Stop after this many seconds; 0 runs until stopped. */
  durationSeconds: number;
  log?: (line: string) => void;
  random?: () => number;
  /** Chats open from the customer chat page's API (default) or as a chat platform's signed contacts. */
  webChats?: boolean;
}

export interface SimulatorStats {
  contacts: number;
  touchpoints: number;
  failures: number;
}

const QUEUES = [
  { queue: 'claims-voice', channel: 'voice' },
  { queue: 'complaints-voice', channel: 'voice' },
  { queue: 'renewals-voice', channel: 'voice' },
  { queue: 'service-chat', channel: 'chat' },
] as const;

const PORTAL_PAGES = [
  { stage: 'claim', kind: 'portal_claim_status_view', summary: 'Viewed claim status page' },
  { stage: 'renewal', kind: 'portal_renewal_quote_view', summary: 'Viewed renewal quote' },
  { stage: 'refund', kind: 'portal_refund_form_view', summary: 'Opened refund request form' },
  { stage: 'consultation', kind: 'portal_faq_view', summary: 'Read FAQ: how long does a claim take' },
] as const;

export const customerId = (n: number) => `CUS-${String(n).padStart(6, '0')}`;

/** The integration name the simulator, the benches and the end-to-end tests post as. */
export const SIMULATOR_SOURCE = 'simulator';

/** POSTs `body` as an integration would: signed now, as `source` (server/http/signature.ts). */
export async function postSigned(
  url: string,
  secret: string,
  path: string,
  body: unknown,
  source = SIMULATOR_SOURCE,
): Promise<Response> {
  const raw = JSON.stringify(body);
  return fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...webhookHeaders({ secret, source, rawBody: raw }) },
    body: raw,
  });
}

export function makeContact(options: Pick<SimulatorOptions, 'customers'>, random: () => number, seq: number): InboundContact {
  const route = QUEUES[Math.floor(random() * QUEUES.length)] ?? QUEUES[0];
  const known = random() < 0.9;
  const from = known
    ? { customerId: customerId(1 + Math.floor(random() * options.customers)) }
    : { phone: `+86139${String(Math.floor(random() * 1e8)).padStart(8, '0')}` };
  return {
    externalId: `sim-${Date.now().toString(36)}-${seq}`,
    channel: route.channel,
    queue: route.queue,
    from,
    ...(route.channel === 'voice' ? { ivr: { path: ['main', route.queue.split('-')[0] ?? 'service'] } } : {}),
  };
}

export function makeTouchpoint(options: Pick<SimulatorOptions, 'customers'>, random: () => number, seq: number): TouchpointEvent {
  const page = PORTAL_PAGES[Math.floor(random() * PORTAL_PAGES.length)] ?? PORTAL_PAGES[0];
  return {
    eventId: `sim-tp-${Date.now().toString(36)}-${seq}`,
    customerId: customerId(1 + Math.floor(random() * options.customers)),
    occurredAt: new Date().toISOString(),
    channel: random() < 0.7 ? 'portal' : 'app',
    stage: page.stage,
    kind: page.kind,
    summary: page.summary,
    dwellSeconds: Math.floor(random() < 0.1 ? 300 + random() * 600 : 5 + random() * 120),
  };
}

/** Runs until the duration ends or `signal` aborts; never throws on a failed request. */
export async function runSimulator(options: SimulatorOptions, signal?: AbortSignal): Promise<SimulatorStats> {
  const random = options.random ?? Math.random;
  const log = options.log ?? (() => undefined);
  const stats: SimulatorStats = { contacts: 0, touchpoints: 0, failures: 0 };
  const started = Date.now();
  const contactEveryMs = options.contactsPerMinute > 0 ? 60_000 / options.contactsPerMinute : Infinity;
  let nextContact = started;
  let seq = 0;
  const done = () => signal?.aborted === true || (options.durationSeconds > 0 && Date.now() - started >= options.durationSeconds * 1000);

  const chats: SimulatedCustomer[] = [];

  while (!done()) {
    const tick = Date.now();
    try {
      if (tick >= nextContact) {
        nextContact += contactEveryMs;
        const contact = makeContact(options, random, ++seq);
        if (contact.channel === 'chat' && options.webChats !== false) {
          const chat = await startWebChat(options.url, random);
          chats.push(chat);
          stats.contacts += 1;
          log(`chat ${chat.contactId} opened from the chat page`);
        } else {
          const res = await postSigned(options.url, options.secret, '/api/v1/contacts', contact);
          if (res.status === 202) {
            stats.contacts += 1;
            const body = (await res.json()) as { match: string };
            log(`contact ${contact.externalId} → ${contact.queue} (${body.match})`);
          } else {
            stats.failures += 1;
            log(`contact refused: ${res.status} ${await res.text()}`);
          }
        }
      }
      const batch = Array.from({ length: Math.round(options.touchpointsPerSecond) }, () => makeTouchpoint(options, random, ++seq));
      if (batch.length > 0) {
        const res = await postSigned(options.url, options.secret, '/api/v1/touchpoints', { events: batch });
        if (res.ok) stats.touchpoints += ((await res.json()) as { accepted: number }).accepted;
        else stats.failures += 1;
      }
    } catch (error) {
      stats.failures += 1;
      log(`request failed: ${(error as Error).message}`);
    }
    const wait = Math.max(0, 1000 - (Date.now() - tick));
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
  for (const chat of chats) chat.leave();
  return stats;
}
