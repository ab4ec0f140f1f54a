import type { QueryClient } from '@tanstack/react-query';
import type { PopBundle } from '../../../shared/schemas/pop';
import {
  SERVER_EVENTS,
  type ServerEventName,
  type ServerEventPayload,
} from '../../../shared/schemas/socket';
import { getHeldOffers, upsertHeldOffer } from '../api/contacts/offers-cache';
import { applyAgentStatus, applyAgentStatuses } from '../api/agents/presence-cache';
import { consoleKeys } from '../api/console/keys';
import { applyWhisper } from '../api/chat/whispers';
import { customerKeys } from '../api/customers/keys';
import { applyWorklistItem } from '../api/preemption/worklist-cache';
import { applyQueueWaiting } from '../api/queues/waiting-cache';
import type { AppStore } from '../state';
import type { BoardPatches } from './board-patches';
import { applyChatMessage, applyChatTyping } from './chat-patch';
import { applyConsultMessage, applyContactEnded, applyContactUpdated } from './contact-patch';
import { applyRiskUpdate } from './risk-patch';
import { prependTouchpoints } from './timeline-patch';

/** One handler per server event; leaving one out is a type error. */
export type ServerEventHandlers = {
  [E in ServerEventName]: (payload: ServerEventPayload<E>) => void;
};

export interface HandlerDeps {
  queryClient: QueryClient;
  store: AppStore;
  /** The team lead's board patches (board-patches.ts). */
  boardPatches: Pick<BoardPatches, 'apply'>;
}

/** Entity events patch the query cache; presence and the active contact go to the store. */
export function createServerEventHandlers({
  queryClient,
  store,
  boardPatches,
}: HandlerDeps): ServerEventHandlers {
  return {
    [SERVER_EVENTS.contactOffered]: (offer) => {
      if (offer.pop !== null) {
        queryClient.setQueryData<PopBundle>(customerKeys.pop(offer.pop.customer.id), offer.pop);
      }
      const isNew = !getHeldOffers(queryClient).some(
        (held) => held.contact.id === offer.contact.id,
      );
      upsertHeldOffer(queryClient, offer);
      const { activeContactId, setActiveContact, setView } = store.getState();
      if (activeContactId === null) setActiveContact(offer.contact.id);
      // A new contact needs the agent now, even mid-worklist (not an offer re-sent on reconnect).
      if (isNew) setView('contacts');
    },

    [SERVER_EVENTS.contactUpdated]: (contact) => applyContactUpdated(queryClient, store, contact),

    [SERVER_EVENTS.contactEnded]: (ended) => {
      applyContactEnded(queryClient, store, ended);
      store.getState().forgetChat(ended.contactId);
    },

    [SERVER_EVENTS.chatMessage]: (message) => applyChatMessage(queryClient, store, message),

    [SERVER_EVENTS.chatTyping]: (typing) => applyChatTyping(store, typing),

    [SERVER_EVENTS.chatWhisper]: (whisper) => applyWhisper(queryClient, whisper),

    [SERVER_EVENTS.consultMessage]: (message) => applyConsultMessage(queryClient, message),

    [SERVER_EVENTS.agentStateChanged]: (status) => {
      applyAgentStatus(queryClient, status);
      const { agent, setPresence } = store.getState();
      if (agent !== null && status.agentId !== agent.id) return;
      setPresence(status);
    },

    [SERVER_EVENTS.agentsPresence]: ({ statuses }) => applyAgentStatuses(queryClient, statuses),

    [SERVER_EVENTS.timelineAppended]: ({ customerId, items }) => {
      queryClient.setQueryData<PopBundle>(customerKeys.pop(customerId), (pop) =>
        pop === undefined ? undefined : prependTouchpoints(pop, items),
      );
    },

    // Only a pop already on a desktop is patched: a customer nobody shows is fetched fresh.
    [SERVER_EVENTS.riskUpdated]: ({ customerId, risk, scripts }) => {
      queryClient.setQueryData<PopBundle>(customerKeys.pop(customerId), (pop) =>
        pop === undefined ? undefined : applyRiskUpdate(pop, risk, scripts),
      );
    },

    [SERVER_EVENTS.worklistUpdated]: (item) => applyWorklistItem(queryClient, item),

    [SERVER_EVENTS.consoleBoard]: (board) => queryClient.setQueryData(consoleKeys.board(), board),
    [SERVER_EVENTS.consoleBoardPatch]: (patch) => boardPatches.apply(patch),
    [SERVER_EVENTS.consoleAgents]: (grid) => queryClient.setQueryData(consoleKeys.agents(), grid),

    // Every one of the agent's queues, on each agent.ready (so also after a reconnect) and change.
    [SERVER_EVENTS.queueWaiting]: (waiting) => applyQueueWaiting(queryClient, waiting),
  };
}
