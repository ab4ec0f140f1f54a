import { z } from 'zod';
import { AWAY_REASONS } from '../domain.js';
import { agentChatSendSchema, chatMessageSchema, typingSchema } from './chat.js';
import { consoleAgentsSchema, consoleBoardPatchSchema, consoleBoardSchema } from './console.js';
import { whisperSchema } from './console-actions.js';
import { contactOfferSchema, contactSchema } from './contact.js';
import { agentStatusSchema } from './auth.js';
import { customerIdSchema } from './customer.js';
import { contactLinkRequestSchema, contactLinkResponseSchema } from './customer-search.js';
import { recommendedScriptSchema } from './pop.js';
import { riskAssessmentSchema, worklistItemSchema } from './risk.js';
import { touchpointSchema } from './touchpoint.js';
import {
  consultMessageSchema,
  consultSendSchema,
  queueWaitingSchema,
  transferRequestSchema,
  wrapUpRequestSchema,
  wrapUpResponseSchema,
} from './work.js';

/** Socket event names, `resource.verb`. */
export const SERVER_EVENTS = {
  contactOffered: 'contact.offered',
  contactUpdated: 'contact.updated',
  contactEnded: 'contact.ended',
  chatMessage: 'chat.message',
  chatTyping: 'chat.typing',
  consultMessage: 'consult.message',
  agentStateChanged: 'agent.state-changed',
  agentsPresence: 'agents.presence',
  timelineAppended: 'timeline.appended',
  riskUpdated: 'risk.updated',
  worklistUpdated: 'worklist.updated',
  consoleBoard: 'console.board',
  consoleBoardPatch: 'console.board-patch',
  consoleAgents: 'console.agents',
  chatWhisper: 'chat.whisper',
  queueWaiting: 'queue.waiting',
} as const;

export const CLIENT_EVENTS = {
  agentReady: 'agent.ready',
  agentSetState: 'agent.set-state',
  contactAccept: 'contact.accept',
  contactDecline: 'contact.decline',
  contactEnd: 'contact.end',
  contactWrapUp: 'contact.wrap-up',
  contactTransfer: 'contact.transfer',
  contactLink: 'contact.link',
  chatSend: 'chat.send',
  chatTyping: 'chat.typing',
  consultSend: 'consult.send',
  syncAck: 'sync.ack',
  topicsWatch: 'topics.watch',
  consoleResync: 'console.resync',
  ping: 'sys.ping',
} as const;

/**
 * Broadcasts a desktop gets only while it shows them (it says which with `topics.watch`):
 * everyone's presence (transfer and consult pickers), the pre-emption worklist and, for team
 * leads only, the console's agents grid. Sent to every desktop, each change was 500 frames with
 * 500 agents signed in, for the few who had them open.
 */
export const WATCH_TOPICS = [
  SERVER_EVENTS.agentsPresence,
  SERVER_EVENTS.worklistUpdated,
  SERVER_EVENTS.consoleAgents,
] as const;
/** Topics only team leads and admins may watch (the gateway ignores them from anyone else). */
export const LEAD_TOPICS: readonly WatchTopic[] = [SERVER_EVENTS.consoleAgents];
export type WatchTopic = (typeof WATCH_TOPICS)[number];
const watchTopicsSchema = z.object({ topics: z.array(z.enum(WATCH_TOPICS)).max(WATCH_TOPICS.length) }).strict();

/** Why a contact left a desktop. */
export const CONTACT_END_REASONS = [
  'closed',
  'abandoned',
  'transferred',
  'ring_timeout',
  'declined',
] as const;
export type ContactEndReason = (typeof CONTACT_END_REASONS)[number];

const contactRef = z.object({ contactId: z.string().min(1).max(64) }).strict();

