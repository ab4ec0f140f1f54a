import { z } from 'zod';
import { contactOfferSchema } from './contact.js';
import { agentStatusSchema } from './auth.js';
import { customerIdSchema } from './customer.js';
import { contactLinkRequestSchema, contactLinkResponseSchema } from './customer-search.js';
import { recommendedScriptSchema } from './pop.js';
import { riskAssessmentSchema, worklistItemSchema } from './risk.js';
import { touchpointSchema } from './touchpoint.js';

/** Socket event names, `resource.verb`. */
export const SERVER_EVENTS = {
  contactOffered: 'contact.offered',
  contactEnded: 'contact.ended',
  agentStateChanged: 'agent.state-changed',
  timelineAppended: 'timeline.appended',
  riskUpdated: 'risk.updated',
  worklistUpdated: 'worklist.updated',
} as const;

export const CLIENT_EVENTS = {
  agentReady: 'agent.ready',
  agentSetState: 'agent.set-state',
  contactEnd: 'contact.end',
  contactLink: 'contact.link',
  ping: 'sys.ping',
} as const;

/** Payload schema of each server → desktop event. Both sides parse with these. */
export const serverEventSchemas = {
  [SERVER_EVENTS.contactOffered]: contactOfferSchema,
  [SERVER_EVENTS.contactEnded]: z.object({ contactId: z.string() }),
  [SERVER_EVENTS.agentStateChanged]: agentStatusSchema,
  [SERVER_EVENTS.timelineAppended]: z.object({
    customerId: customerIdSchema,
    items: z.array(touchpointSchema),
  }),
  /** A customer's risk changed while a desktop shows them: new score, reason and scripts. */
  [SERVER_EVENTS.riskUpdated]: z.object({
    customerId: customerIdSchema,
    risk: riskAssessmentSchema,
    scripts: z.array(recommendedScriptSchema),
  }),
  /** A worklist item was added, claimed or closed (sent to every signed-in agent). */
  [SERVER_EVENTS.worklistUpdated]: worklistItemSchema,
} as const;

export type ServerEventName = keyof typeof serverEventSchemas;
export type ServerEventPayload<E extends ServerEventName> = z.infer<(typeof serverEventSchemas)[E]>;

/** Request and acknowledgement schemas of each desktop → server event. */
export const clientEventSchemas = {
  [CLIENT_EVENTS.agentReady]: {
    request: z.object({}).strict(),
    response: agentStatusSchema,
  },
  [CLIENT_EVENTS.agentSetState]: {
    request: z.object({ state: z.enum(['available', 'away']) }).strict(),
    response: agentStatusSchema,
  },
  [CLIENT_EVENTS.contactEnd]: {
    request: z.object({ contactId: z.string().min(1).max(64) }).strict(),
    response: z.object({ contactId: z.string() }),
  },
  [CLIENT_EVENTS.contactLink]: {
    request: contactLinkRequestSchema,
    response: contactLinkResponseSchema,
  },
  [CLIENT_EVENTS.ping]: {
    request: z.object({ sentAt: z.number() }).strict(),
    response: z.object({ sentAt: z.number(), serverAt: z.number() }),
  },
} as const;

export type ClientEventName = keyof typeof clientEventSchemas;
export type ClientEventRequest<E extends ClientEventName> = z.infer<
  (typeof clientEventSchemas)[E]['request']
>;
export type ClientEventResponse<E extends ClientEventName> = z.infer<
  (typeof clientEventSchemas)[E]['response']
>;

/** Every acknowledgement says ok or carries an error in the HTTP error's shape. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string; field?: string } };

export type ServerToClientEvents = {
  [E in ServerEventName]: (payload: ServerEventPayload<E>) => void;
};
export type ClientToServerEvents = {
  [E in ClientEventName]: (
    payload: ClientEventRequest<E>,
    ack: (response: Ack<ClientEventResponse<E>>) => void,
  ) => void;
};

/** socket.io `auth` payload on connect. */
export const socketAuthSchema = z.object({ token: z.string().min(1).max(4096) });
