/**
 * Test support for the contact lifecycle: contacts valid by the shared schema, and a fake gateway
 * on the fake socket that answers accept / decline / end / wrap-up / transfer / consult and
 * presence like the real one, recording what the desktop sent.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { expect, vi } from 'vitest';
import type { AgentState, AwayReason } from '../../../../shared/domain';
import type { AgentStatus } from '../../../../shared/schemas/auth';
import type { Contact, ContactOffer } from '../../../../shared/schemas/contact';
import type { ConsultMessage } from '../../../../shared/schemas/work';
import type { FakeSocket } from '../../../../test/setup/fake-socket';
import { renderWithProviders, signedInState } from '../../../../test/setup/renderer-providers';
import { AppRoot } from '../../app/AppRoot';
import { aContact, aCustomer, aPopBundle } from '../pop/test-fixtures';

export const ME = 'agent-1';
const SECOND = 1000;
const inSeconds = (seconds: number) => new Date(Date.now() + seconds * SECOND).toISOString();

/** A contact offered to the signed-in agent, ringing for another 20 s. */
export function aRingingContact(overrides: Partial<Contact> = {}): Contact {
  return aContact({
    createdAt: inSeconds(-30),
    offeredAt: inSeconds(-1),
    ownerId: ME,
    priority: 10,
    ringDeadline: inSeconds(20),
    ...overrides,
  });
}

/** The same contact connected to the signed-in agent. */
export function anActiveContact(overrides: Partial<Contact> = {}): Contact {
  return aRingingContact({
    state: 'active',
    ringDeadline: null,
    acceptedAt: inSeconds(-60),
    ...overrides,
  });
}

export function anOfferOf(contact: Contact, name = 'Wang Li'): ContactOffer {
  const customerId = contact.customerId ?? 'cust-001';
  return {
    contact,
    pop:
      contact.customerId === null
        ? null
        : aPopBundle({ customer: aCustomer({ id: customerId, name }) }),
    candidates: [],
  };
}

export function aStatus(overrides: Partial<AgentStatus> = {}): AgentStatus {
  return {
    agentId: ME,
    displayName: 'Lin Mei',
    role: 'specialist',
    state: 'available',
    reason: null,
    since: inSeconds(-65),
    holding: 0,
    queues: ['claims', 'complaints'],
    ...overrides,
  };
}

/** The colleagues `GET /api/v1/agents/presence` lists. */
export const COLLEAGUES: AgentStatus[] = [
  aStatus(),
  aStatus({ agentId: 'agent-2', displayName: 'Li Na', state: 'available' }),
  aStatus({ agentId: 'agent-3', displayName: 'Zhou Min', state: 'away', reason: 'break' }),
  aStatus({ agentId: 'agent-4', displayName: 'Chen Jie', state: 'offline' }),
];

export const QUEUES = [
  { id: 'claims', name: 'Claims', channel: 'voice', waiting: 3 },
  { id: 'complaints', name: 'Complaints', channel: 'voice', waiting: 1 },
];

/**
 * The gateway's side of the lifecycle on `socket`: contacts it knows (offered through
 * `offer`) move as the desktop asks. Answers can be replaced per test with `socket.answer`.
 */
