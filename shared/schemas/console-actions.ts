/** Requests and replies of the team lead's console actions (all lead-only, all audited). */
import { z } from 'zod';
import { AWAY_REASONS } from '../domain.js';
import { isoDateTime } from './common.js';
import { chatMessageSchema, CHAT_TEXT_MAX } from './chat.js';
import { contactSchema } from './contact.js';

export const reassignRequestSchema = z.object({ agentId: z.string().min(1).max(64) }).strict();

/** A lead sets an agent available, or away with a reason. */
export const leadSetAgentStateSchema = z
  .object({
    state: z.enum(['available', 'away']),
    reason: z.enum(AWAY_REASONS).exclude(['missed_offer']).optional(),
  })
  .strict()
  .refine((v) => v.state === 'available' || v.reason !== undefined, {
    message: 'say why: break, meeting or training',
    path: ['reason'],
  });
export type LeadSetAgentState = z.infer<typeof leadSetAgentStateSchema>;

/** Silent monitoring starts with the conversation so far; live messages follow on the socket. */
export const monitorResponseSchema = z.object({
  contact: contactSchema,
  messages: z.array(chatMessageSchema),
});
export type MonitorResponse = z.infer<typeof monitorResponseSchema>;

export const whisperRequestSchema = z
  .object({ text: z.string().trim().min(1).max(CHAT_TEXT_MAX) })
  .strict();

/** A lead's whisper: shown to the agent handling the contact, never to the customer. */
export const whisperSchema = z.object({
  id: z.string(),
  contactId: z.string(),
  fromAgentId: z.string(),
  fromName: z.string(),
  text: z.string(),
  sentAt: isoDateTime,
});
export type Whisper = z.infer<typeof whisperSchema>;
