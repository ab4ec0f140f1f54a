import type { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContactOffer } from '../../../shared/schemas/contact';
import type { DeliveryState } from '../../../shared/schemas/socket';
import { aStatus, createFakeSocketFactory, type FakeSocket } from '../../../test/setup/fake-socket';
import { createTestQueryClient, signedInState } from '../../../test/setup/renderer-providers';
import { contactKeys } from '../api/contacts/keys';
import type { HeldOffer } from '../api/contacts/offers-cache';
import { aContact, aPopBundle } from '../features/pop/test-fixtures';
import { appStore } from '../state';
import type { RealtimeConnector } from './RealtimeConnector';
import { startTestConnector } from '../../../test/setup/renderer-connector';

const anOffer = (id: string): ContactOffer => ({
  contact: aContact({ id }),
  pop: aPopBundle(),
  candidates: [],
});
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The gateway answers agent.ready with this delivery state (a fresh start at 0 by default). */
function answerReady(socket: FakeSocket, delivery: Partial<DeliveryState> = {}) {
  socket.answer('agent.ready', () => ({
    ok: true,
    data: {
      ...aStatus(),
      delivery: { epoch: 'run-1', seq: 0, resumed: false, held: [], ...delivery },
    },
  }));
}

describe('RealtimeConnector: the agent’s events, in order and once each', () => {
  let queryClient: QueryClient;
  let connector: RealtimeConnector;
  let socket: FakeSocket;
  const offers = () =>
    (queryClient.getQueryData<HeldOffer[]>(contactKeys.offers()) ?? []).map((o) => o.contact.id);

  beforeEach(async () => {
    appStore.setState(signedInState());
    queryClient = createTestQueryClient();
    const sockets = createFakeSocketFactory();
    connector = startTestConnector({
      socketFactory: (url, auth) => {
        const created = sockets.factory(url, auth);
        answerReady(sockets.latest());
        return created;
      },
      queryClient,
    });
    await settle();
    socket = sockets.latest();
  });
  afterEach(() => connector.stop());

  it('pops an offer re-sent by the gateway once, and acknowledges it', async () => {
    socket.serverEmitSequenced('contact.offered', anOffer('contact-1'), { epoch: 'run-1', seq: 1 });
    socket.serverEmitSequenced('contact.offered', anOffer('contact-1'), { epoch: 'run-1', seq: 1 });
    await settle();

    expect(offers()).toEqual(['contact-1']);
    expect(socket.emitsOf('sync.ack')).toEqual([{ epoch: 'run-1', seq: 1 }]);
  });

  it('does not let a contact end before its offer when the two arrive out of order', async () => {
    socket.serverEmitSequenced(
      'contact.ended',
      { contactId: 'contact-1', reason: 'abandoned' },
      { epoch: 'run-1', seq: 2 },
    );
    expect(offers()).toEqual([]);
    socket.serverEmitSequenced('contact.offered', anOffer('contact-1'), { epoch: 'run-1', seq: 1 });
    await settle();

    expect(offers()).toEqual([]);
    expect(socket.emitsOf('sync.ack').at(-1)).toEqual({ epoch: 'run-1', seq: 2 });
  });

  it('asks to resume after a reconnect and applies what the gateway replays, in order', async () => {
    socket.serverEmitSequenced('contact.offered', anOffer('contact-1'), { epoch: 'run-1', seq: 1 });
    socket.serverDisconnect();
    answerReady(socket, { seq: 3, resumed: true, held: ['contact-1', 'contact-2', 'contact-3'] });
    socket.serverConnect();
    // Replayed before the answer arrives: held until it says the sequence resumed.
    socket.serverEmitSequenced('contact.offered', anOffer('contact-3'), { epoch: 'run-1', seq: 3 });
    socket.serverEmitSequenced('contact.offered', anOffer('contact-2'), { epoch: 'run-1', seq: 2 });
    await settle();

    expect(socket.emitsOf('agent.ready').at(-1)).toEqual({
      delivery: { resume: { epoch: 'run-1', seq: 1 } },
    });
    expect(offers()).toEqual(['contact-1', 'contact-2', 'contact-3']);
  });

  it('lets go of contacts the gateway no longer holds when it could not resume (it restarted)', async () => {
    socket.serverEmitSequenced('contact.offered', anOffer('contact-1'), { epoch: 'run-1', seq: 1 });
    socket.serverEmitSequenced('contact.offered', anOffer('contact-2'), { epoch: 'run-1', seq: 2 });
    socket.serverDisconnect();
    answerReady(socket, { epoch: 'run-2', seq: 7, resumed: false, held: ['contact-2'] });
    socket.serverConnect();
    await settle();

    expect(offers()).toEqual(['contact-2']);
    expect(appStore.getState().activeContactId).toBe('contact-2');
    // The new run's events carry on from its point.
    socket.serverEmitSequenced('contact.offered', anOffer('contact-4'), { epoch: 'run-2', seq: 8 });
    await settle();
    expect(offers()).toEqual(['contact-2', 'contact-4']);
    expect(socket.emitsOf('sync.ack').at(-1)).toEqual({ epoch: 'run-2', seq: 8 });
  });
});
