/**
 * `npx tsx scripts/make-ring-sound.ts`: writes assets/ring.wav, the ring the desktop plays while
 * a contact is offered (see scripts/lib/ring-sound.ts). Deterministic: running it again gives
 * the same bytes, so the committed file can be checked against its source.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { encodeWav, RING_SAMPLE_RATE, synthesiseRing } from './lib/ring-sound.js';

const target = fileURLToPath(new URL('../assets/ring.wav', import.meta.url));
const wav = encodeWav(synthesiseRing(), RING_SAMPLE_RATE);
writeFileSync(target, wav);
console.log(`${target}: ${String(wav.byteLength)} bytes`);
