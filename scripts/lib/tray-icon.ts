/**
 * The tray icon, drawn from assets/icon.svg's shapes (a teal rounded square with an orange
 * flame) at tray sizes, and encoded as PNG with node:zlib only. The icon's bottom bar is left
 * out: at 16 px it would be a smudge. Pure arithmetic, so the same bytes every run.
 */
import { deflateSync } from 'node:zlib';

type Rgba = readonly [number, number, number, number];

const TEAL: Rgba = [0x0f, 0x3d, 0x3e, 255];
const ORANGE: Rgba = [0xf0, 0x8c, 0x3c, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

/** Shapes in the SVG's 1024-unit square. */
const CORNER_RADIUS = 200;
const FLAME = { tipY: 170, centreX: 512, centreY: 560, radius: 190 } as const;

function insideRoundedSquare(x: number, y: number): boolean {
  if (x < 0 || y < 0 || x > 1024 || y > 1024) return false;
  const cx = Math.min(Math.max(x, CORNER_RADIUS), 1024 - CORNER_RADIUS);
  const cy = Math.min(Math.max(y, CORNER_RADIUS), 1024 - CORNER_RADIUS);
  return (x - cx) ** 2 + (y - cy) ** 2 <= CORNER_RADIUS ** 2;
}

/** A teardrop: a round body and a tip that narrows up to a point. */
function insideFlame(x: number, y: number): boolean {
  const { tipY, centreX, centreY, radius } = FLAME;
  if ((x - centreX) ** 2 + (y - centreY) ** 2 <= radius ** 2) return true;
  if (y < tipY || y > centreY) return false;
  const halfWidth = radius * ((y - tipY) / (centreY - tipY)) ** 1.4;
  return Math.abs(x - centreX) <= halfWidth;
}

/** The colour at a point of the 1024-unit square. */
function colourAt(x: number, y: number): Rgba {
  if (!insideRoundedSquare(x, y)) return CLEAR;
  return insideFlame(x, y) ? ORANGE : TEAL;
}

/** RGBA pixels, row by row, `size`×`size`, each pixel averaged over 4×4 samples. */
export function drawTrayIcon(size: number): Uint8Array {
  const samples = 4;
  const pixels = new Uint8Array(size * size * 4);
  for (let row = 0; row < size; row += 1) {
    for (let column = 0; column < size; column += 1) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const x = ((column + (sx + 0.5) / samples) / size) * 1024;
          const y = ((row + (sy + 0.5) / samples) / size) * 1024;
          const [r, g, b, a] = colourAt(x, y);
          // Premultiplied, so transparent samples do not darken the edges.
          sum[0] = (sum[0] ?? 0) + (r * a) / 255;
          sum[1] = (sum[1] ?? 0) + (g * a) / 255;
          sum[2] = (sum[2] ?? 0) + (b * a) / 255;
          sum[3] = (sum[3] ?? 0) + a;
        }
      }
      const [r = 0, g = 0, b = 0, a = 0] = sum;
      const offset = (row * size + column) * 4;
      const unpremultiply = (channel: number): number =>
        a === 0 ? 0 : Math.round((channel * 255) / a);
      pixels[offset] = unpremultiply(r);
      pixels[offset + 1] = unpremultiply(g);
      pixels[offset + 2] = unpremultiply(b);
      pixels[offset + 3] = Math.round(a / samples ** 2);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(8 + data.length + 4);
  out.writeUInt32BE(data.length, 0);
  typeAndData.copy(out, 4);
  out.writeUInt32BE(crc32(typeAndData), 8 + data.length);
  return out;
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** An 8-bit RGBA PNG of `width`×`height` pixels (no filtering: tray icons are tiny). */
export function encodePng(pixels: Uint8Array, width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type RGBA, deflate, no filter, no interlace
  const rows = Buffer.alloc(height * (1 + width * 4));
  for (let row = 0; row < height; row += 1) {
    const start = row * (1 + width * 4);
    rows[start] = 0; // filter: none
    rows.set(pixels.subarray(row * width * 4, (row + 1) * width * 4), start + 1);
  }
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
