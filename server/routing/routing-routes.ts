import { z } from 'zod';
import { apiErrorSchema, ERROR_CODES } from '../../shared/schemas/common.js';
import { contactHangupResponseSchema, contactHangupSchema } from '../../shared/schemas/contact.js';
import {
  agentPresenceListSchema,
  queueListSchema,
  routingSettingsSchema,
  type QueueSummary,
  type RoutingSettings,
} from '../../shared/schemas/work.js';
import type { AuthenticatedAgent } from '../auth/agent-repository.js';
import { findContactByExternalId } from '../contacts/contact-repository.js';
import type { Db } from '../db/client.js';
import { requireAgent, type GatewayApp } from '../http/app.js';
import { allowRoles } from '../access/roles.js';
import { HttpError } from '../http/errors.js';
import type { IntegrationAuth } from '../http/integration-auth.js';
import type { Router } from './router.js';
import type { RoutingSettingsStore } from './settings-store.js';

export interface RoutingRouteDeps {
  db: Db;
  /** The signature, replay and per-source limit check of the signed integration routes. */
  integrationAuth: IntegrationAuth;
  authenticate: (token: string) => Promise<AuthenticatedAgent | null>;
  router: Router;
  settings: RoutingSettingsStore;
  queues: () => Omit<QueueSummary, 'waiting'>[];
  onSettingsChanged: (settings: RoutingSettings) => Promise<void>;
}

const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema };

/** Presence, queues, the lead's routing settings and the CTI's hang-up webhook. */
export function registerRoutingRoutes(app: GatewayApp, deps: RoutingRouteDeps): void {
  const auth = requireAgent(deps.authenticate);
  const desktop = { tags: ['desktop'], security: [{ bearer: [] }] };

  app.get(
    '/api/v1/agents/presence',
    { preHandler: auth, schema: { ...desktop, summary: "Every agent's presence now.", response: { 200: agentPresenceListSchema, ...errors } } },
    () => ({ items: deps.router.statuses() }),
  );

  app.get(
    '/api/v1/queues',
    { preHandler: auth, schema: { ...desktop, summary: 'Queues with how many contacts wait in each.', response: { 200: queueListSchema, ...errors } } },
    () => {
      const waiting = deps.router.table.waitingByQueue();
      return { items: deps.queues().map((q) => ({ ...q, waiting: waiting.get(q.id) ?? 0 })) };
    },
  );

  app.get(
    '/api/v1/routing/settings',
    { preHandler: auth, schema: { ...desktop, summary: 'Ring timeout, after-contact-work limit, chats per agent.', response: { 200: routingSettingsSchema, ...errors } } },
    () => deps.settings.get(),
  );

  app.put(
    '/api/v1/routing/settings',
    {
      preHandler: [auth, allowRoles(['admin'], 'change routing settings')],
      schema: { ...desktop, summary: 'Set the routing settings (admins).', body: routingSettingsSchema, response: { 200: routingSettingsSchema, ...errors } },
    },
    async (request) => {
      const saved = await deps.settings.set(request.body, request.agent?.id ?? 'unknown');
      await deps.onSettingsChanged(saved);
      return saved;
    },
  );

  app.post(
    '/api/v1/contacts/hangup',
    {
      preValidation: deps.integrationAuth,
      schema: {
        tags: ['integrations'],
        summary: 'The CTI reports that the customer hung up (signed; repeating it changes nothing).',
        security: [{ signature: [], source: [] }],
        body: contactHangupSchema,
        response: { 200: contactHangupResponseSchema, ...errors, 429: apiErrorSchema },
      },
    },
    async (request) => {
      const contact = await findContactByExternalId(deps.db, request.body.externalId);
      if (!contact) throw new HttpError(404, ERROR_CODES.notFound, `No contact "${request.body.externalId}"`, 'externalId');
      const moved = await deps.router.hangup(contact.id);
      return { contactId: contact.id, state: moved?.state ?? contact.state };
    },
  );
}

export const contactIdParams = z.object({ id: z.string().min(1).max(64) });
