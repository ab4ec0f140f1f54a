/** The team lead's console actions over HTTP (all lead-only and audited by the gateway). */
import { z } from 'zod';
import { agentStatusSchema, type AgentStatus } from '../../../../shared/schemas/auth';
import { consoleAlertSchema, type ConsoleAlert } from '../../../../shared/schemas/console-alerts';
import {
  monitorResponseSchema,
  whisperSchema,
  type LeadSetAgentState,
  type MonitorResponse,
  type Whisper,
} from '../../../../shared/schemas/console-actions';
import { contactSchema, type Contact } from '../../../../shared/schemas/contact';
// `.js` because the lint's Node-builtin pattern `http` also matches an extensionless `../http`.
import { apiFetch } from '../http.js';

const CONSOLE = '/api/v1/console';
const contactPath = (id: string) => `${CONSOLE}/contacts/${encodeURIComponent(id)}`;

/** Sends a waiting contact to one agent (offered to them alone). */
export function reassignContact(contactId: string, agentId: string): Promise<Contact> {
  return apiFetch(`${contactPath(contactId)}/reassign`, {
    schema: contactSchema,
    method: 'POST',
    body: { agentId },
  });
}

/** Pulls a waiting contact to the front of its queue. */
export function frontContact(contactId: string): Promise<Contact> {
  return apiFetch(`${contactPath(contactId)}/front`, { schema: contactSchema, method: 'POST' });
}

/** Sets an agent available, or away with a reason; answers with their presence now. */
export function setAgentState(agentId: string, request: LeadSetAgentState): Promise<AgentStatus> {
  return apiFetch(`${CONSOLE}/agents/${encodeURIComponent(agentId)}/state`, {
    schema: agentStatusSchema,
    method: 'POST',
    body: request,
  });
}

/** Acknowledges an alert; answers with the alert as it now stands. */
export function acknowledgeAlert(alertId: string): Promise<ConsoleAlert> {
  return apiFetch(`${CONSOLE}/alerts/${encodeURIComponent(alertId)}/acknowledge`, {
    schema: consoleAlertSchema,
    method: 'POST',
  });
}

/** Starts silent monitoring: the conversation so far; live messages follow on the socket. */
export function startMonitor(contactId: string): Promise<MonitorResponse> {
  return apiFetch(`${contactPath(contactId)}/monitor`, {
    schema: monitorResponseSchema,
    method: 'POST',
  });
}

/** Stops monitoring (whatever the gateway answers, nothing is read from it). */
export async function stopMonitor(contactId: string): Promise<void> {
  await apiFetch(`${contactPath(contactId)}/monitor`, { schema: z.unknown(), method: 'DELETE' });
}

/** A whisper to the agent handling the contact; the customer never sees it. */
export function sendWhisper(contactId: string, text: string): Promise<Whisper> {
  return apiFetch(`${contactPath(contactId)}/whisper`, {
    schema: whisperSchema,
    method: 'POST',
    body: { text },
  });
}