/** `away` needs a reason an agent may choose (`missed_offer` is routing's own). */
export const setStateRequestSchema = z
  .object({
    state: z.enum(['available', 'away']),
    reason: z.enum(AWAY_REASONS).exclude(['missed_offer']).optional(),
  })
  .strict()
  .refine((r) => r.state === 'available' || r.reason !== undefined, {
    message: 'say why: break, meeting or training',
    path: ['reason'],
  });

/**
 * Where an event sits in its agent's delivery sequence: sent as the event's second argument on
 * every event addressed to one agent (offers, contact changes, chat messages, consults, whispers).
 * `seq` counts up by one per agent within a gateway run (`epoch`); the desktop applies them in
 * order, once each, and acknowledges with `sync.ack`. Broadcasts (presence, boards, counts) and
 * typing carry none: they are state, refetched after a reconnect.
 */
export const deliveryMetaSchema = z
  .object({ epoch: z.string().min(1).max(64), seq: z.number().int().positive() })
  .strict();
export type DeliveryMeta = z.infer<typeof deliveryMetaSchema>;

/** The last event a desktop applied: where a reconnecting desktop asks to resume from. */
export const deliveryPointSchema = z
  .object({ epoch: z.string().min(1).max(64), seq: z.number().int().nonnegative() })
  .strict();
export type DeliveryPoint = z.infer<typeof deliveryPointSchema>;

/** `agent.ready` with delivery: the desktop acknowledges events and may resume a sequence. */
export const agentReadyRequestSchema = z
  .object({
    delivery: z.object({ resume: deliveryPointSchema.nullable() }).strict().optional(),
  })
  .strict();

/**
 * The answer to a desktop that asked for delivery. `resumed`: every event after its `resume`
 * point was re-sent before this answer, in order. Otherwise the desktop starts afresh at `seq`:
 * what it held and is not in `held` is gone, and each held contact is offered to it again.
 */
export const deliveryStateSchema = z.object({
  epoch: z.string(),
  seq: z.number().int().nonnegative(),
  resumed: z.boolean(),
  held: z.array(z.string()),
});
export type DeliveryState = z.infer<typeof deliveryStateSchema>;

/** Payload schema of each server → desktop event. Both sides parse with these. */
export const serverEventSchemas = {
  [SERVER_EVENTS.contactOffered]: contactOfferSchema,
  /** The contact moved on (accepted, wrap-up, a warm transfer pending or refused). */
  [SERVER_EVENTS.contactUpdated]: contactSchema,
  /** The contact left this desktop, and why. */
  [SERVER_EVENTS.contactEnded]: z.object({ contactId: z.string(), reason: z.enum(CONTACT_END_REASONS) }),
  [SERVER_EVENTS.chatMessage]: chatMessageSchema,
  /**
   * The customer is typing (or stopped) in this chat. Leads monitoring it get both sides, with
   * `from` saying whose (absent on the agent's own events: there it is always the customer).
   */
  [SERVER_EVENTS.chatTyping]: typingSchema.extend({ from: z.enum(['customer', 'agent']).optional() }),
  [SERVER_EVENTS.consultMessage]: consultMessageSchema,
  /** At once, to the agent's own desktops and the team leads'. */
  [SERVER_EVENTS.agentStateChanged]: agentStatusSchema,
  /** Every desktop, at most every 500 ms: the latest presence of each agent who changed. */
  [SERVER_EVENTS.agentsPresence]: z.object({ statuses: z.array(agentStatusSchema) }),
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
  /** The queues board, to team leads and admins only, within a second of a change. */
  [SERVER_EVENTS.consoleBoard]: consoleBoardSchema,
  /** Each board after the first, as the change from the one pushed before it (leads and admins only). */
  [SERVER_EVENTS.consoleBoardPatch]: consoleBoardPatchSchema,
  /** The agents grid, with each board, to the team leads and admins watching it. */
  [SERVER_EVENTS.consoleAgents]: consoleAgentsSchema,
  /** A lead's whisper, to the agent handling the contact (and leads monitoring it), never the customer. */
  [SERVER_EVENTS.chatWhisper]: whisperSchema,
  /**
   * The waiting count of each of the agent's queues: at once on `agent.ready`, then at most every
   * 500 ms while one of them changes (the last count always arrives).
   */
  [SERVER_EVENTS.queueWaiting]: queueWaitingSchema,
} as const;

