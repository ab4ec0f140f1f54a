import { z } from 'zod';
import { CHAT_SENDERS, LANGUAGES } from '../domain.js';
import { isoDateTime } from './common.js';
import { idempotencyKeySchema } from './work.js';

/** Longest chat message, in characters; longer ones are refused, never cut. */
export const CHAT_TEXT_MAX = 2000;
export const CHAT_ATTACHMENTS_MAX = 5;

/** Attachments travel as links (the file lives in the document store), http(s) only. */
export const chatAttachmentSchema = z.object({
  url: z
    .url({ protocol: /^https?$/, error: 'an http:// or https:// link' })
    .max(2048),
  name: z.string().min(1).max(200),
});
export type ChatAttachment = z.infer<typeof chatAttachmentSchema>;


export const chatMessageSchema = z.object({
  id: z.string(),
  contactId: z.string(),
  sender: z.enum(CHAT_SENDERS),
  /** The agent's display name for agent messages; null for the customer and the system. */
  authorName: z.string().nullable(),
  text: z.string(),
  attachments: z.array(chatAttachmentSchema),
  sentAt: isoDateTime,
  /**
   * The key the agent's desktop sent it with (`chat.send`): only on the acknowledgement and on the
   * `chat.message` echo to that agent's own desktops, so a pending bubble is matched to its message.
   */
  idempotencyKey: idempotencyKeySchema.optional(),
});
export type ChatMessage = z.infer<typeof chatMessageSchema>;

const draftFields = {
  text: z.string().max(CHAT_TEXT_MAX, `at most ${CHAT_TEXT_MAX} characters`),
  attachments: z.array(chatAttachmentSchema).max(CHAT_ATTACHMENTS_MAX).default([]),
};
const hasContent = (d: { text: string; attachments: unknown[] }) => d.text.trim().length > 0 || d.attachments.length > 0;
const emptyMessage = { message: 'write something or attach a link', path: ['text'] };

/** What the customer sends: text, attachments, or both. */
export const chatDraftSchema = z.object(draftFields).strict().refine(hasContent, emptyMessage);
export type ChatDraft = z.input<typeof chatDraftSchema>;

/** What an agent sends into one of their chats; `idempotencyKey` makes a resend safe. */
export const agentChatSendSchema = z
  .object({ contactId: z.string().min(1).max(64), ...draftFields, idempotencyKey: idempotencyKeySchema.optional() })
  .strict()
  .refine(hasContent, emptyMessage);
export type AgentChatSend = z.input<typeof agentChatSendSchema>;

export const chatTranscriptSchema = z.object({ items: z.array(chatMessageSchema) });
export type ChatTranscript = z.infer<typeof chatTranscriptSchema>;

/** A canned reply: typed as `/shortcut` in the chat box. */
export const cannedReplySchema = z.object({
  id: z.string(),
  shortcut: z.string(),
  title: z.string(),
  body: z.string(),
  language: z.enum(LANGUAGES),
});
export type CannedReply = z.infer<typeof cannedReplySchema>;
export const cannedRepliesSchema = z.object({ items: z.array(cannedReplySchema) });

/** `POST /api/v1/chat/sessions`: a customer opens a chat from the web page. */
export const chatSessionRequestSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    phone: z
      .string()
      .max(32)
      .regex(/^\+?[0-9 ()-]{5,}$/, 'digits, spaces, "+", "(", ")" and "-" only')
      .optional(),
    email: z.email().max(254).optional(),
    language: z.enum(LANGUAGES),
    /** First words, shown to the agent with the offer. */
    message: z.string().trim().min(1).max(CHAT_TEXT_MAX),
  })
  .strict();
export type ChatSessionRequest = z.infer<typeof chatSessionRequestSchema>;

export const chatSessionResponseSchema = z.object({
  contactId: z.string(),
  /** Bearer for the customer's socket (namespace `/customer`); valid for this chat only. */
  token: z.string(),
  expiresAt: isoDateTime,
});
export type ChatSessionResponse = z.infer<typeof chatSessionResponseSchema>;

/** Where the customer's chat stands, as the customer page shows it. */
export const CUSTOMER_CHAT_STATES = ['waiting', 'connected', 'ended'] as const;
export const customerChatStatusSchema = z.object({
  state: z.enum(CUSTOMER_CHAT_STATES),
  agentName: z.string().nullable(),
});
export type CustomerChatStatus = z.infer<typeof customerChatStatusSchema>;

export const typingSchema = z.object({ contactId: z.string(), typing: z.boolean() });
