import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Contact } from '../../../../shared/schemas/contact';
import {
  removeHeldOffer,
  updateHeldContact,
  upsertHeldOffer,
} from '../../api/contacts/offers-cache';
import { renderWithProviders, signedInState } from '../../../../test/setup/renderer-providers';
import { renderWorkspace } from '../../commands/test-utils';
import { appStore } from '../../state';
import { aRingingContact, anOfferOf } from '../workspace/test-lifecycle';
import type { CreateRingAudio, RingAudio } from './ring-player';
import { useRingSound } from './use-ring-sound';

/** An audio element that only records: jsdom plays nothing. */
function aFakeAudio(play: () => Promise<void> | undefined = () => Promise.resolve()) {
  const audio = {
    src: '',
    loop: false,
    volume: 1,
    currentTime: 0,
    playing: false,
    play: vi.fn(() => {
      const result = play();
      audio.playing = true;
      return result;
    }),
    pause: vi.fn(() => {
      audio.playing = false;
    }),
  } satisfies RingAudio & Record<string, unknown>;
  const createAudio = vi.fn<CreateRingAudio>((src) => {
    audio.src = src;
    return audio;
  });
  return { audio, createAudio };
}

function Ring({ createAudio }: { createAudio: CreateRingAudio }) {
  useRingSound(createAudio);
  return null;
}

function renderRing(createAudio: CreateRingAudio, state = {}) {
  return renderWithProviders(<Ring createAudio={createAudio} />, {
    state: { ...signedInState(), ...state },
  });
}

const offer = (contact: Contact = aRingingContact()) => anOfferOf(contact);

/** Changes the cache or the store, then lets React Query's batched notification render. */
async function change(action: () => unknown): Promise<void> {
  await act(async () => {
    action();
    await new Promise((resolve) => setTimeout(resolve, 5));
  });
}

describe('the ring while a contact is offered', () => {
  it('plays assets/ring.wav in a loop at the settings volume until the offer is accepted', async () => {
    const { audio, createAudio } = aFakeAudio();
    const { queryClient } = renderRing(createAudio, { ringSound: { enabled: true, volume: 0.4 } });
    expect(createAudio).not.toHaveBeenCalled(); // no audio before anything rings

    await change(() => upsertHeldOffer(queryClient, offer()));

    expect(audio.playing).toBe(true);
    expect(audio.src).toMatch(/ring\.wav$/);
    expect(audio.loop).toBe(true);
    expect(audio.volume).toBe(0.4);

    await change(() => updateHeldContact(queryClient, { ...aRingingContact(), state: 'active' }));
    expect(audio.playing).toBe(false);
    expect(audio.currentTime).toBe(0);
  });

  it('stops when the offer is declined or taken away, and rings again for the next', async () => {
    const { audio, createAudio } = aFakeAudio();
    const { queryClient } = renderRing(createAudio);

    await change(() => upsertHeldOffer(queryClient, offer()));
    expect(audio.playing).toBe(true);
    await change(() => removeHeldOffer(queryClient, 'contact-1'));
    expect(audio.playing).toBe(false);

    await change(() => upsertHeldOffer(queryClient, offer(aRingingContact({ id: 'contact-2' }))));
    expect(audio.playing).toBe(true);
  });

  it('stops when the offer rings out, even if the gateway does not say so', async () => {
    const { audio, createAudio } = aFakeAudio();
    const { queryClient } = renderRing(createAudio);
    const deadline = new Date(Date.now() + 300).toISOString();

    await change(() =>
      upsertHeldOffer(queryClient, offer(aRingingContact({ ringDeadline: deadline }))),
    );
    expect(audio.playing).toBe(true);

    await waitFor(() => expect(audio.playing).toBe(false));
  });

  it('does not ring for an offer that already rang out or a contact already connected', async () => {
    const { audio, createAudio } = aFakeAudio();
    const { queryClient } = renderRing(createAudio);
    const past = new Date(Date.now() - 1000).toISOString();

    await change(() =>
      upsertHeldOffer(queryClient, offer(aRingingContact({ ringDeadline: past }))),
    );
    await change(() =>
      upsertHeldOffer(queryClient, offer(aRingingContact({ id: 'contact-2', state: 'active' }))),
    );
    expect(audio.play).not.toHaveBeenCalled();
  });

  it('follows the sound settings: silent when off, a new volume at once', async () => {
    const { audio, createAudio } = aFakeAudio();
    const { queryClient } = renderRing(createAudio, { ringSound: { enabled: false, volume: 0.8 } });

    await change(() => upsertHeldOffer(queryClient, offer()));
    expect(audio.play).not.toHaveBeenCalled();

    // The desktop's settings arrive (start-up or a settings-changed push: DesktopBridge).
    await change(() => appStore.getState().setRingSound({ enabled: true, volume: 0.8 }));
    expect(audio.playing).toBe(true);
    const plays = audio.play.mock.calls.length;

    await change(() => appStore.getState().setRingSound({ volume: 0.2 }));
    expect(audio.volume).toBe(0.2);
    expect(audio.play).toHaveBeenCalledTimes(plays); // not restarted

    await change(() => appStore.getState().setRingSound({ volume: 0 }));
    expect(audio.playing).toBe(false);
  });

  it.each([
    ['there is no audio', () => null],
    ['autoplay is refused', () => aFakeAudio(() => Promise.reject(new Error('NotAllowed'))).audio],
    [
      'the device throws',
      () =>
        aFakeAudio(() => {
          throw new Error('no device');
        }).audio,
    ],
  ])('never throws when %s', async (_, make) => {
    const { queryClient } = renderRing(() => make());

    // A throw from an effect fails `act`; a rejected play() left unhandled fails the run.
    await expect(change(() => upsertHeldOffer(queryClient, offer()))).resolves.toBeUndefined();
    await expect(change(() => removeHeldOffer(queryClient, 'contact-1'))).resolves.toBeUndefined();
  });
});

describe('the ring in the workspace', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is mounted once and rings through an audio element while the offer rings', async () => {
    const sources: string[] = [];
    vi.spyOn(HTMLMediaElement.prototype, 'play').mockImplementation(function (
      this: HTMLMediaElement,
    ) {
      sources.push(this.src);
      return Promise.resolve();
    });
    vi.spyOn(HTMLMediaElement.prototype, 'canPlayType').mockReturnValue('maybe');
    const pause = vi.spyOn(HTMLMediaElement.prototype, 'pause').mockImplementation(() => undefined);
    const { socket } = await renderWorkspace();

    act(() => socket.serverEmit('contact.offered', offer()));
    await screen.findByTestId('offer-ringing');

    expect(sources.at(-1)).toMatch(/ring\.wav$/);
    pause.mockClear();
    act(() => socket.serverEmit('contact.updated', { ...aRingingContact(), state: 'active' }));
    await waitFor(() => expect(pause).toHaveBeenCalled());
  });
});