export type ServerEventName = keyof typeof serverEventSchemas;
export type ServerEventPayload<E extends ServerEventName> = z.infer<(typeof serverEventSchemas)[E]>;

/** Request and acknowledgement schemas of each desktop → server event. */
export const clientEventSchemas = {
  [CLIENT_EVENTS.agentReady]: {
    request: agentReadyRequestSchema,
    response: agentStatusSchema.extend({ delivery: deliveryStateSchema.optional() }),
  },
  [CLIENT_EVENTS.agentSetState]: {
    request: setStateRequestSchema,
    response: agentStatusSchema,
  },
  [CLIENT_EVENTS.contactAccept]: { request: contactRef, response: contactSchema },
  [CLIENT_EVENTS.contactDecline]: { request: contactRef, response: contactRef },
  /** The agent ends the conversation: the contact goes to wrap-up. */
  [CLIENT_EVENTS.contactEnd]: { request: contactRef, response: contactSchema },
  [CLIENT_EVENTS.contactWrapUp]: { request: wrapUpRequestSchema, response: wrapUpResponseSchema },
  [CLIENT_EVENTS.contactTransfer]: { request: transferRequestSchema, response: contactSchema },
  [CLIENT_EVENTS.chatSend]: {
    request: agentChatSendSchema,
    response: chatMessageSchema,
  },
  [CLIENT_EVENTS.chatTyping]: { request: typingSchema.strict(), response: z.object({}) },
  [CLIENT_EVENTS.consultSend]: { request: consultSendSchema, response: consultMessageSchema },
  [CLIENT_EVENTS.contactLink]: {
    request: contactLinkRequestSchema,
    response: contactLinkResponseSchema,
  },
  /** Every sequenced event up to `seq` is applied: the gateway stops re-sending them. */
  [CLIENT_EVENTS.syncAck]: { request: deliveryPointSchema, response: z.object({}) },
  /** The broadcasts this desktop shows now, all of them (it replaces what it said before). */
  [CLIENT_EVENTS.topicsWatch]: { request: watchTopicsSchema, response: watchTopicsSchema },
  /** A lead's desktop cannot apply a board patch: the last board pushed, whole (leads and admins only). */
  [CLIENT_EVENTS.consoleResync]: { request: z.object({}).strict(), response: consoleBoardSchema },
  [CLIENT_EVENTS.ping]: {
    request: z.object({ sentAt: z.number() }).strict(),
    response: z.object({ sentAt: z.number(), serverAt: z.number() }),
  },
} as const;

export type ClientEventName = keyof typeof clientEventSchemas;
/** What a client sends (defaults not yet applied). */
export type ClientEventRequest<E extends ClientEventName> = z.input<
  (typeof clientEventSchemas)[E]['request']
>;
/** The request as a handler receives it, parsed. */
export type ClientEventParsed<E extends ClientEventName> = z.infer<(typeof clientEventSchemas)[E]['request']>;
export type ClientEventResponse<E extends ClientEventName> = z.infer<
  (typeof clientEventSchemas)[E]['response']
>;

/** Every acknowledgement says ok or carries an error in the HTTP error's shape. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string; field?: string } };

export type ServerToClientEvents = {
  [E in ServerEventName]: (payload: ServerEventPayload<E>, meta?: DeliveryMeta) => void;
};
export type ClientToServerEvents = {
  [E in ClientEventName]: (
    payload: ClientEventRequest<E>,
    ack: (response: Ack<ClientEventResponse<E>>) => void,
  ) => void;
};

/** socket.io `auth` payload on connect. */
export const socketAuthSchema = z.object({ token: z.string().min(1).max(4096) });
