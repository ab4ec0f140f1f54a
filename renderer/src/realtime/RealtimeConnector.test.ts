import type { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContactOffer } from '../../../shared/schemas/contact';
import type { PopBundle } from '../../../shared/schemas/pop';
import {
  createFakeSocketFactory,
  NO_ANSWER,
  type FakeSocketFactory,
} from '../../../test/setup/fake-socket';
import { createTestQueryClient, signedInState } from '../../../test/setup/renderer-providers';
import { contactKeys } from '../api/contacts/keys';
import type { HeldOffer } from '../api/contacts/offers-cache';
import { customerKeys } from '../api/customers/keys';
import { preemptionKeys } from '../api/preemption/keys';
import type { WorklistPage } from '../../../shared/schemas/risk';
import {
  aContact,
  aPopBundle,
  aScript,
  aTouchpoint,
  daysFromNow,
} from '../features/pop/test-fixtures';
import { aRiskAssessment, aWorklistItem } from '../features/risk/test-fixtures';
import { appStore } from '../state';
import { aStatus } from '../../../test/setup/fake-socket';
import type { RealtimeConnector } from './RealtimeConnector';
import { startTestConnector } from '../../../test/setup/renderer-connector';

const anOffer = (id: string, customerId = 'cust-001'): ContactOffer => ({
  contact: aContact({ id, customerId }),
  pop: aPopBundle({ customer: { ...aPopBundle().customer, id: customerId } }),
  candidates: [],
});

