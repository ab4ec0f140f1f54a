import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
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
}

/**
 * Stores a chat message and, when the chat's customer is known, its timeline entry, in one
 * transaction: the message is on the customer's story as soon as it is delivered.
 */
export async function insertChatMessage(
  db: Db,
  m: NewMessage,
): Promise<{ message: ChatMessage; touchpoint: Touchpoint | null }> {
  const row = {
    id: `MSG-${randomUUID()}`,
    contactId: m.contact.id,
    sender: m.sender,
    authorId: m.authorId,
    authorName: m.authorName,
    text: m.text,
    attachments: m.attachments,
    sentAt: m.at,
  };
  const message = toChatMessage(row);
  const customerId = m.contact.customerId;
  // An unknown customer has no timeline yet: one statement, no transaction.
  if (customerId === null || m.sender === 'system') {
    await db.insert(chatMessages).values(row);
    return { message, touchpoint: null };
  }
  return db.transaction(async (tx) => {
    await tx.insert(chatMessages).values(row);
    const [tp] = await tx
      .insert(touchpoints)
      .values(chatMessageTouchpoint({ id: m.contact.id, customerId }, message))
      .returning();
    // As the timeline shows it, so the desktop gets it without reading it back.
    return { message, touchpoint: tp ? toTouchpoint({ ...tp, partnerName: null }) : null };
  });
}

export async function loadTranscript(db: Db, contactId: string): Promise<ChatMessage[]> {
  const rows = await db
    .select()
    .from(chatMessages)
    .where(eq(chatMessages.contactId, contactId))
    .orderBy(asc(chatMessages.sentAt), asc(chatMessages.id));
  return rows.map(toChatMessage);
}
