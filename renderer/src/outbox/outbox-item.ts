import { z } from 'zod';
import { agentChatSendSchema } from '../../../shared/schemas/chat';
import { apiErrorSchema } from '../../../shared/schemas/common';
import { CLIENT_EVENTS, type ClientEventRequest } from '../../../shared/schemas/socket';
import { idempotencyKeySchema, wrapUpRequestSchema } from '../../../shared/schemas/work';

/** The client events that go through the outbox: what an agent writes and must never lose. */
export const OUTBOX_EVENTS = [CLIENT_EVENTS.contactWrapUp, CLIENT_EVENTS.chatSend] as const;
export type OutboxEvent = (typeof OUTBOX_EVENTS)[number];

/** Each event's name in messages (i18next keys may not hold dots). */
export const OUTBOX_KINDS = {
  'contact.wrap-up': 'wrapUp',
  'chat.send': 'chatSend',
} as const satisfies Record<OutboxEvent, string>;
export type OutboxKind = (typeof OUTBOX_KINDS)[OutboxEvent];

/** What the gateway said when it refused an item for good (the ack's error). */
export type OutboxError = z.infer<typeof apiErrorSchema>['error'];

/** `pending`: waiting to be sent or being sent; `failed`: refused, waiting for the agent. */
export type OutboxStatus = 'pending' | 'failed';

interface ItemFields<E extends OutboxEvent> {
  /** The client-generated idempotency key, also inside `payload`. */
  key: string;
  agentId: string;
  /** The sign-in session it was written in (it may be sent in a later one of the same agent). */
  sessionId: string;
  event: E;
  payload: ClientEventRequest<E> & { idempotencyKey: string };
  contactId: string;
  createdAt: string;
  attempts: number;
  status: OutboxStatus;
  error: OutboxError | null;
}

export type OutboxItemOf<E extends OutboxEvent> = ItemFields<E> & {
  /** Order of writing (IndexedDB's auto-increment): items are sent in this order. */
  seq: number;
};
export type OutboxItem = OutboxItemOf<'contact.wrap-up'> | OutboxItemOf<'chat.send'>;
export type NewOutboxItem = ItemFields<'contact.wrap-up'> | ItemFields<'chat.send'>;

const common = {
  seq: z.number().int(),
  key: idempotencyKeySchema,
  agentId: z.string().min(1),
  sessionId: z.string(),
  contactId: z.string().min(1),
  createdAt: z.string(),
  attempts: z.number().int().min(0),
  status: z.enum(['pending', 'failed']),
  error: apiErrorSchema.shape.error.nullable(),
};

/**
 * What is read back from IndexedDB is checked like anything else that crosses a boundary (an
 * older version of the app may have written it). The stored payload itself is kept as written.
 */
const storedItemSchema = z.discriminatedUnion('event', [
  z.object({
    ...common,
    event: z.literal(CLIENT_EVENTS.contactWrapUp),
    payload: wrapUpRequestSchema,
  }),
  z.object({ ...common, event: z.literal(CLIENT_EVENTS.chatSend), payload: agentChatSendSchema }),
]);

export function isStoredItem(value: unknown): value is OutboxItem {
  const parsed = storedItemSchema.safeParse(value);
  return parsed.success && parsed.data.payload.idempotencyKey === parsed.data.key;
}

const hex = (bytes: Uint8Array) =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * A new idempotency key (uuid v4). `crypto.randomUUID` needs a secure context, which a gateway
 * served over plain http on the LAN is not; `getRandomValues` works everywhere.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = hex(b);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
