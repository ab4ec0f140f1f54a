import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, drawTrayIcon, encodePng, PNG_SIGNATURE } from './tray-icon.js';

/** Reads back the chunks of a PNG, checking each CRC. */
function chunks(png: Buffer): { type: string; data: Buffer }[] {
  const found: { type: string; data: Buffer }[] = [];
  let offset = PNG_SIGNATURE.length;
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const typeAndData = png.subarray(offset + 4, offset + 8 + length);
    expect(png.readUInt32BE(offset + 8 + length)).toBe(crc32(typeAndData));
    found.push({
      type: typeAndData.subarray(0, 4).toString('latin1'),
      data: typeAndData.subarray(4),
    });
    offset += 12 + length;
  }
  return found;
}

const pixel = (pixels: Uint8Array, size: number, x: number, y: number) =>
  Array.from(pixels.subarray((y * size + x) * 4, (y * size + x) * 4 + 4));

describe('tray icon', () => {
  it('is a valid 16×16 RGBA PNG whose pixels read back as drawn', () => {
    const pixels = drawTrayIcon(16);
    const png = encodePng(pixels, 16, 16);

    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    const [header, data, end] = chunks(png);
    expect(header?.type).toBe('IHDR');
    expect(header?.data.readUInt32BE(0)).toBe(16);
    expect(header?.data.readUInt32BE(4)).toBe(16);
    expect([...(header?.data.subarray(8) ?? [])]).toEqual([8, 6, 0, 0, 0]);
    expect(data?.type).toBe('IDAT');
    expect(end?.type).toBe('IEND');
    const rows = inflateSync(data!.data);
    expect(rows.length).toBe(16 * (1 + 16 * 4));
    expect(Array.from(rows.subarray(1, 1 + 16 * 4))).toEqual(
      Array.from(pixels.subarray(0, 16 * 4)),
    );
  });

  it('has transparent corners, a teal square and an orange flame', () => {
    const pixels = drawTrayIcon(32);

    expect(pixel(pixels, 32, 0, 0)[3]).toBe(0);
    expect(pixel(pixels, 32, 3, 16)).toEqual([0x0f, 0x3d, 0x3e, 255]);
    expect(pixel(pixels, 32, 16, 18)).toEqual([0xf0, 0x8c, 0x3c, 255]);
  });

  it('is the same bytes every run', () => {
    expect(encodePng(drawTrayIcon(16), 16, 16)).toEqual(encodePng(drawTrayIcon(16), 16, 16));
  });
});
