import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { LANGUAGES } from '../../shared/domain.js';
import {
  cannedRepliesSchema,
  chatSessionRequestSchema,
  chatSessionResponseSchema,
  chatTranscriptSchema,
} from '../../shared/schemas/chat.js';
import { apiErrorSchema, ERROR_CODES } from '../../shared/schemas/common.js';
import type { AuthenticatedAgent } from '../auth/agent-repository.js';
import type { ChatTokens } from '../auth/tokens.js';
import { insertContact, type InsertedContact } from '../contacts/contact-repository.js';
import type { Db } from '../db/client.js';
import { cannedReplies } from '../db/schema.js';
import { requireAgent, type GatewayApp } from '../http/app.js';
import { HttpError } from '../http/errors.js';
import type { ChatService } from './chat-service.js';

export interface ChatRouteDeps {
  db: Db;
  authenticate: (token: string) => Promise<AuthenticatedAgent | null>;
  chatTokens: ChatTokens;
  chat: ChatService;
  webChatQueue: () => string;
  /** A new chat contact and its first message are stored: route it. */
  onChatStarted: (contact: InsertedContact) => Promise<void>;
  /** Chat sessions one address may open per minute. */
  sessionsPerMinute?: number;
}

const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema, 429: apiErrorSchema };

export function registerChatRoutes(app: GatewayApp, deps: ChatRouteDeps): void {
  const auth = requireAgent(deps.authenticate);
  const desktop = { tags: ['desktop'], security: [{ bearer: [] }] };

  app.post(
    '/api/v1/chat/sessions',
    {
      // Per address, with @fastify/rate-limit as createApp registered it.
      config: {
        rateLimit: {
          max: deps.sessionsPerMinute ?? 10,
          timeWindow: '1 minute',
          errorResponseBuilder: (_request, context) =>
            new HttpError(429, ERROR_CODES.rateLimited, `Too many chats started from here; try again in ${context.after}`),
        },
      },
      schema: {
        tags: ['customer'],
        summary: 'A customer starts a chat from the chat page; answered with a token for the /customer socket.',
        body: chatSessionRequestSchema,
        response: { 201: chatSessionResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const inserted = await insertContact(
        deps.db,
        {
          externalId: `webchat-${randomUUID()}`,
          channel: 'chat',
          from: { ...(body.phone ? { phone: body.phone } : {}), ...(body.email ? { email: body.email } : {}) },
          queue: deps.webChatQueue(),
          language: body.language,
        },
        { customerName: body.name },
      );
      const { row } = inserted;
      await deps.chat.customerSend(row.id, { text: body.message, attachments: [] }, { beforeRouting: true });
      await deps.onChatStarted(inserted);
      const { token, expiresAt } = await deps.chatTokens.issue(row.id);
      return reply.code(201).send({ contactId: row.id, token, expiresAt: expiresAt.toISOString() });
    },
  );

  app.get(
    '/api/v1/contacts/:id/messages',
    {
      preHandler: auth,
      schema: {
        ...desktop,
        summary: "A chat's whole transcript (also what was said before a transfer).",
        params: z.object({ id: z.string().min(1).max(64) }),
        response: { 200: chatTranscriptSchema, ...errors },
      },
    },
    async (request) => ({ items: await deps.chat.transcript(request.agent as AuthenticatedAgent, request.params.id) }),
  );

  app.get(
    '/api/v1/canned-replies',
    {
      preHandler: auth,
      schema: {
        ...desktop,
        summary: 'Canned chat replies (typed as /shortcut), in one language.',
        querystring: z.object({ language: z.enum(LANGUAGES) }),
        response: { 200: cannedRepliesSchema, ...errors },
      },
    },
    async (request) => ({
      items: await deps.db
        .select()
        .from(cannedReplies)
        .where(eq(cannedReplies.language, request.query.language))
        .orderBy(cannedReplies.shortcut),
    }),
  );
}