/** Lets queued microtasks (fake acks, connects) run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('RealtimeConnector', () => {
  let sockets: FakeSocketFactory;
  let queryClient: QueryClient;
  let connector: RealtimeConnector;
  const logger = { warn: vi.fn() };

  const offers = () => queryClient.getQueryData<HeldOffer[]>(contactKeys.offers()) ?? [];
  const popOf = (customerId: string) =>
    queryClient.getQueryData<PopBundle>(customerKeys.pop(customerId));

  beforeEach(async () => {
    appStore.setState(signedInState());
    sockets = createFakeSocketFactory();
    queryClient = createTestQueryClient();
    connector = startTestConnector({ socketFactory: sockets.factory, queryClient, logger });
    await settle();
  });
  afterEach(() => {
    connector.stop();
    logger.warn.mockReset();
  });

  it('connects with the access token and is ready only after agent.ready is acknowledged', () => {
    const socket = sockets.latest();
    expect(socket.url).toBe('http://gateway.test');
    expect(socket.auth).toEqual({ token: 'test-token' });
    expect(socket.emitsOf('agent.ready')).toEqual([{ delivery: { resume: null } }]);
    expect(appStore.getState().connection).toBe('ready');
    expect(appStore.getState().presence?.state).toBe('available');
  });

  it('stays connecting while agent.ready is unanswered', async () => {
    connector.stop();
    const held = createFakeSocketFactory();
    const slow = startTestConnector({
      socketFactory: (url, auth) => {
        const socket = held.factory(url, auth);
        held.latest().answer('agent.ready', () => NO_ANSWER);
        return socket;
      },
      queryClient,
      ackTimeoutMs: 1_000,
      logger,
    });
    await settle();
    expect(held.latest().emitsOf('agent.ready')).toHaveLength(1);
    expect(appStore.getState().connection).toBe('connecting');
    slow.stop();
  });

  it('announces agent.ready again after a reconnect', async () => {
    const socket = sockets.latest();
    socket.serverDisconnect();
    expect(appStore.getState().connection).toBe('connecting');

    socket.serverConnect();
    await settle();

    expect(socket.emitsOf('agent.ready')).toHaveLength(2);
    expect(appStore.getState().connection).toBe('ready');
  });

  it('puts an offered contact and its pop in the cache and makes it active', () => {
    sockets.latest().serverEmit('contact.offered', anOffer('contact-1'));

    expect(offers().map((o) => o.contact.id)).toEqual(['contact-1']);
    expect(popOf('cust-001')?.customer.name).toBe('Wang Li');
    expect(appStore.getState().activeContactId).toBe('contact-1');
  });

  it('keeps one entry per contact and the first contact active when more are offered', () => {
    const socket = sockets.latest();
    socket.serverEmit('contact.offered', anOffer('contact-1'));
    socket.serverEmit('contact.offered', anOffer('contact-2', 'cust-002'));
    socket.serverEmit('contact.offered', anOffer('contact-1'));

    expect(offers().map((o) => o.contact.id)).toEqual(['contact-1', 'contact-2']);
    expect(appStore.getState().activeContactId).toBe('contact-1');
  });

  it('ignores and logs a malformed payload without touching the cache', () => {
    const socket = sockets.latest();
    socket.serverEmitRaw('contact.offered', { contact: { id: 42 } });
    socket.serverEmitRaw('contact.ended', null);

    expect(offers()).toEqual([]);
    expect(appStore.getState().activeContactId).toBeNull();
    expect(logger.warn).toHaveBeenCalledTimes(2);
    // …and the next good event still works.
    socket.serverEmit('contact.offered', anOffer('contact-1'));
    expect(offers()).toHaveLength(1);
  });

  it('drops an ended contact and brings the next held one forward', () => {
    const socket = sockets.latest();
    socket.serverEmit('contact.offered', anOffer('contact-1'));
    socket.serverEmit('contact.offered', anOffer('contact-2', 'cust-002'));

    socket.serverEmit('contact.ended', { contactId: 'contact-1', reason: 'closed' });
    expect(offers().map((o) => o.contact.id)).toEqual(['contact-2']);
    expect(appStore.getState().activeContactId).toBe('contact-2');

    socket.serverEmit('contact.ended', { contactId: 'contact-2', reason: 'abandoned' });
    expect(offers()).toEqual([]);
    expect(appStore.getState().activeContactId).toBeNull();
  });

  it('records presence changes for the signed-in agent', () => {
    const status = aStatus({ agentId: 'agent-1', state: 'on_contact' });
    sockets
      .latest()
      .serverEmit('agent.state-changed', aStatus({ agentId: 'agent-9', state: 'away' }));
    sockets.latest().serverEmit('agent.state-changed', status);
    expect(appStore.getState().presence).toEqual(status);
  });

  it('prepends appended touchpoints to the cached pop, once each', () => {
    const socket = sockets.latest();
    socket.serverEmit('contact.offered', anOffer('contact-1'));
    const before = popOf('cust-001')!.timeline;
    const fresh = aTouchpoint(-1, { id: 'tp-new', summary: 'Viewed the refund page' });

    socket.serverEmit('timeline.appended', { customerId: 'cust-001', items: [fresh] });
    socket.serverEmit('timeline.appended', { customerId: 'cust-001', items: [fresh] });

    const after = popOf('cust-001')!.timeline;
    expect(after.items[0]?.summary).toBe('Viewed the refund page');
    expect(after.items).toHaveLength(before.items.length + 1);
    expect(after.total).toBe(before.total + 1);
  });

  it('puts a new risk and its scripts into the cached pop, never an older one', () => {
    const socket = sockets.latest();
    socket.serverEmit('contact.offered', anOffer('contact-1'));
    const risk = aRiskAssessment({ computedAt: daysFromNow(0) });
    const scripts = [aScript({ id: 'scr-late', playbookId: 'late-claim' })];

    socket.serverEmit('risk.updated', { customerId: 'cust-001', risk, scripts });
    expect(popOf('cust-001')?.risk?.score).toBe(82);
    expect(popOf('cust-001')?.scripts.map((s) => s.id)).toEqual(['scr-late']);

    const stale = aRiskAssessment({ score: 10, band: 'low', computedAt: daysFromNow(-1) });
    socket.serverEmit('risk.updated', { customerId: 'cust-001', risk: stale, scripts: [] });
    expect(popOf('cust-001')?.risk?.score).toBe(82);

    // A customer no desktop shows is left alone (fetched fresh when it pops).
    socket.serverEmit('risk.updated', { customerId: 'cust-404', risk, scripts });
    expect(popOf('cust-404')).toBeUndefined();
  });

  it('patches every cached worklist page with an updated item', () => {
    const open = aWorklistItem({ id: 'wl-1', score: 90 });
    const other = aWorklistItem({ id: 'wl-2', score: 70 });
    const page = (key: readonly unknown[]) => queryClient.getQueryData<WorklistPage>(key);
    queryClient.setQueryData(preemptionKeys.worklist('open', 50), {
      items: [open, other],
      total: 2,
    });
    queryClient.setQueryData(preemptionKeys.worklist('claimed', 50), { items: [], total: 0 });
    queryClient.setQueryData(preemptionKeys.worklist('active', 50), {
      items: [open, other],
      total: 2,
    });

    const claimed = {
      ...open,
      status: 'claimed' as const,
      claimedBy: 'agent-7',
      claimedAt: daysFromNow(0),
    };
    sockets.latest().serverEmit('worklist.updated', claimed);

    expect(page(preemptionKeys.worklist('open', 50))).toEqual({ items: [other], total: 1 });
    expect(page(preemptionKeys.worklist('claimed', 50))).toEqual({ items: [claimed], total: 1 });
    expect(page(preemptionKeys.worklist('active', 50))?.items).toEqual([claimed, other]);

    const fresh = aWorklistItem({ id: 'wl-3', score: 80 });
    sockets.latest().serverEmit('worklist.updated', fresh);
    expect(page(preemptionKeys.worklist('open', 50))).toEqual({ items: [fresh, other], total: 2 });
  });

  it('lets nothing into the cache once the agent has signed out', () => {
    appStore.getState().signOut();
    sockets.latest().serverEmit('contact.offered', anOffer('contact-1'));
    expect(offers()).toEqual([]);
    expect(popOf('cust-001')).toBeUndefined();
  });

  describe('emit', () => {
    it('resolves with the parsed acknowledgement', async () => {
      await expect(
        connector.emit('contact.end', { contactId: 'contact-1' }),
      ).resolves.toMatchObject({
        id: 'contact-1',
        state: 'wrap_up',
      });
      expect(sockets.latest().emitsOf('contact.end')).toEqual([{ contactId: 'contact-1' }]);
    });

    it('rejects with the gateway error of a refused event', async () => {
      sockets.latest().answer('contact.end', () => ({
        ok: false,
        error: { code: 'not_found', message: 'No such contact' },
      }));
      await expect(connector.emit('contact.end', { contactId: 'nope' })).rejects.toMatchObject({
        code: 'not_found',
        message: 'No such contact',
      });
    });

    it('rejects an acknowledgement of the wrong shape', async () => {
      sockets.latest().answer('agent.set-state', () => ({ ok: true, data: { state: 'dancing' } }));
      await expect(connector.emit('agent.set-state', { state: 'away' })).rejects.toMatchObject({
        code: 'invalid_ack',
      });
    });

    it('rejects when the gateway does not answer in time', async () => {
      sockets.latest().answer('contact.end', () => NO_ANSWER);
      await expect(connector.emit('contact.end', { contactId: 'contact-1' })).rejects.toMatchObject(
        {
          code: 'ack_timeout',
        },
      );
    });
  });
});