export function installGateway(socket: FakeSocket, ready: Partial<AgentStatus> = {}) {
  const contacts = new Map<string, Contact>();
  // A contact pushed straight with `socket.serverEmit` is taken as connected to the agent.
  const known = (contactId: string) =>
    contacts.get(contactId) ?? anActiveContact({ id: contactId });
  const move = (contactId: string, change: Partial<Contact>) => {
    const next = { ...known(contactId), ...change };
    contacts.set(contactId, next);
    return next;
  };
  socket.answer('agent.ready', () => ({ ok: true, data: aStatus(ready) }));
  socket.answer('agent.set-state', ({ state, reason }) => ({
    ok: true,
    data: aStatus({
      state: state as AgentState,
      reason: (reason ?? null) as AwayReason | null,
      since: new Date().toISOString(),
    }),
  }));
  socket.answer('contact.accept', ({ contactId }) => ({
    ok: true,
    data: move(contactId, {
      state: 'active',
      ownerId: ME,
      ringDeadline: null,
      pendingTransfer: null,
      acceptedAt: new Date().toISOString(),
    }),
  }));
  socket.answer('contact.decline', ({ contactId }) => ({ ok: true, data: { contactId } }));
  socket.answer('contact.end', ({ contactId }) => ({
    ok: true,
    data: move(contactId, {
      state: 'wrap_up',
      wrapUpStartedAt: new Date().toISOString(),
      acwDeadline: inSeconds(120),
    }),
  }));
  socket.answer('contact.wrap-up', ({ contactId }) => ({
    ok: true,
    data: { contactId, complaintId: null, promiseId: null },
  }));
  socket.answer('contact.transfer', ({ contactId, mode, target }) => {
    if (mode === 'warm' && target.kind === 'agent') {
      const name = COLLEAGUES.find((a) => a.agentId === target.agentId)?.displayName ?? '?';
      return {
        ok: true,
        data: move(contactId, {
          pendingTransfer: { toAgentId: target.agentId, toAgentName: name },
        }),
      };
    }
    return { ok: true, data: move(contactId, { state: 'queued', ownerId: null }) };
  });
  socket.answer('consult.send', ({ contactId, toAgentId, text }) => {
    const message: ConsultMessage = {
      contactId,
      fromAgentId: ME,
      fromAgentName: 'Lin Mei',
      toAgentId,
      text,
      sentAt: new Date().toISOString(),
    };
    return { ok: true, data: message };
  });

  return {
    /** Pushes `contact.offered` for this contact, as routing would. */
    offer(contact: Contact, name?: string) {
      contacts.set(contact.id, contact);
      act(() => socket.serverEmit('contact.offered', anOfferOf(contact, name)));
    },
    contact: known,
  };
}

/** The signed-in, connected workspace with the lifecycle gateway behind the socket. */
export async function renderLifecycleWorkspace(ready: Partial<AgentStatus> = {}) {
  const rendered = renderWithProviders(<AppRoot />, {
    state: signedInState(),
    socket: { autoConnect: false },
  });
  const socket = rendered.sockets.latest();
  const gateway = installGateway(socket, ready);
  act(() => socket.serverConnect());
  await waitFor(() => expect(screen.getByTestId('app')).toHaveAttribute('data-app-state', 'ready'));
  return { ...rendered, socket, gateway };
}

type HttpHandler = (url: URL, init: RequestInit | undefined) => unknown;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/**
 * `fetch` answering the lists the lifecycle reads (presence, queues) from the fixtures above;
 * `extra` adds or overrides `METHOD /path` handlers. Returns the requests made, as `METHOD /path`.
 */
export function mockGatewayHttp(extra: Record<string, HttpHandler> = {}) {
  const requests: string[] = [];
  const handlers: Record<string, HttpHandler> = {
    'GET /api/v1/agents/presence': () => ({ items: COLLEAGUES }),
    'GET /api/v1/queues': () => ({ items: QUEUES }),
    ...extra,
  };
  const spy = vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    const key = `${init?.method ?? 'GET'} ${url.pathname}`;
    requests.push(key);
    const handler = handlers[key];
    return Promise.resolve(
      handler === undefined
        ? json(404, { error: { code: 'not_found', message: `no ${key}` } })
        : json(200, handler(url, init)),
    );
  });
  return { requests, spy };
}

/** Opens an antd Select by its test id and picks the option with this label. */
export function pick(testId: string, label: string): void {
  fireEvent.mouseDown(within(screen.getByTestId(testId)).getByRole('combobox'));
  // Only the open dropdown: closed ones stay in the document.
  const options = [
    ...document.querySelectorAll<HTMLElement>(
      '.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option',
    ),
  ];
  const option = options.find((element) => element.textContent === label);
  if (!option)
    throw new Error(`no option ${label} in ${options.map((o) => o.textContent).join(', ')}`);
  fireEvent.click(option);
}

/** The element with this test id and `data-value` (option buttons, tags). */
export function byValue(testId: string, value: string): HTMLElement {
  const element = screen
    .getAllByTestId(testId)
    .find((candidate) => candidate.getAttribute('data-value') === value);
  if (!element) throw new Error(`no ${testId} ${value}`);
  return element;
}
