// Finishes the offline part of dist/: writes the PNG icons, then dist/sw.js with the list of
// every file in dist/ and a version hashed from their contents (no hand-kept list).
//   node scripts/pwa.mjs dist
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';

// --- icons: a brand-blue rounded square with a white calf-and-foot shape, as PNG.
function png(size) {
  const px = Buffer.alloc(size * size * 4);
  const r = size * 0.19;
  const inRounded = (x, y) => {
    const cx = Math.min(Math.max(x, r), size - r), cy = Math.min(Math.max(y, r), size - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
  const s = size / 512;
  const inLeg = (x, y) => {
    const X = x / s, Y = y / s;
    const shin = X >= 208 && X <= 272 && Y >= 96 && Y <= 300;
    const foot = Y >= 300 && Y <= 416 && X >= 168 && X <= 416 - Math.max(0, 340 - Y) * 0.9;
    return shin || foot;
  };
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      if (!inRounded(x + 0.5, y + 0.5)) continue; // transparent corner
      const white = inLeg(x + 0.5, y + 0.5);
      px.set(white ? [255, 255, 255, 255] : [0, 94, 184, 255], i);
    }
  }
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) px.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
  const crc = (b) => { let c = 0xffffffff; for (const x of b) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const c = Buffer.alloc(4); c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}
for (const size of [192, 512]) writeFileSync(join(dir, `icon-${size}.png`), png(size));

// --- service worker: every file of the build, versioned by content.
const files = readdirSync(dir).filter((f) => f !== 'sw.js' && statSync(join(dir, f)).isFile()).sort();
const hash = createHash('sha256');
for (const f of files) hash.update(f).update(readFileSync(join(dir, f)));
const version = hash.digest('hex').slice(0, 16);
const sw = readFileSync('web/sw.js', 'utf8')
  .replace('__VERSION__', version)
  .replace('__FILES__', JSON.stringify(['./', ...files.map((f) => `./${f}`)]));
writeFileSync(join(dir, 'sw.js'), sw);
console.log(`sw.js: ${files.length + 1} files precached, version ${version}`);
