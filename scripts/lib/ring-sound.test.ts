import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { encodeWav, RING_SAMPLE_RATE, RING_SECONDS, synthesiseRing } from './ring-sound.js';

const committed = fileURLToPath(new URL('../../assets/ring.wav', import.meta.url));

describe('ring sound', () => {
  const samples = synthesiseRing();

  it('is 1.2 s of mono 16-bit PCM at 22,050 Hz in a plain WAV file', () => {
    const wav = encodeWav(samples);
    const view = new DataView(wav.buffer);
    const text = (offset: number) => String.fromCharCode(...wav.subarray(offset, offset + 4));
    expect([text(0), text(8), text(12), text(36)]).toEqual(['RIFF', 'WAVE', 'fmt ', 'data']);
    expect(view.getUint16(20, true)).toBe(1); // PCM
    expect(view.getUint16(22, true)).toBe(1); // mono
    expect(view.getUint32(24, true)).toBe(RING_SAMPLE_RATE);
    expect(view.getUint16(34, true)).toBe(16);
    expect(samples.length).toBe(Math.round(RING_SAMPLE_RATE * RING_SECONDS));
    expect(wav.byteLength).toBeLessThan(60_000);
  });

  it('starts and ends in silence and never jumps (no click, even when looped)', () => {
    expect(samples[0]).toBe(0);
    expect(samples.at(-1)).toBe(0);
    const peak = Math.max(...samples.map(Math.abs));
    expect(peak).toBeGreaterThan(10_000);
    expect(peak).toBeLessThan(32_767);
    // A 1.2 kHz partial at full scale moves at most ~0.35 of the peak per sample.
    let steepest = 0;
    for (let i = 1; i < samples.length; i += 1) {
      steepest = Math.max(steepest, Math.abs((samples[i] ?? 0) - (samples[i - 1] ?? 0)));
    }
    expect(steepest).toBeLessThan(peak * 0.4);
    // Near-silent at both ends: the loop seam is quiet.
    const edge = Math.round(RING_SAMPLE_RATE * 0.002);
    for (const sample of [...samples.slice(0, edge), ...samples.slice(-edge)]) {
      expect(Math.abs(sample)).toBeLessThan(peak * 0.02);
    }
  });

  it('is what assets/ring.wav holds (the committed file is this script output)', () => {
    expect(new Uint8Array(readFileSync(committed))).toEqual(encodeWav(synthesiseRing()));
  });
});
