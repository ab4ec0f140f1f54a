import type { QueryClient } from '@tanstack/react-query';
import type { DeliveryState } from '../../../shared/schemas/socket';
import { chatKeys } from '../api/chat/keys';
import { consoleKeys } from '../api/console/keys';
import { getHeldOffers, releaseHeldContact } from '../api/contacts/offers-cache';
import { customerKeys } from '../api/customers/keys';
import { preemptionKeys } from '../api/preemption/keys';
import type { AppStore } from '../state';

/**
 * After `agent.ready` answers a reconnect. Broadcast state (worklist, console board) may have
 * moved on meanwhile: refetched. When the desktop could not resume its event sequence (it was
 * away too long, or the gateway restarted), its own events may be lost too: contacts the gateway
 * no longer holds for it are let go (it re-offers the ones it holds), and pops and transcripts
 * are refetched. A resumed desktop got every event it missed, so those stay as they are.
 */
export function resyncAfterReconnect(
  { queryClient, store }: { queryClient: QueryClient; store: AppStore },
  { delivery, wasReady }: { delivery: DeliveryState | undefined; wasReady: boolean },
): void {
  const resumed = delivery?.resumed === true;
  if (delivery !== undefined && !resumed) releaseGone(queryClient, store, delivery.held);
  if (!wasReady) return;
  void queryClient.invalidateQueries({ queryKey: preemptionKeys.all });
  void queryClient.invalidateQueries({ queryKey: consoleKeys.all });
  if (resumed) return;
  void queryClient.invalidateQueries({ queryKey: customerKeys.all });
  void queryClient.invalidateQueries({ queryKey: chatKeys.transcripts() });
}

function releaseGone(queryClient: QueryClient, store: AppStore, held: readonly string[]): void {
  const holding = new Set(held);
  for (const offer of getHeldOffers(queryClient)) {
    if (holding.has(offer.contact.id)) continue;
    releaseHeldContact(queryClient, store, offer.contact.id);
    store.getState().forgetChat(offer.contact.id);
  }
}
