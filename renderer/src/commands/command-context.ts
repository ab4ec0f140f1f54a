import type { QueryClient } from '@tanstack/react-query';
import type { PopBundle } from '../../../shared/schemas/pop';
import { getHeldOffers } from '../api/contacts/offers-cache';
import { customerKeys } from '../api/customers/keys';
import { initialLanguage } from '../i18n/use-active-language';
import type { RealtimeEmit } from '../realtime/realtime-context';
import type { AppStore } from '../state';
import type { CommandContext, CommandUi } from './command-types';

export interface CommandContextDeps {
  queryClient: QueryClient;
  store: AppStore;
  emit: RealtimeEmit;
  ui: CommandUi;
  paletteOpen: boolean;
}

/** Reads the store and the cache now: a command always sees the current desktop. */
export function snapshotCommandContext(deps: CommandContextDeps): CommandContext {
  const { queryClient, store } = deps;
  const state = store.getState();
  const offers = getHeldOffers(queryClient);
  const activeOffer =
    offers.find((offer) => offer.contact.id === state.activeContactId) ?? offers[0] ?? null;
  const customerId = activeOffer?.contact.customerId ?? null;
  const activePop =
    customerId === null
      ? null
      : (queryClient.getQueryData<PopBundle>(customerKeys.pop(customerId)) ?? null);
  return {
    ...deps,
    offers,
    activeOffer,
    activePop,
    presence: state.presence?.state ?? 'offline',
    connection: state.connection,
    language: initialLanguage(state.language),
  };
}
