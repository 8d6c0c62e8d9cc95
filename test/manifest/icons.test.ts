import { existsSync, readFileSync } from "node:fs";
import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { ICON_SIZES, icon } from "../../dev/manifest/icons";

/** RGBA of pixel (x, y) in one of our PNGs (8-bit RGBA, filter 0 on every row, one IDAT). */
function pixel(png: Buffer, x: number, y: number): number[] {
  const size = png.readUInt32BE(16);
  const idatLength = png.readUInt32BE(33);
  const raw = inflateSync(png.subarray(41, 41 + idatLength));
  const offset = y * (1 + size * 4) + 1 + x * 4;
  return [...raw.subarray(offset, offset + 4)];
}

const BLUE = [0x0f, 0x6c, 0xbd, 255];
const WHITE = [255, 255, 255, 255];

describe("add-in icons", () => {
  it.each(ICON_SIZES)("assets/icon-%i.png is what dev/manifest/icons.ts draws", (size) => {
    expect(readFileSync(`assets/icon-${size}.png`).equals(icon(size))).toBe(true);
  });

  it.each(ICON_SIZES)("the %i px icon is a white shield on a rounded blue tile", (size) => {
    const png = icon(size);
    expect(png.subarray(12, 16).toString("ascii")).toBe("IHDR");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    expect(pixel(png, 0, 0)[3]).toBe(0); // rounded corner
    expect(pixel(png, Math.floor(size / 2), Math.floor(size * 0.35))).toEqual(WHITE); // shield body
    expect(pixel(png, Math.floor(size * 0.08), Math.floor(size / 2))).toEqual(BLUE); // tile edge
    expect(pixel(png, Math.floor(size * 0.2), Math.floor(size * 0.85))).toEqual(BLUE); // beside the point
  });

  it("every asset the manifest references (icons, help page) exists in assets/", () => {
    const manifest = readFileSync("manifest.xml", "utf8");
    const referenced = [...manifest.matchAll(/https:\/\/localhost:3000\/(assets\/[^"]+)/g)].map((m) => m[1]!);
    expect(referenced).toContain("assets/help.html");
    expect(referenced.length).toBeGreaterThanOrEqual(6);
    for (const path of referenced) expect(existsSync(path), path).toBe(true);
  });
});
