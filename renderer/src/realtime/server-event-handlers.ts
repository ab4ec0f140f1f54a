import type { QueryClient } from '@tanstack/react-query';
import type { PopBundle } from '../../../shared/schemas/pop';
import {
  SERVER_EVENTS,
  type ServerEventName,
  type ServerEventPayload,
} from '../../../shared/schemas/socket';
import { releaseHeldContact, upsertHeldOffer } from '../api/contacts/offers-cache';
import { customerKeys } from '../api/customers/keys';
import type { AppStore } from '../state';
import { prependTouchpoints } from './timeline-patch';

/** One handler per server event; leaving one out is a type error. */
export type ServerEventHandlers = {
  [E in ServerEventName]: (payload: ServerEventPayload<E>) => void;
};

export interface HandlerDeps {
  queryClient: QueryClient;
  store: AppStore;
}

/** Entity events patch the query cache; presence and the active contact go to the store. */
export function createServerEventHandlers({
  queryClient,
  store,
}: HandlerDeps): ServerEventHandlers {
  return {
    [SERVER_EVENTS.contactOffered]: (offer) => {
      if (offer.pop !== null) {
        queryClient.setQueryData<PopBundle>(customerKeys.pop(offer.pop.customer.id), offer.pop);
      }
      upsertHeldOffer(queryClient, offer);
      const { activeContactId, setActiveContact } = store.getState();
      if (activeContactId === null) setActiveContact(offer.contact.id);
    },

    [SERVER_EVENTS.contactEnded]: ({ contactId }) =>
      releaseHeldContact(queryClient, store, contactId),

    [SERVER_EVENTS.agentStateChanged]: (status) => {
      const { agent, setPresence } = store.getState();
      if (agent !== null && status.agentId !== agent.id) return;
      setPresence(status);
    },

    [SERVER_EVENTS.timelineAppended]: ({ customerId, items }) => {
      queryClient.setQueryData<PopBundle>(customerKeys.pop(customerId), (pop) =>
        pop === undefined ? undefined : prependTouchpoints(pop, items),
      );
    },
  };
}
