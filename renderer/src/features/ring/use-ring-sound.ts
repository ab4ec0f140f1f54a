import { useEffect, useEffectEvent, useState } from 'react';
import { isRingingFor } from '../../api/contacts/contact-phase';
import type { HeldOffer } from '../../api/contacts/offers-cache';
import { useHeldOffers } from '../../api/contacts/queries';
import { useAgent, useRingSoundSettings } from '../../state';
import { createAudioElement, createRingPlayer, type CreateRingAudio } from './ring-player';

/** setTimeout's longest delay. */
const MAX_DELAY_MS = 2_147_483_647;

/**
 * Until when an offer rings for the agent (ms since the epoch, from the offers' ring deadlines):
 * null when none rings; Infinity when one rings without a deadline (a warm transfer may).
 */
export function ringsUntil(offers: readonly HeldOffer[], agentId: string | null): number | null {
  const ringing = offers.filter((offer) => isRingingFor(offer.contact, agentId));
  if (ringing.length === 0) return null;
  return Math.max(
    ...ringing.map(({ contact }) =>
      contact.ringDeadline === null ? Infinity : Date.parse(contact.ringDeadline),
    ),
  );
}

/**
 * Plays assets/ring.wav in a loop while a contact is offered to the agent, at the volume of the
 * sound settings (the ui slice: the agent's choice in a browser, main's settings in the desktop).
 * It stops when the offer is accepted, declined or taken away (the gateway's update leaves no
 * offer ringing) and, should that update not come (socket down), when the ring deadline passes.
 * Silent when the sound is off; never throws where there is no audio or autoplay is refused.
 * Mounted once, in the workspace. Tests pass `createAudio` (jsdom plays nothing).
 */
export function useRingSound(createAudio: CreateRingAudio = createAudioElement): void {
  const offers = useHeldOffers();
  const agentId = useAgent()?.id ?? null;
  const { enabled, volume } = useRingSoundSettings();
  const [player] = useState(() => createRingPlayer(createAudio));
  const until = ringsUntil(offers, agentId);
  const audible = enabled && volume > 0 && until !== null;

  const start = useEffectEvent(() => player.start(volume));

  // Sync with the audio device: ring while an offer rings, for as long as it may.
  useEffect(() => {
    if (!audible) return;
    const left = until - Date.now();
    if (left <= 0) return;
    start();
    const timer = Number.isFinite(left)
      ? setTimeout(() => player.stop(), Math.min(left, MAX_DELAY_MS))
      : undefined;
    return () => {
      clearTimeout(timer);
      player.stop();
    };
  }, [audible, until, player]);

  // A volume change is heard at once, without restarting the ring.
  useEffect(() => player.setVolume(volume), [player, volume]);
}
