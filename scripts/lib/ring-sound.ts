/**
 * The ring the desktop plays while a contact is offered: two soft chime notes a major third
 * apart (E5 then C5), 1.2 s, made to loop. Pure arithmetic, so the same bytes every run.
 *
 * No clicks: each note rises over a raised-cosine attack from zero phase; the whole clip fades
 * in over its first milliseconds and out over its last ones, so a loop joins silence to silence.
 */

export const RING_SAMPLE_RATE = 22_050;
export const RING_SECONDS = 1.2;

interface ChimeNote {
  /** Hz. */
  frequency: number;
  /** Seconds from the clip's start. */
  start: number;
  /** Peak level of the note, 0..1, before the clip's normalisation. */
  level: number;
}

const NOTES: readonly ChimeNote[] = [
  { frequency: 659.26, start: 0.02, level: 1 }, // E5
  { frequency: 523.25, start: 0.4, level: 0.9 }, // C5
];

/** Partials of a soft bell: the fundamental, a quiet octave, a quieter twelfth. */
const PARTIALS: readonly { ratio: number; level: number; decay: number }[] = [
  { ratio: 1, level: 1, decay: 3.2 },
  { ratio: 2, level: 0.18, decay: 6 },
  { ratio: 3, level: 0.05, decay: 9 },
];

const ATTACK_S = 0.012;
const FADE_IN_S = 0.005;
const FADE_OUT_S = 0.12;
/** Peak of the clip: -6 dBFS leaves the agent's volume slider room and never clips. */
const PEAK = 0.5;

/** 0 → 1 along half a cosine: no corner at either end. */
function raisedCosine(x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  return 0.5 - 0.5 * Math.cos(Math.PI * x);
}

function noteAt(note: ChimeNote, t: number): number {
  const local = t - note.start;
  if (local < 0) return 0;
  const attack = raisedCosine(local / ATTACK_S);
  let value = 0;
  for (const partial of PARTIALS) {
    value +=
      partial.level *
      Math.exp(-partial.decay * local) *
      Math.sin(2 * Math.PI * note.frequency * partial.ratio * local);
  }
  return note.level * attack * value;
}

/** The ring as 16-bit samples (mono, `RING_SAMPLE_RATE`). */
export function synthesiseRing(sampleRate = RING_SAMPLE_RATE, seconds = RING_SECONDS): Int16Array {
  const length = Math.round(sampleRate * seconds);
  const raw = new Float64Array(length);
  let peak = 0;
  for (let i = 0; i < length; i += 1) {
    const t = i / sampleRate;
    const fade = raisedCosine(t / FADE_IN_S) * raisedCosine((seconds - t) / FADE_OUT_S);
    let value = 0;
    for (const note of NOTES) value += noteAt(note, t);
    raw[i] = value * fade;
    peak = Math.max(peak, Math.abs(value * fade));
  }
  const scale = peak === 0 ? 0 : (PEAK * 32_767) / peak;
  const samples = new Int16Array(length);
  for (let i = 0; i < length; i += 1) samples[i] = Math.round((raw[i] ?? 0) * scale);
  // The loop seam: both ends exactly silent.
  samples[0] = 0;
  samples[length - 1] = 0;
  return samples;
}

/** A canonical 44-byte-header RIFF/WAVE file: PCM, 16-bit little-endian, mono. */
export function encodeWav(samples: Int16Array, sampleRate = RING_SAMPLE_RATE): Uint8Array {
  const dataBytes = samples.length * 2;
  const bytes = new Uint8Array(44 + dataBytes);
  const view = new DataView(bytes.buffer);
  const ascii = (offset: number, text: string) => {
    for (let i = 0; i < text.length; i += 1) view.setUint8(offset + i, text.charCodeAt(i));
  };
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true); // fmt chunk size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true); // byte rate
  view.setUint16(32, 2, true); // block align
  view.setUint16(34, 16, true); // bits per sample
  ascii(36, 'data');
  view.setUint32(40, dataBytes, true);
  samples.forEach((sample, i) => view.setInt16(44 + i * 2, sample, true));
  return bytes;
}
