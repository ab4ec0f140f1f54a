/** The customer's chat page ↔ gateway, socket.io namespace `/customer`. */
import { z } from 'zod';
import { chatDraftSchema, chatMessageSchema, customerChatStatusSchema } from './chat.js';

export const CUSTOMER_NAMESPACE = '/customer';

export const customerServerEventSchemas = {
  'chat.message': chatMessageSchema,
  /** The agent is typing (or stopped). */
  'chat.typing': z.object({ typing: z.boolean() }),
  'chat.status': customerChatStatusSchema,
} as const;
export type CustomerServerEventName = keyof typeof customerServerEventSchemas;
export type CustomerServerEventPayload<E extends CustomerServerEventName> = z.infer<
  (typeof customerServerEventSchemas)[E]
>;

export const customerClientEventSchemas = {
  /** Send a message; answered with the stored message. */
  'chat.send': { request: chatDraftSchema, response: chatMessageSchema },
  'chat.typing': { request: z.object({ typing: z.boolean() }).strict(), response: z.object({}) },
  /** The customer ends the chat (closing the page without it ends it after a grace period). */
  'chat.leave': { request: z.object({}).strict(), response: customerChatStatusSchema },
  /** On (re)connect: the transcript so far and where the chat stands. */
  'chat.resume': {
    request: z.object({}).strict(),
    response: z.object({ status: customerChatStatusSchema, messages: z.array(chatMessageSchema) }),
  },
} as const;
export type CustomerClientEventName = keyof typeof customerClientEventSchemas;
export type CustomerClientEventRequest<E extends CustomerClientEventName> = z.input<
  (typeof customerClientEventSchemas)[E]['request']
>;
export type CustomerClientEventResponse<E extends CustomerClientEventName> = z.infer<
  (typeof customerClientEventSchemas)[E]['response']
>;
