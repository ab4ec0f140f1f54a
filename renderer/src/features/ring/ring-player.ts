import ringUrl from '../../../../assets/ring.wav?url';

/** The part of `HTMLAudioElement` the ring uses: tests hand in a fake (jsdom plays nothing). */
export interface RingAudio {
  loop: boolean;
  volume: number;
  currentTime: number;
  /** A promise in browsers today; older engines returned nothing. */
  play: () => Promise<void> | undefined;
  pause: () => void;
}

/** Makes the audio for a URL, or null where the environment has none. */
export type CreateRingAudio = (src: string) => RingAudio | null;

/**
 * An `<audio>` element, or null where `Audio` is missing, refuses to be made or cannot play a
 * WAV file (every browser and Electron can; jsdom cannot, which keeps tests quiet).
 */
export const createAudioElement: CreateRingAudio = (src) => {
  try {
    if (typeof Audio === 'undefined') return null;
    const audio = new Audio();
    if (audio.canPlayType('audio/wav') === '') return null;
    audio.preload = 'auto';
    audio.src = src;
    return audio;
  } catch {
    return null;
  }
};

/** The ring, looped until stopped. Never throws: no device, no codec, no autoplay = silence. */
export interface RingPlayer {
  /** From the top, in a loop, at `volume` (0..1). */
  start: (volume: number) => void;
  setVolume: (volume: number) => void;
  stop: () => void;
}

const clamp = (volume: number) => (Number.isFinite(volume) ? Math.min(1, Math.max(0, volume)) : 0);

/** Calls `action` on the audio, swallowing what a missing or unwilling device throws. */
function safely(action: () => void): void {
  try {
    action();
  } catch {
    // The offer is still on screen and announced; the ring is a courtesy.
  }
}

/**
 * A player over one audio element, made on first use (no audio is touched before an offer
 * rings). The ring's URL is assets/ring.wav as Vite bundles it (see scripts/make-ring-sound.ts).
 */
export function createRingPlayer(createAudio: CreateRingAudio = createAudioElement, src = ringUrl) {
  let audio: RingAudio | null | undefined;
  const get = () => {
    if (audio === undefined) audio = createAudio(src);
    return audio;
  };
  const player: RingPlayer = {
    start: (volume) => {
      const element = get();
      if (element === null) return;
      safely(() => {
        element.loop = true;
        element.volume = clamp(volume);
        element.currentTime = 0;
        // Autoplay refused (no gesture yet in a browser tab), or the file cannot play.
        element.play()?.catch(() => undefined);
      });
    },
    setVolume: (volume) => {
      if (audio) {
        const element = audio;
        safely(() => {
          element.volume = clamp(volume);
        });
      }
    },
    stop: () => {
      if (audio) {
        const element = audio;
        safely(() => {
          element.pause();
          element.currentTime = 0;
        });
      }
    },
  };
  return player;
}
