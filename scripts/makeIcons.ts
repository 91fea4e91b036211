/**
 * Draws the add-in icons (assets/icon-16/32/64/80/128.png): a Fluent-blue rounded square with three
 * white bars rising to a target line, i.e. projects lined up against strategy. Pure Node (zlib), so the
 * icons can be regenerated anywhere with `npx tsx scripts/makeIcons.ts`; the output is deterministic.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { deflateSync } from "node:zlib";

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

type Rgba = readonly [number, number, number, number];
const BACKGROUND: Rgba = [15, 108, 189, 255]; // Fluent brand blue #0F6CBD
const FOREGROUND: Rgba = [255, 255, 255, 255];
const SUPERSAMPLE = 4;

/** Coverage test in unit coordinates (0..1 across the icon). */
function inRoundedSquare(x: number, y: number): boolean {
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function inGlyph(x: number, y: number): boolean {
  // Three bars standing on a baseline, heights rising left to right.
  const bars: readonly [number, number, number][] = [
    [0.2, 0.34, 0.58],
    [0.43, 0.57, 0.42],
    [0.66, 0.8, 0.26],
  ];
  const baseline = 0.8;
  for (const [left, right, top] of bars) {
    if (x >= left && x <= right && y >= top && y <= baseline) return true;
  }
  // Target line above the bars.
  return x >= 0.2 && x <= 0.8 && y >= 0.16 && y <= 0.2;
}

/** RGBA pixels of the icon at `size` × `size`, anti-aliased by supersampling. */
export function drawIcon(size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const step = 1 / (size * SUPERSAMPLE);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px * SUPERSAMPLE + sx + 0.5) * step;
          const y = (py * SUPERSAMPLE + sy + 0.5) * step;
          if (!inRoundedSquare(x, y)) continue;
          if (inGlyph(x, y)) fg++;
          else bg++;
        }
      }
      const samples = SUPERSAMPLE * SUPERSAMPLE;
      const alpha = (bg + fg) / samples;
      const offset = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) {
        const mixed = bg + fg === 0 ? 0 : (BACKGROUND[c] * bg + FOREGROUND[c] * fg) / (bg + fg);
        pixels[offset + c] = Math.round(mixed);
      }
      pixels[offset + 3] = Math.round(alpha * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const b of bytes) crc = CRC_TABLE[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), Buffer.from(data)]);
  const out = Buffer.alloc(8 + data.length + 4);
  out.writeUInt32BE(data.length, 0);
  typeAndData.copy(out, 4);
  out.writeUInt32BE(crc32(typeAndData), 8 + data.length);
  return out;
}

/** Encodes RGBA pixels as a PNG (8-bit RGBA, no interlace, filter 0 on every row). */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", new Uint8Array(0)),
  ]);
}

function main(): void {
  const assets = path.resolve(__dirname, "..", "assets");
  for (const size of ICON_SIZES) {
    const file = path.join(assets, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, drawIcon(size)));
    process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
  }
}

if (require.main === module) main();
