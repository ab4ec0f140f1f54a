import { beforeEach, describe, expect, it } from 'vitest';
import type { QueryClient } from '@tanstack/react-query';
import type { ConsultMessage } from '../../../shared/schemas/work';
import { createTestQueryClient, signedInState } from '../../../test/setup/renderer-providers';
import { contactKeys } from '../api/contacts/keys';
import { getHeldOffers, upsertHeldOffer } from '../api/contacts/offers-cache';
import {
  aRingingContact,
  anActiveContact,
  anOfferOf,
  ME,
} from '../features/workspace/test-lifecycle';
import { appStore } from '../state';
import { applyConsultMessage, applyContactEnded, applyContactUpdated } from './contact-patch';

const aMessage = (overrides: Partial<ConsultMessage> = {}): ConsultMessage => ({
  contactId: 'contact-1',
  fromAgentId: 'agent-2',
  fromAgentName: 'Li Na',
  toAgentId: ME,
  text: 'Is the adjuster done?',
  sentAt: '2025-06-15T02:00:00.000Z',
  ...overrides,
});

describe('contact patches', () => {
  let queryClient: QueryClient;
  const held = () =>
    getHeldOffers(queryClient).map((offer) => [offer.contact.id, offer.contact.state]);
  const thread = (contactId = 'contact-1') =>
    queryClient.getQueryData<ConsultMessage[]>(contactKeys.consult(contactId));

  beforeEach(() => {
    appStore.setState(signedInState());
    queryClient = createTestQueryClient();
    upsertHeldOffer(queryClient, anOfferOf(aRingingContact({ id: 'contact-1' })));
    upsertHeldOffer(queryClient, anOfferOf(anActiveContact({ id: 'contact-2' })));
    appStore.getState().setActiveContact('contact-1');
  });

  it('moves a held contact on, keeping its candidates and its place', () => {
    applyContactUpdated(queryClient, appStore, anActiveContact({ id: 'contact-1' }));
    applyContactUpdated(
      queryClient,
      appStore,
      anActiveContact({
        id: 'contact-2',
        state: 'wrap_up',
        acwDeadline: '2025-06-15T02:02:00.000Z',
      }),
    );

    expect(held()).toEqual([
      ['contact-1', 'active'],
      ['contact-2', 'wrap_up'],
    ]);
    expect(appStore.getState().activeContactId).toBe('contact-1');
  });

  it('keeps a warm transfer pending on the sender and shows it ringing at the receiver', () => {
    const pending = { toAgentId: 'agent-2', toAgentName: 'Li Na' };
    applyContactUpdated(
      queryClient,
      appStore,
      anActiveContact({ id: 'contact-2', pendingTransfer: pending }),
    );
    expect(getHeldOffers(queryClient)[1]?.contact.pendingTransfer).toEqual(pending);

    // The receiver's side: owned by the sender, pending to me.
    applyContactUpdated(
      queryClient,
      appStore,
      anActiveContact({
        id: 'contact-2',
        ownerId: 'agent-2',
        pendingTransfer: { toAgentId: ME, toAgentName: 'Lin Mei' },
      }),
    );
    expect(held()).toContainEqual(['contact-2', 'active']);
  });

  it('lets go of a contact handed to someone else, back in a queue, or finished', () => {
    applyContactUpdated(
      queryClient,
      appStore,
      anActiveContact({ id: 'contact-2', ownerId: 'agent-2' }),
    );
    applyContactUpdated(
      queryClient,
      appStore,
      aRingingContact({ id: 'contact-1', state: 'queued', ownerId: null }),
    );

    expect(held()).toEqual([]);
    expect(appStore.getState().activeContactId).toBeNull();
  });

  it('ignores an update about a contact the desktop does not hold', () => {
    applyContactUpdated(queryClient, appStore, anActiveContact({ id: 'contact-9' }));
    expect(held()).toEqual([
      ['contact-1', 'offered'],
      ['contact-2', 'active'],
    ]);
  });

  it('drops an ended contact, brings the next forward, and takes its consult thread along', () => {
    applyConsultMessage(queryClient, aMessage());

    applyContactEnded(queryClient, appStore, { contactId: 'contact-1', reason: 'ring_timeout' });

    expect(held()).toEqual([['contact-2', 'active']]);
    expect(appStore.getState().activeContactId).toBe('contact-2');
    expect(thread()).toBeUndefined();
  });

  it('applies an end twice without harm (wrap-up ack, then contact.ended closed)', () => {
    applyContactEnded(queryClient, appStore, { contactId: 'contact-2', reason: 'closed' });
    applyContactEnded(queryClient, appStore, { contactId: 'contact-2', reason: 'closed' });

    expect(held()).toEqual([['contact-1', 'offered']]);
    expect(appStore.getState().activeContactId).toBe('contact-1');
  });

  it('keeps each consult message once, in the order sent, per contact', () => {
    const later = aMessage({
      fromAgentId: ME,
      fromAgentName: 'Lin Mei',
      toAgentId: 'agent-2',
      text: 'Yes',
      sentAt: '2025-06-15T02:01:00.000Z',
    });
    applyConsultMessage(queryClient, later);
    applyConsultMessage(queryClient, aMessage());
    // Our own message comes back as the push after the ack.
    applyConsultMessage(queryClient, later);
    applyConsultMessage(queryClient, aMessage({ contactId: 'contact-2', text: 'Other contact' }));

    expect(thread()?.map((m) => m.text)).toEqual(['Is the adjuster done?', 'Yes']);
    expect(thread('contact-2')?.map((m) => m.text)).toEqual(['Other contact']);
  });
});
