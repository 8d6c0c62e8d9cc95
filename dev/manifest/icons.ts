/**
 * Draws the add-in's icons (assets/icon-*.png): a white shield on Fluent's brand blue.
 * `npx tsx dev/manifest/icons.ts` (from the repo root) regenerates them byte for byte; a test
 * keeps the committed files and this script in step. A tiny PNG encoder (node:zlib + CRC)
 * is enough for flat shapes; an image library would be a heavy dependency for five files.
 * Corners are hard-edged (no anti-aliasing) so the output is deterministic and crisp at 16 px.
 */
import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { deflateSync } from "node:zlib";

/** The sizes the manifest references: 16/32/80 ribbon, 64/128 IconUrl/HighResolutionIconUrl. */
export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

const BLUE = [0x0f, 0x6c, 0xbd];
const WHITE = [0xff, 0xff, 0xff];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Inside the shield: flat top, straight sides to 55 %, then tapering to a point. */
function inShield(u: number, v: number): boolean {
  if (v < 0.18 || v > 0.88) return false;
  const half = v < 0.55 ? 0.3 : 0.3 * (1 - (v - 0.55) / 0.33);
  return Math.abs(u - 0.5) <= half;
}

export function icon(size: number): Buffer {
  const rows: Buffer[] = [];
  const radius = size * 0.18;
  for (let y = 0; y < size; y += 1) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x += 1) {
      const cx = Math.min(Math.max(x + 0.5, radius), size - radius);
      const cy = Math.min(Math.max(y + 0.5, radius), size - radius);
      const inside = Math.hypot(x + 0.5 - cx, y + 0.5 - cy) <= radius;
      const colour = inShield((x + 0.5) / size, (y + 0.5) / size) ? WHITE : BLUE;
      row.set([...colour, inside ? 255 : 0], 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const size of ICON_SIZES) writeFileSync(`assets/icon-${size}.png`, icon(size));
  console.log("assets/icon-{16,32,64,80,128}.png written");
}
