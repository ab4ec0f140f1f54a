import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { ChatSender } from '../../shared/domain.js';
import type { ChatAttachment, ChatMessage } from '../../shared/schemas/chat.js';
import type { Touchpoint } from '../../shared/schemas/touchpoint.js';
import { toTouchpoint } from '../pop/timeline.js';
import { chatMessageTouchpoint } from '../contacts/contact-history.js';
import type { ContactRow } from '../contacts/contact-repository.js';
import type { Db } from '../db/client.js';
import { chatMessages, touchpoints } from '../db/schema.js';

type MessageRow = typeof chatMessages.$inferSelect;

export function toChatMessage(row: MessageRow): ChatMessage {
  return {
    id: row.id,
    contactId: row.contactId,
    sender: row.sender,
    authorName: row.authorName,
    text: row.text,
    attachments: row.attachments,
    sentAt: row.sentAt.toISOString(),
  };
}

export interface NewMessage {
  contact: Pick<ContactRow, 'id' | 'customerId' | 'channel'>;
  sender: ChatSender;
  authorId: string | null;
  authorName: string | null;
  text: string;
  attachments: ChatAttachment[];
  at: Date;
  /** The author's key for this send: a second insert with it stores nothing (see `replayed`). */
  idempotencyKey?: string | undefined;
}

export interface InsertedMessage {
  message: ChatMessage;
  touchpoint: Touchpoint | null;
  /** The key was used before: `message` is the one stored then, and nothing was written now. */
  replayed: boolean;
}

/** The message an author already sent with this key, if any. */
export async function findMessageByKey(db: Db, authorId: string, idempotencyKey: string): Promise<ChatMessage | null> {
  const [row] = await db
    .select()
    .from(chatMessages)
    .where(and(eq(chatMessages.authorId, authorId), eq(chatMessages.idempotencyKey, idempotencyKey)));
  return row ? toChatMessage(row) : null;
}

/**
 * Stores a chat message and, when the chat's customer is known, its timeline entry, in one
 * transaction: the message is on the customer's story as soon as it is delivered. With a key, the
 * unique (author, key) index decides: a repeat inserts nothing and answers the stored message.
 */
export async function insertChatMessage(db: Db, m: NewMessage): Promise<InsertedMessage> {
  const row = {
    id: `MSG-${randomUUID()}`,
    contactId: m.contact.id,
    sender: m.sender,
    authorId: m.authorId,
    authorName: m.authorName,
    text: m.text,
    attachments: m.attachments,
    sentAt: m.at,
    idempotencyKey: m.idempotencyKey ?? null,
  };
  const message = toChatMessage(row);
  const customerId = m.contact.customerId;
  const insert = async (tx: Db): Promise<boolean> => {
    const written = await tx
      .insert(chatMessages)
      .values(row)
      .onConflictDoNothing({ target: [chatMessages.authorId, chatMessages.idempotencyKey] })
      .returning({ id: chatMessages.id });
    return written.length > 0;
  };
  const replay = async (): Promise<InsertedMessage> => {
    const stored = m.authorId !== null && m.idempotencyKey ? await findMessageByKey(db, m.authorId, m.idempotencyKey) : null;
    if (!stored) throw new Error(`chat message ${row.id} was neither stored nor found by its key`);
    return { message: stored, touchpoint: null, replayed: true };
  };
  // An unknown customer has no timeline yet: one statement, no transaction.
  if (customerId === null || m.sender === 'system') {
    return (await insert(db)) ? { message, touchpoint: null, replayed: false } : replay();
  }
  const written = await db.transaction(async (tx) => {
    if (!(await insert(tx))) return null;
    const [tp] = await tx
      .insert(touchpoints)
      .values(chatMessageTouchpoint({ id: m.contact.id, customerId }, message))
      .returning();
    // As the timeline shows it, so the desktop gets it without reading it back.
    return { message, touchpoint: tp ? toTouchpoint({ ...tp, partnerName: null }) : null, replayed: false };
  });
  return written ?? replay();
}

export async function loadTranscript(db: Db, contactId: string): Promise<ChatMessage[]> {
  const rows = await db
    .select()
    .from(chatMessages)
    .where(eq(chatMessages.contactId, contactId))
    .orderBy(asc(chatMessages.sentAt), asc(chatMessages.id));
  return rows.map(toChatMessage);
}
