/**
 * What a contact leaves on the customer's timeline: the conversation itself, each chat message,
 * a transfer's handover, the wrap-up (disposition, note, VOC, case, promise). Pure builders; the
 * caller writes them in the transaction that made them true.
 */
import type { ChatMessage } from '../../shared/schemas/chat.js';
import type { Handover } from '../../shared/schemas/contact.js';
import type { WrapUpRequest } from '../../shared/schemas/work.js';
import type { touchpoints } from '../db/schema.js';
import type { ContactRow } from './contact-repository.js';

export type TouchpointInsert = typeof touchpoints.$inferInsert;

const clip = (text: string, max = 1000) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** A contact's entry before it is given its customer and channel (the contact's row has them). */
export type ContactEntry = Omit<TouchpointInsert, 'customerId' | 'channel'>;

const entryBase = (contactId: string, key: string, at: Date) => ({
  eventId: `contact:${contactId}:${key}`,
  occurredAt: at,
  stage: 'consultation' as const,
});

function base(row: ContactRow & { customerId: string }, key: string, at: Date): Omit<TouchpointInsert, 'kind' | 'summary'> {
  return { ...entryBase(row.id, key, at), customerId: row.customerId, channel: row.channel };
}

/**
 * The agent answered: one entry for the conversation. Known before the accept is written (routing
 * holds the contact's channel and queue), so the accept's statement writes it.
 */
export function answeredEntry(
  contact: { id: string; channel: ContactRow['channel']; queueId: string },
  agentName: string,
  at: Date,
): ContactEntry {
  const what = contact.channel === 'voice' ? 'Call' : 'Chat';
  return {
    ...entryBase(contact.id, 'answered', at),
    kind: `contact.${contact.channel}_answered`,
    summary: `${what} answered by ${agentName} (${contact.queueId})`,
    attributes: { contactId: contact.id, direction: 'inbound', agent: agentName },
  };
}

export function chatMessageTouchpoint(row: { id: string; customerId: string }, message: ChatMessage): TouchpointInsert {
  const fromCustomer = message.sender === 'customer';
  const links = message.attachments.map((a) => ` [${a.name}]`).join('');
  return {
    eventId: `chat:${message.id}`,
    customerId: row.customerId,
    occurredAt: new Date(message.sentAt),
    channel: 'chat',
    stage: 'consultation',
    kind: 'chat.message',
    summary: clip(`${fromCustomer ? 'Customer' : (message.authorName ?? 'Agent')}: ${message.text}${links}`),
    attributes: {
      contactId: row.id,
      direction: fromCustomer ? 'inbound' : 'outbound',
      text: clip(message.text, 500),
    },
  };
}

export function transferTouchpoint(
  row: ContactRow & { customerId: string },
  handover: Handover,
  target: string,
  at: Date,
): TouchpointInsert {
  const facts = handover.facts.length > 0 ? ` Known: ${handover.facts.join('; ')}.` : '';
  return {
    ...base(row, `transfer:${at.getTime()}`, at),
    kind: 'contact.transferred',
    summary: clip(`${handover.fromAgentName} transferred to ${target} (${handover.mode}): ${handover.note}${facts}`),
    attributes: { contactId: row.id, mode: handover.mode, from: handover.fromAgentName, to: target },
  };
}

/**
 * The wrap-up's entries: the disposition and note, and the customer's words when captured. Known
 * before the contact's row is read, so a one-statement wrap-up can write them with the move.
 */
export function wrapUpEntries(contactId: string, wrap: WrapUpRequest, agentName: string, at: Date): ContactEntry[] {
  const note = wrap.note ? `: ${wrap.note}` : '';
  const entries: ContactEntry[] = [
    {
      ...entryBase(contactId, 'wrap_up', at),
      kind: 'contact.wrap_up',
      summary: clip(`${agentName} wrapped up — ${wrap.disposition.replaceAll('_', ' ')}${note}`),
      attributes: { contactId, disposition: wrap.disposition, agent: agentName },
    },
  ];
  if (wrap.voc) {
    entries.push({
      ...entryBase(contactId, 'voc', at),
      kind: 'voc.captured',
      summary: clip(`Customer said: “${wrap.voc.customerWords}” (${wrap.voc.rootCauses.join(', ')}; ${wrap.voc.sentiment})`),
      attributes: {
        contactId,
        rootCauses: wrap.voc.rootCauses.join(','),
        sentiment: wrap.voc.sentiment,
      },
    });
  }
  return entries;
}

/** The wrap-up's entries for the contact's customer (see wrapUpEntries). */
export function wrapUpTouchpoints(
  row: ContactRow & { customerId: string },
  wrap: WrapUpRequest,
  agentName: string,
  at: Date,
): TouchpointInsert[] {
  return wrapUpEntries(row.id, wrap, agentName, at).map((entry) => ({ ...entry, customerId: row.customerId, channel: row.channel }));
}

export function promiseTouchpoint(
  row: ContactRow & { customerId: string },
  promise: { id: string; description: string; dueAt: Date },
  agentName: string,
  at: Date,
): TouchpointInsert {
  return {
    ...base(row, 'promise', at),
    kind: 'promise.made',
    summary: clip(`${agentName} promised: ${promise.description} (by ${promise.dueAt.toISOString().slice(0, 16).replace('T', ' ')} UTC)`),
    attributes: { contactId: row.id, promiseId: promise.id, direction: 'outbound' },
  };
}

export function complaintTouchpoint(
  row: ContactRow & { customerId: string },
  complaint: { id: string; created: boolean; ownerName: string; dueAt: Date },
  at: Date,
): TouchpointInsert {
  return {
    ...base(row, 'complaint', at),
    kind: complaint.created ? 'complaint.opened' : 'complaint.updated',
    summary: `Complaint ${complaint.id} ${complaint.created ? 'opened' : 'updated'}: owner ${complaint.ownerName}, due ${complaint.dueAt.toISOString().slice(0, 10)}`,
    attributes: { contactId: row.id, complaintId: complaint.id },
  };
}
