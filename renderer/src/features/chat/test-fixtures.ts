/** Fixtures of the chat tests, parsed with the shared schemas so they cannot drift from the contract. */
import {
  cannedReplySchema,
  chatMessageSchema,
  type CannedReply,
  type ChatMessage,
} from '../../../../shared/schemas/chat';
import type { Contact } from '../../../../shared/schemas/contact';
import { aContact } from '../pop/test-fixtures';

/** The frozen "now" of the chat tests. */
export const CHAT_NOW = Date.parse('2025-06-15T02:00:00Z');
/** An ISO timestamp `seconds` after CHAT_NOW (negative: before). */
export const secondsFromNow = (seconds: number): string =>
  new Date(CHAT_NOW + seconds * 1000).toISOString();

export function aChatContact(overrides: Partial<Contact> = {}): Contact {
  return aContact({
    id: 'chat-1',
    externalId: 'web-chat-1',
    channel: 'chat',
    state: 'active',
    language: 'en',
    ivrPath: [],
    ivrIntent: null,
    fromMasked: 'w***@example.com',
    createdAt: secondsFromNow(-600),
    offeredAt: secondsFromNow(-590),
    ringDeadline: null,
    acceptedAt: secondsFromNow(-580),
    ...overrides,
  });
}

let sequence = 0;

export function aChatMessage(overrides: Partial<ChatMessage> = {}): ChatMessage {
  sequence += 1;
  return chatMessageSchema.parse({
    id: `msg-${sequence}`,
    contactId: 'chat-1',
    sender: 'customer',
    authorName: null,
    text: 'Hello, is anyone there?',
    attachments: [],
    sentAt: secondsFromNow(-60),
    ...overrides,
  });
}

export function aCannedReply(overrides: Partial<CannedReply> = {}): CannedReply {
  return cannedReplySchema.parse({
    id: `canned-${overrides.shortcut ?? 'greet'}`,
    shortcut: 'greet',
    title: 'Greeting',
    body: 'Hello, this is Lin Mei. How can I help you today?',
    language: 'en',
    ...overrides,
  });
}

export const CANNED_REPLIES: readonly CannedReply[] = [
  aCannedReply(),
  aCannedReply({
    shortcut: 'claim-status',
    title: 'Claim status',
    body: 'Your claim is being assessed; you will hear from us within two working days.',
  }),
  aCannedReply({
    shortcut: 'thanks',
    title: 'Thank you and goodbye',
    body: 'Thank you for contacting us. Have a good day!',
  }),
];
